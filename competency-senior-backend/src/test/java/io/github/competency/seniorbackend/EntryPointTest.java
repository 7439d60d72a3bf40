package io.github.competency.seniorbackend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.competency.core.CatalogueId;
import io.github.competency.core.Catalogues;
import io.github.competency.core.UnknownIdException;
import org.junit.jupiter.api.Test;

/** The typed entry point and the front door find the same, once-loaded catalogue. */
class EntryPointTest {

  @Test
  void theCatalogueIsLoadedOnceAndShared() {
    assertThat(SeniorBackendEngineer.catalogue()).isSameAs(SeniorBackendEngineer.catalogue());
    assertThat(SeniorBackendEngineer.catalogue().id())
        .isEqualTo(SeniorBackendEngineer.CATALOGUE_ID);
  }

  @Test
  void theFrontDoorFindsTheCatalogueThroughServiceLoader() {
    assertThat(Catalogues.available()).contains(SeniorBackendEngineer.CATALOGUE_ID);
    assertThat(Catalogues.get(SeniorBackendEngineer.CATALOGUE_ID))
        .isSameAs(SeniorBackendEngineer.catalogue());
    assertThat(Catalogues.find(CatalogueId.of("frontend-engineer"))).isEmpty();
  }

  @Test
  void anUnknownCatalogueNamesTheAvailableOnes() {
    assertThatThrownBy(() -> Catalogues.get(CatalogueId.of("frontend-engineer")))
        .isInstanceOf(UnknownIdException.class)
        .hasMessage(
            "no catalogue 'frontend-engineer' is available; available: "
                + "senior-backend-engineer");
  }

  @Test
  void theConstantsNameWhatTheCatalogueHolds() {
    var catalogue = SeniorBackendEngineer.catalogue();
    assertThat(catalogue.find(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER)).isPresent();
    assertThat(catalogue.find(SeniorBackendEngineer.MID_LEVEL_BACKEND_ENGINEER)).isPresent();
    assertThat(catalogue.find(SeniorBackendEngineer.JUNIOR_BACKEND_ENGINEER)).isPresent();
    assertThat(catalogue.find(SeniorBackendEngineer.JUNIOR)).isPresent();
    assertThat(catalogue.find(SeniorBackendEngineer.MID)).isPresent();
    assertThat(catalogue.find(SeniorBackendEngineer.SENIOR)).isPresent();
    assertThat(catalogue.find(SeniorBackendEngineer.BACKEND)).isPresent();
    assertThat(SeniorBackendEngineer.seniorRole().title()).isEqualTo("Senior Backend Engineer");
  }
}
