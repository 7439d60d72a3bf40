package example.jackson;

import io.github.competency.core.Catalogue;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A host application's own Jackson 3 mapper, built as Spring Boot 4 builds it: it finds the
 * competency module on the class path and reads and writes the library's values.
 */
public final class JacksonHost {

  private JacksonHost() {}

  /**
   * Writes the shipped catalogue with the host's mapper and reads it back.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.println(roundTrip() ? "round trip: equal" : "round trip: different");
  }

  /**
   * Writes the shipped catalogue with a host mapper and reads it back.
   *
   * @return whether the catalogue read back equals the one written
   */
  public static boolean roundTrip() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Catalogue catalogue = SeniorBackendEngineer.catalogue();
    String json = mapper.writeValueAsString(catalogue);
    return mapper.readValue(json, Catalogue.class).equals(catalogue);
  }
}
