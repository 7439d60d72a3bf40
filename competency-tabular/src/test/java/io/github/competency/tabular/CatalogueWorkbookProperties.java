package io.github.competency.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueGenerator;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Catalogue to workbook to catalogue gives an equal catalogue. */
class CatalogueWorkbookProperties {

  static final CatalogueWorkbook WORKBOOK = CatalogueWorkbook.defaults();

  static byte[] write(Catalogue catalogue) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WORKBOOK.write(catalogue, out);
    return out.toByteArray();
  }

  static Catalogue read(byte[] workbook) {
    return WORKBOOK.read(new ByteArrayInputStream(workbook));
  }

  @Property(tries = 200)
  void aGeneratedCatalogueComesBackEqual(@ForAll("catalogues") Catalogue catalogue) {
    assertThat(read(write(catalogue))).isEqualTo(catalogue);
  }

  @Example
  void theShippedCatalogueComesBackEqual() {
    Catalogue shipped = SeniorBackendEngineer.catalogue();
    assertThat(read(write(shipped))).isEqualTo(shipped);
  }

  @Property(tries = 50)
  void writingIsDeterministic(@ForAll("catalogues") Catalogue catalogue) {
    assertThat(Arrays.equals(write(catalogue), write(catalogue))).as("same bytes").isTrue();
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return CatalogueGenerator.catalogues();
  }
}
