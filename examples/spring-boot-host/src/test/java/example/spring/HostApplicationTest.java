package example.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.GapReport;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.json.ProfileJson;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service over a real HTTP port, as a client of it sees it: bodies are read with a plain
 * Jackson mapper (trees) and with the library's own readers, not with Spring's.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "spring.main.banner-mode=off")
class HostApplicationTest {

  private static final Path PROFILES = Path.of("..", "profiles");
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final JsonMapper CLIENT = JsonMapper.builder().findAndAddModules().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort private int port;

  @Autowired private JsonMapper springMapper;

  @Autowired private Assessor assessor;

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void springsOwnMapperFoundTheModuleWithoutBeingToldTo() {
    assertThat(springMapper.registeredModules())
        .anyMatch(module -> module.getModuleName().equals("competency"));
  }

  @Test
  void aRoleIsAnsweredInItsCatalogueShapeAndReadsBackEqual() throws Exception {
    HttpResponse<String> response = get("/roles/senior-backend-engineer");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    Role senior = SeniorBackendEngineer.catalogue().get(RoleId.of("senior-backend-engineer"));
    JsonNode body = TREES.readTree(response.body());
    assertThat(body.get("id").asString()).isEqualTo("senior-backend-engineer");
    assertThat(body.get("requirements").size()).isEqualTo(senior.requirements().size());
    assertThat(CLIENT.readValue(response.body(), Role.class)).isEqualTo(senior);
  }

  @Test
  void aPostedProfileGetsItsGapReportWithEveryRequirementAndItsPoints() throws Exception {
    String alex = Files.readString(PROFILES.resolve("alex-kim.json"));
    Profile profile = ProfileJson.defaults().fromJson(alex);
    GapReport expected = assessor.gaps(profile, RoleId.of("senior-backend-engineer"));

    HttpResponse<String> response = post("/roles/senior-backend-engineer/gaps", alex);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = TREES.readTree(response.body());
    assertThat(report.get("profile").asString()).isEqualTo("alex-kim");
    for (ReadinessMode mode : ReadinessMode.values()) {
      String key = mode.name().toLowerCase().replace("_b", "B").replace("_p", "P");
      assertThat(report.get("readiness").get(key).asDouble())
          .as(key)
          .isEqualTo(expected.readiness(mode));
    }
    assertThat(report.get("ready").asBoolean()).isEqualTo(expected.ready());
    assertThat(report.get("requirements").size()).isEqualTo(expected.results().size());
    assertThat(report.get("requirements").get(0).get("points").get("binary").size()).isEqualTo(2);
    assertThat(report.get("gaps").size()).isEqualTo(expected.gaps().size());
    assertThat(report).isEqualTo(TREES.readTree(CLIENT.writeValueAsString(expected)));
  }

  @Test
  void postedProfilesAreRankedBestFirst() throws Exception {
    List<String> team;
    try (Stream<Path> files = Files.list(PROFILES.resolve("team"))) {
      team = files.sorted().map(HostApplicationTest::read).collect(Collectors.toList());
    }
    String body = "[" + String.join(",", team) + "]";

    HttpResponse<String> response =
        post("/roles/senior-backend-engineer/ranking?top=3&mode=weighted_proportional", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode ranking = TREES.readTree(response.body()).get("top");
    assertThat(ranking.size()).isEqualTo(3);
    assertThat(TREES.readTree(response.body()).get("setAside")).isEmpty();
    List<Profile> profiles = team.stream().map(ProfileJson.defaults()::fromJson).toList();
    var expected =
        assessor.rank(
            RoleId.of("senior-backend-engineer"), ReadinessMode.WEIGHTED_PROPORTIONAL, profiles, 3);
    for (int i = 0; i < 3; i++) {
      assertThat(ranking.get(i).get("profile").asString())
          .isEqualTo(expected.top().get(i).profile().value());
      assertThat(ranking.get(i).get("readiness").asDouble())
          .isEqualTo(expected.top().get(i).readiness());
    }
  }

  @Test
  void aBrokenProfileIsRefusedWithTheLibrarysProblemsAndAnUnknownRoleIsNotFound() throws Exception {
    String alex = Files.readString(PROFILES.resolve("alex-kim.json"));
    String broken = alex.replaceFirst("\"rater\": \"manager\"", "\"rater\": \"boss\"");

    HttpResponse<String> refused = post("/roles/senior-backend-engineer/gaps", broken);

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode problems = TREES.readTree(refused.body()).get("problems");
    assertThat(problems.get(0).get("path").asString()).isEqualTo("ratings[0].rater");
    assertThat(problems.get(0).get("message").asString()).contains("'boss' is not a rater");
    assertThat(problems.get(0).get("line").asInt()).isPositive();

    String unknownSkill = alex.replaceFirst("\"backend-programming\"", "\"cobol\"");
    HttpResponse<String> unfit = post("/roles/senior-backend-engineer/gaps", unknownSkill);
    assertThat(unfit.statusCode()).isEqualTo(400);
    assertThat(TREES.readTree(unfit.body()).get("problems").get(0).get("path").asString())
        .isEqualTo("ratings[0].skill");

    assertThat(get("/roles/chief-wizard").statusCode()).isEqualTo(404);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
