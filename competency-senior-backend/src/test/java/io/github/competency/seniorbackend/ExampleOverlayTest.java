package io.github.competency.seniorbackend;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.competency.core.Catalogue;
import io.github.competency.core.Importance;
import io.github.competency.core.LevelId;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.json.OverlayJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example overlay the README shows, {@code examples/overlays/everyday-skills-and-staff.json},
 * applies to the shipped catalogue: it adds what the source leaves out (a staff rung, automated
 * testing, continuous delivery, incident response and on-call, estimation) the way a company
 * would, and the result keeps the shipped catalogue's rules.
 */
class ExampleOverlayTest {

  static final Path OVERLAY = Path.of("../examples/overlays/everyday-skills-and-staff.json");

  static final List<SkillId> EVERYDAY =
      List.of(
          SkillId.of("automated-testing"),
          SkillId.of("continuous-delivery"),
          SkillId.of("incident-response"),
          SkillId.of("estimation"));

  static final RoleId STAFF = RoleId.of("staff-backend-engineer");

  private final Catalogue shipped = SeniorBackendEngineer.catalogue();
  private final Catalogue layered =
      OverlayJson.defaults().apply(shipped, List.of(OVERLAY)).catalogue();

  @Test
  void theOverlayIsSchemaValidAndLeavesTheShippedCatalogueAlone() throws IOException {
    assertThat(
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(OverlayJson.schema())
                .validate(Files.readString(OVERLAY), InputFormat.JSON))
        .isEmpty();
    assertThat(shipped.find(STAFF))
        .as("the shipped catalogue stays faithful to its source")
        .isEmpty();
    for (SkillId skill : EVERYDAY) {
      assertThat(shipped.find(skill)).as(skill.value()).isEmpty();
    }
  }

  @Test
  void aStaffRungSitsAboveSeniorAndIsReachedFromIt() {
    assertThat(layered.ladder())
        .extracting(level -> level.id().value())
        .containsExactly("junior", "mid", "senior", "staff");
    Role staff = layered.get(STAFF);
    assertThat(staff.level()).isEqualTo(LevelId.of("staff"));
    assertThat(layered.careerPath(STAFF))
        .extracting(Role::id)
        .containsExactly(
            SeniorBackendEngineer.JUNIOR_BACKEND_ENGINEER,
            SeniorBackendEngineer.MID_LEVEL_BACKEND_ENGINEER,
            SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER,
            STAFF);
  }

  @Test
  void everyRoleAsksForTheEverydaySkillsAndTheLadderStillRisesEvenly() {
    List<Role> path = layered.careerPath(STAFF);
    for (Role role : path) {
      for (SkillId skill : EVERYDAY) {
        assertThat(role.asksFor(skill)).as(role.id() + " / " + skill).isTrue();
      }
      assertThat(Ladder.core(role)).as(role.id() + ": one review").isLessThanOrEqualTo(20);
    }
    for (int i = 1; i < path.size(); i++) {
      Role lower = path.get(i - 1);
      Role higher = path.get(i);
      for (Requirement asked : Ladder.all(lower)) {
        Requirement above = Ladder.requirement(higher, asked.skill()).orElseThrow();
        int rise =
            layered.get(above.proficiency()).rank() - layered.get(asked.proficiency()).rank();
        assertThat(rise).as(higher.id() + " / " + asked.skill()).isBetween(0, 1);
        assertThat(Ladder.weight(higher, asked.skill()))
            .as(higher.id() + " / " + asked.skill())
            .isGreaterThanOrEqualTo(Ladder.weight(lower, asked.skill()));
      }
    }
    assertThat(
            layered.get(SeniorBackendEngineer.JUNIOR_BACKEND_ENGINEER).requirement(EVERYDAY.get(0)))
        .hasValueSatisfying(r -> assertThat(r.importance()).isEqualTo(Importance.ESSENTIAL));
  }

  @Test
  void theAddedSkillsAreWrittenLikeTheShippedOnes() {
    for (SkillId id : EVERYDAY) {
      Skill skill = layered.get(id);
      assertThat(skill.behaviours().keySet())
          .containsExactlyInAnyOrderElementsOf(skill.definedAt());
      for (String step : List.of("practitioner", "expert")) {
        assertThat(skill.behaviours().get(ProficiencyId.of(step)))
            .as(id + " at " + step)
            .contains(" Evidence: ");
      }
    }
    assertThat(layered.findSkillByName("on-call")).map(Skill::id).contains(EVERYDAY.get(2));
    assertThat(layered.findSkillByName("CI/CD")).map(Skill::id).contains(EVERYDAY.get(1));
  }
}
