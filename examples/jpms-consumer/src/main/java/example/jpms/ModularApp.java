package example.jpms;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Catalogues;
import io.github.competency.core.Role;
import io.github.competency.seniorbackend.SeniorBackendEngineer;

/** Uses the shipped catalogue from a named module: through the front door and the entry point. */
public final class ModularApp {

  private ModularApp() {}

  /**
   * Prints the career path through the senior backend engineer role.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.println(describe());
  }

  /**
   * Describes the shipped catalogue as found on the module path.
   *
   * @return one line per role of the senior role's career path
   */
  public static String describe() {
    Catalogue catalogue = Catalogues.get(CatalogueId.of("senior-backend-engineer"));
    StringBuilder text = new StringBuilder(catalogue.title() + " " + catalogue.version());
    for (Role role : catalogue.careerPath(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER)) {
      text.append('\n')
          .append("  ")
          .append(role.title())
          .append(" (")
          .append(role.requirements().size())
          .append(" requirements)");
    }
    return text.toString();
  }
}
