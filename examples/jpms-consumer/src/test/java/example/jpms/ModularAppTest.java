package example.jpms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModularAppTest {

  @Test
  void findsTheShippedCatalogueOnTheModulePath() {
    assertThat(ModularAppTest.class.getModule().isNamed()).as("runs on the module path").isTrue();
    assertThat(ModularApp.describe()).contains("Senior Backend Engineer (");
  }
}
