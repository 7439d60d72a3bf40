package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Validation accepts every generated valid catalogue and pins every breakage to its path. */
class ValidationProperties {

  @Property(tries = 300)
  void everyGeneratedCatalogueIsValid(@ForAll("catalogues") Catalogue catalogue) {
    Catalogue rebuilt = Catalogue.builder().from(catalogue).build();
    assertThat(rebuilt).isEqualTo(catalogue);
  }

  @Property(tries = 300)
  void aBreakageIsReportedAtExactlyItsPath(
      @ForAll("populated") Catalogue catalogue, @ForAll Breakage breakage) {
    Breakage.Draft draft = new Breakage.Draft(catalogue);
    String path = breakage.applyTo(draft);

    InvalidCatalogueException e =
        catchThrowableOfType(InvalidCatalogueException.class, draft::build);

    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(Problem::path).containsExactly(path);
  }

  @Property(tries = 200)
  void independentBreakagesAreAllReported(
      @ForAll("populated") Catalogue catalogue, @ForAll("breakages") List<Breakage> breakages) {
    Breakage.Draft draft = new Breakage.Draft(catalogue);
    Set<String> expected = new HashSet<>();
    for (Breakage breakage : breakages) {
      expected.add(breakage.applyTo(draft));
    }

    InvalidCatalogueException e =
        catchThrowableOfType(InvalidCatalogueException.class, draft::build);

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return CatalogueGenerator.catalogues();
  }

  @Provide
  Arbitrary<Catalogue> populated() {
    return CatalogueGenerator.populatedCatalogues();
  }

  @Provide
  Arbitrary<List<Breakage>> breakages() {
    return Arbitraries.of(Breakage.class).list().uniqueElements().ofMinSize(2).ofMaxSize(6);
  }
}
