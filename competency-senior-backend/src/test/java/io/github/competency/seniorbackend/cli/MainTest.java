package io.github.competency.seniorbackend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a person uses it. */
class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void byDefaultPrintsTheSeniorRoleForAPerson() {
    assertThat(run()).isZero();
    String text = out();
    assertThat(text).startsWith("SENIOR BACKEND ENGINEER\n")
        .contains("level: Senior")
        .contains("owns the server side of a product")
        .contains("RESPONSIBILITIES (28, in 14 areas)")
        .contains("  Security\n    * Protect user data and privacy")
        .contains("- Personal data is encrypted at rest and in transit")
        .contains("REQUIRED SKILLS (65)")
        .containsPattern("Backend programming \\.+ Expert +essential")
        .containsPattern("Nginx \\.+ Working knowledge +optional")
        .contains("Ladder: Junior Backend Engineer -> [Senior Backend Engineer]")
        .contains("Step up from Junior Backend Engineer")
        .contains("Database management (Awareness -> Expert)")
        .contains("SFIA 9: PROG level 5")
        .contains("O*NET-SOC: 15-1252.00")
        .contains("Frontend engineers, Product managers, Database administrators");
    assertThat(err()).isEmpty();
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void showIsTheDefaultCommand() {
    run();
    String implicit = out();
    out.reset();
    assertThat(run("show", "--role", "senior-backend-engineer")).isZero();
    assertThat(out()).isEqualTo(implicit);
  }

  @Test
  void anotherRoleCanBeSelected() {
    assertThat(run("--role=junior-backend-engineer")).isZero();
    assertThat(out()).startsWith("JUNIOR BACKEND ENGINEER\n")
        .contains("Leads to:   Senior Backend Engineer")
        .contains("Comes from: none in this catalogue")
        .doesNotContain("Step up from");
  }

  @Test
  void markdownIsACompetencyMatrix() {
    assertThat(run("--format", "markdown")).isZero();
    assertThat(out()).startsWith("# Senior Backend Engineer\n")
        .contains("| Skill | Junior Backend Engineer | **Senior Backend Engineer** |")
        .contains("|---|---|---|")
        .contains("| Backend programming | Working knowledge | **Expert** |")
        .contains("| Technical documentation | — | **Practitioner** |")
        .contains("### Security")
        .contains("## Career path");
  }

  @Test
  void jsonIsAResolvedRoleSheet() {
    assertThat(run("--format", "json", "--role", "junior-backend-engineer")).isZero();
    JsonNode sheet = JsonMapper.builder().build().readTree(out());
    assertThat(sheet.get("role").get("id").asString()).isEqualTo("junior-backend-engineer");
    assertThat(sheet.get("role").get("level").get("rank").asInt()).isEqualTo(1);
    assertThat(sheet.get("careerPath").get("next").get(0).asString())
        .isEqualTo("senior-backend-engineer");
    assertThat(sheet.get("requirements").get(0).get("skills").get(0).get("proficiency")
        .get("name").asString()).isEqualTo("Working knowledge");
  }

  @Test
  void anUnknownRoleIsOneLineWithTheValidChoices() {
    assertThat(run("--role", "cto")).isEqualTo(Main.USAGE);
    assertThat(err()).isEqualTo("competency: unknown role 'cto'; valid roles: "
        + "junior-backend-engineer, senior-backend-engineer\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void badOptionsAreOneLineWithTheValidChoices() {
    assertThat(run("--colour", "red")).isEqualTo(Main.USAGE);
    assertThat(err()).isEqualTo("competency: unknown option '--colour'; valid options: --role, "
        + "--format, --catalogue, --help\n");
    err.reset();
    assertThat(run("--format", "pdf")).isEqualTo(Main.USAGE);
    assertThat(err()).isEqualTo("competency: unknown format 'pdf'; valid formats: text, "
        + "markdown, json\n");
    err.reset();
    assertThat(run("--role")).isEqualTo(Main.USAGE);
    assertThat(err()).isEqualTo("competency: option --role needs a value\n");
    err.reset();
    assertThat(run("--catalogue", "frontend")).isEqualTo(Main.USAGE);
    assertThat(err()).isEqualTo("competency: unknown catalogue 'frontend'; valid catalogues: "
        + "senior-backend-engineer\n");
    err.reset();
    assertThat(run("assess")).isEqualTo(Main.USAGE);
    assertThat(err()).isEqualTo("competency: unknown command 'assess'; valid commands: show, "
        + "help\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void helpListsCommandsAndOptions() {
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("usage: competency [command] [options]")
        .contains("show").contains("--role ID").contains("--format FORMAT");
  }
}
