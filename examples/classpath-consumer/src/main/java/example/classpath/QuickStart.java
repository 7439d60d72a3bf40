package example.classpath;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.json.CatalogueJson;
import java.nio.file.Path;

/** The README's quick start: read a team's own catalogue, look up a role, walk its needs. */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Prints what the senior platform engineer of the example catalogue needs.
   *
   * @param args optionally the catalogue file; by default the example's, from the project root
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/catalogues/platform-team.json");
    Catalogue catalogue = CatalogueJson.defaults().read(file); // validated, or an exception
    Role senior = catalogue.get(RoleId.of("senior-platform-engineer"));
    System.out.println(senior.title() + " (" + catalogue.get(senior.level()).name() + ")");
    for (Requirement requirement : senior.requirements()) {
      Skill skill = catalogue.get(requirement.skill()); // one typed lookup for every id
      Proficiency step = catalogue.get(requirement.proficiency());
      System.out.println(
          "  " + skill.name() + ": " + step.name() + " (" + requirement.importance().label() + ")");
    }
    for (Role next : catalogue.nextSteps(senior.id())) { // the career steps from here
      System.out.println("  next: " + next.title());
    }
    catalogue
        .findSkillByName("K8s") // by name or alias
        .ifPresent(skill -> System.out.println("  'K8s' is " + skill.name()));
    String json = CatalogueJson.defaults().toJson(catalogue); // same catalogue, same bytes
    System.out.println("  " + json.length() + " characters of canonical JSON");
  }
}
