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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  @Test
  void anOverlayReadAloneRefusesBadRanksAndItemsGivenTwiceWithPositions() {
    String levels =
        """
          "add": {
            "levels": [
              { "id": "ground", "name": "Ground", "rank": 0 },
              { "id": "below", "name": "Below", "rank": -1 }
            ]
          },
          "replace": {
            "roles": [
              { "id": "senior-platform-engineer", "title": "A", "family": "platform", "level": "senior" },
              { "id": "senior-platform-engineer", "title": "B", "family": "platform", "level": "senior" }
            ]
          },
        """;
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () -> JSON.fromJson(ACME.replaceFirst("(?s)  \"add\": \\{.*?\n  \\},\n", levels)));
    assertThat(e.problems())
        .extracting(p -> p.path() + " line " + p.line().orElse(0))
        .containsExactly(
            "replace.roles[1].id line 15",
            "add.levels[0].rank line 8",
            "add.levels[1].rank line 9");
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "this overlay replaces the role 'senior-platform-engineer' twice; it is also at"
                + " replace.roles[0]");
    assertThat(e.problems().get(1).message()).isEqualTo("rank 0 must be at least 1");
  }

  @Test
  void aVersionOrCatalogueMismatchIsPointedAtInTheBase(@TempDir Path dir) throws IOException {
    Path old = dir.resolve("old.json");
    Files.writeString(old, ACME.replace("[\"2.*\"]", "[\"1.*\"]"));
    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> JSON.apply(base, List.of(old)));
    assertThat(e.problems()).hasSize(1);
    Problem problem = e.problems().get(0);
    assertThat(problem.path()).isEqualTo("base.versions");
    assertThat(problem.line()).hasValue(5);
    assertThat(problem.column().orElse(0)).isGreaterThan(1);
    Path other = dir.resolve("other.json");
    Files.writeString(other, ACME.replace("\"platform-team\"", "\"sales\""));
    e = catchThrowableOfType(ValidationException.class, () -> JSON.apply(base, List.of(other)));
    assertThat(e.problems())
        .extracting(p -> p.path() + " line " + p.line().orElse(0))
        .containsExactly("base.catalogue line 5");
  }

  @Test
  void aFileThatIsNotUtf8OrNotAFileIsNamed(@TempDir Path dir) throws IOException {
    Path utf16 = dir.resolve("utf16.json");
    Files.writeString(utf16, ACME, StandardCharsets.UTF_16);
    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> JSON.apply(base, List.of(utf16)));
    assertThat(e).hasMessageStartingWith("invalid overlay " + utf16 + ": 1 problem");
    assertThat(e.problems().get(0).message()).contains("must be UTF-8").contains("UTF-16");
    assertThat(catchThrowableOfType(UncheckedIOException.class, () -> JSON.read(dir)).getMessage())
        .isEqualTo("cannot read the overlay file " + dir + ": it is a folder, not a file");
    assertThat(
            catchThrowableOfType(
                    UncheckedIOException.class, () -> JSON.read(dir.resolve("missing.json")))
                .getMessage())
        .isEqualTo(
            "cannot read the overlay file " + dir.resolve("missing.json") + ": no such file");
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
