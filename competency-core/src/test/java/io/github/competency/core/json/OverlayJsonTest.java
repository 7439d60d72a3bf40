package io.github.competency.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueGenerator;
import io.github.competency.core.Fixtures;
import io.github.competency.core.Overlay;
import io.github.competency.core.Overlays;
import io.github.competency.core.Problem;
import io.github.competency.core.RandomOverlays;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import io.github.competency.core.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays as JSON documents: strict reading, deterministic writing, located problems. */
class OverlayJsonTest {

  private static final OverlayJson JSON = OverlayJson.defaults();
  private static final String ACME =
      """
      {
        "format": "competency-overlay/1",
        "id": "acme",
        "title": "ACME's platform ladder",
        "base": { "catalogue": "platform-team", "versions": ["2.*"] },
        "add": {
          "skills": [ { "id": "terraform", "name": "Terraform", "category": "operations" } ]
        },
        "patch": {
          "skills": { "kubernetes": { "addAliases": ["kube"] } },
          "roles": {
            "senior-platform-engineer": {
              "summary": "Runs ACME's platform.",
              "requirements": {
                "kubernetes": { "proficiency": "expert" },
                "terraform": { "proficiency": "practitioner", "importance": "optional" }
              }
            }
          }
        }
      }
      """;

  private final Catalogue base = Fixtures.platformTeam();

  @Test
  void readsAnOverlayAndAppliesIt() {
    Overlay overlay = JSON.fromJson(ACME);
    Catalogue changed = Overlays.apply(base, List.of(overlay)).catalogue();
    assertThat(changed.get(RoleId.of("senior-platform-engineer")).requirements())
        .hasSize(base.get(RoleId.of("senior-platform-engineer")).requirements().size() + 1);
    assertThat(JSON.fromJson(JSON.toJson(overlay))).isEqualTo(overlay);
    assertThat(SchemaCheck.overlayErrors(JSON.toJson(overlay))).isEmpty();
    assertThat(SchemaCheck.overlayErrors(ACME)).isEmpty();
  }

  @Test
  void readingIsStrictWithPositions() {
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                JSON.fromJson(
                    ACME.replace("\"addAliases\"", "\"addAlias\"")
                        .replace("\"proficiency\": \"expert\"", "\"proficiency\": \"Expert\"")));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "patch.skills.kubernetes.addAlias",
            "patch.roles.senior-platform-engineer.requirements.kubernetes.proficiency");
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "unknown field 'addAlias' in a patch of"
                + " a skill; its fields are name, description, addAliases, removeAliases");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPresent());
  }

  @Test
  void problemsOfApplyingAFileCarryItsNameAndPositions(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.json");
    Files.writeString(good, ACME);
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        ACME.replace("\"id\": \"acme\"", "\"id\": \"acme-2\"")
            .replace("\"category\": \"operations\"", "\"category\": \"nowhere\""));

    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> JSON.apply(base, List.of(good, bad)));

    assertThat(e).hasMessageStartingWith("invalid overlay " + bad + ": ");
    assertThat(e.problems()).extracting(Problem::path).containsExactly("add.skills[0].id");
    assertThat(e.problems().get(0).message()).contains("already has the skill 'terraform'");
    assertThat(e.problems().get(0).line()).hasValue(7);
    assertThat(JSON.apply(base, List.of(good)).catalogue().find(SkillId.of("terraform")))
        .isPresent();
  }

  @Property(tries = 150)
  void writingIsStableAndSchemaValid(@ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
    Overlay overlay = RandomOverlays.of(catalogue, new Random(seed), true);
    String json = JSON.toJson(overlay);
    Overlay read = JSON.fromJson(json);
    assertThat(read.patches()).containsExactlyInAnyOrderElementsOf(overlay.patches());
    assertThat(read.remove()).containsExactlyInAnyOrderElementsOf(overlay.remove());
    assertThat(read.add()).isEqualTo(overlay.add());
    assertThat(read.replace()).isEqualTo(overlay.replace());
    assertThat(JSON.toJson(read)).isEqualTo(json);
    assertThat(SchemaCheck.overlayErrors(json)).isEmpty();
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return CatalogueGenerator.populatedCatalogues();
  }
}
