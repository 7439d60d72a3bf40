package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The front door: how providers are indexed. (Finding them on the class path is tested by
 * the catalogue modules, which ship one.) */
class CataloguesTest {

  static final class First implements CatalogueProvider {
    @Override
    public CatalogueId id() {
      return CatalogueId.of("platform-team");
    }

    @Override
    public Catalogue catalogue() {
      return Fixtures.platformTeam();
    }
  }

  static final class Second implements CatalogueProvider {
    @Override
    public CatalogueId id() {
      return CatalogueId.of("platform-team");
    }

    @Override
    public Catalogue catalogue() {
      return Fixtures.platformTeam();
    }
  }

  @Test
  void twoProvidersOfOneIdAreRefusedNamingBoth() {
    assertThatThrownBy(() -> Catalogues.index(List.of(new First(), new Second())))
        .isInstanceOf(CompetencyException.class)
        .hasMessage(
            "two providers offer the catalogue 'platform-team': "
                + First.class.getName()
                + " and "
                + Second.class.getName()
                + "; keep one of them on the class path or module path");
  }

  @Test
  void providersAreIndexedByIdInTheOrderFound() {
    assertThat(Catalogues.index(List.of(new First())).keySet())
        .containsExactly(CatalogueId.of("platform-team"));
    assertThat(Catalogues.index(List.of())).isEmpty();
  }

  @Test
  void withoutProvidersNothingIsAvailableAndGetSaysWhatToAdd() {
    // the core alone ships no catalogue
    assertThat(Catalogues.available()).isEmpty();
    assertThat(Catalogues.find(CatalogueId.of("senior-backend-engineer"))).isEmpty();
    assertThatThrownBy(() -> Catalogues.get(CatalogueId.of("senior-backend-engineer")))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("add a catalogue artifact such as competency-senior-backend");
  }
}
