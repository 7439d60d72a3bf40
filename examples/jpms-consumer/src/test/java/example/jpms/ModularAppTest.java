package example.jpms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.json.CatalogueJson;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import org.junit.jupiter.api.Test;

class ModularAppTest {

  @Test
  void findsTheShippedCatalogueOnTheModulePath() {
    assertThat(ModularAppTest.class.getModule().isNamed()).as("runs on the module path").isTrue();
    assertThat(ModularApp.describe()).contains("Senior Backend Engineer (");
  }

  @Test
  void theShippedJsonAndTheSchemaCanBeReadFromAnotherModule() {
    assertThat(SeniorBackendEngineer.json())
        .startsWith("{\n  \"format\": \"competency-catalogue/1\"");
    assertThat(CatalogueJson.schema()).contains("\"$schema\"");
    assertThat(SeniorBackendEngineer.class.getResourceAsStream(SeniorBackendEngineer.RESOURCE))
        .as("encapsulated on the module path; hence the accessor")
        .isNull();
  }
}
