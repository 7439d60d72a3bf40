package io.github.competency.seniorbackend;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.competency.core.Catalogue;
import io.github.competency.core.Importance;
import io.github.competency.core.Reference;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.Source;
import io.github.competency.core.json.CatalogueJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks the whole shipped catalogue, as libphonenumber's metadata tests do: it loads, is
 * schema-valid and canonical, cites every section of the article, leaves nothing dangling and
 * keeps its ids stable.
 */
class ShippedCatalogueTest {

  /** The article's sections, as the catalogue cites them. */
  static final List<String> ARTICLE_SECTIONS = List.of(
      "Understanding the Role",
      "Defining Backend Engineering",
      "The Seniority Aspect",
      "Designing and Implementing Server-Side Logic",
      "Integration of Front-End Elements",
      "Ensuring High Performance and Responsiveness",
      "Proficiency in Backend Programming Languages",
      "Knowledge of Database Management",
      "Understanding of Server Architecture",
      "Ensuring Stability and Efficiency of Web Services",
      "Contributing to the Overall Project Strategy",
      "From Junior to Senior: The Journey",
      "Future Prospects and Opportunities");

  /** Frozen: renaming or removing an id breaks users' stored data, so it must be deliberate. */
  static final List<String> ROLE_IDS = List.of("junior-backend-engineer",
      "senior-backend-engineer");

  /** Frozen, see {@link #ROLE_IDS}. */
  static final List<String> SKILL_IDS = List.of("backend-programming", "java", "csharp",
      "python", "nodejs", "algorithms-and-data-structures", "object-oriented-programming",
      "frameworks-and-libraries", "coding-standards", "technical-documentation",
      "software-delivery-lifecycle", "requirements-analysis", "performance-testing",
      "database-management", "sql", "mysql", "postgresql", "mongodb", "database-indexing",
      "query-optimisation", "database-normalisation", "object-relational-mapping",
      "schema-design", "data-integrity", "server-architecture", "networking",
      "apache-http-server", "nginx", "load-balancing", "caching", "distributed-caching",
      "message-queues", "horizontal-scaling", "redundancy-and-failover", "cloud-computing", "aws",
      "azure", "software-architecture", "scalable-system-design", "performance-optimisation",
      "restful-api-design", "third-party-integration", "error-handling",
      "authentication-and-authorisation", "encryption", "secure-data-transmission",
      "vulnerability-management", "data-privacy-and-compliance", "observability",
      "server-configuration", "fault-tolerance", "disaster-recovery", "capacity-planning",
      "containerisation", "microservices", "serverless-computing", "mentoring", "code-review",
      "communication", "collaboration", "technical-leadership", "technical-strategy",
      "business-domain-knowledge", "technology-evaluation", "continuous-learning");

  private final Catalogue catalogue = SeniorBackendEngineer.catalogue();

  @Test
  void theShippedJsonIsSchemaValidAndCanonical() throws IOException {
    String shipped = resource();
    assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(CatalogueJson.schema()).validate(shipped, InputFormat.JSON)).isEmpty();
    assertThat(CatalogueJson.defaults().toJson(catalogue))
        .as("the resource is in the writer's canonical form, so rewriting it changes nothing")
        .isEqualTo(shipped);
  }

  @Test
  void idsAreFrozen() {
    assertThat(catalogue.roles()).extracting(r -> r.id().value())
        .containsExactlyElementsOf(ROLE_IDS);
    assertThat(catalogue.skills()).extracting(s -> s.id().value())
        .containsExactlyElementsOf(SKILL_IDS);
  }

  @Test
  void everySectionOfTheArticleIsCited() {
    Set<String> cited = Stream.of(
            catalogue.skills().stream().map(Skill::source),
            catalogue.responsibilities().stream().map(Responsibility::source),
            catalogue.roles().stream().map(Role::source))
        .flatMap(s -> s)
        .flatMap(Optional::stream)
        .map(Source::section)
        .flatMap(Optional::stream)
        .collect(Collectors.toSet());
    assertThat(cited).containsExactlyInAnyOrderElementsOf(ARTICLE_SECTIONS);
    for (Responsibility responsibility : catalogue.responsibilities()) {
      assertThat(responsibility.source()).as(responsibility.id().value()).isPresent();
    }
  }

  @Test
  void theCatalogueNamesItsSource() {
    Source source = catalogue.source().orElseThrow();
    assertThat(source.publisher()).contains("Remotely Works");
    assertThat(source.title()).isPresent();
  }

  @Test
  void theLadderRunsFromJuniorToSenior() {
    Role junior = catalogue.get(SeniorBackendEngineer.JUNIOR_BACKEND_ENGINEER);
    Role senior = SeniorBackendEngineer.seniorRole();
    assertThat(junior.level()).isEqualTo(SeniorBackendEngineer.JUNIOR);
    assertThat(senior.level()).isEqualTo(SeniorBackendEngineer.SENIOR);
    assertThat(catalogue.nextSteps(junior.id())).containsExactly(senior);
    assertThat(catalogue.careerPath(senior.id())).containsExactly(junior, senior);
    assertThat(catalogue.rolesIn(SeniorBackendEngineer.BACKEND)).containsExactly(junior, senior);
  }

  @Test
  void theSeniorRoleRequiresAtLeastAsMuchAsTheJuniorOnEverySharedSkill() {
    Role junior = catalogue.get(SeniorBackendEngineer.JUNIOR_BACKEND_ENGINEER);
    Role senior = SeniorBackendEngineer.seniorRole();
    for (Requirement asked : junior.requirements()) {
      Requirement ofSenior = senior.requirement(asked.skill()).orElseThrow(
          () -> new AssertionError("the senior role drops " + asked.skill()));
      assertThat(catalogue.compareProficiency(ofSenior.proficiency(), asked.proficiency()))
          .as(asked.skill().value()).isGreaterThanOrEqualTo(0);
      if (asked.importance() == Importance.ESSENTIAL) {
        assertThat(ofSenior.importance()).as(asked.skill().value())
            .isEqualTo(Importance.ESSENTIAL);
      }
    }
  }

  @Test
  void theSeniorRoleWorksWithThePeopleTheArticleNames() {
    assertThat(SeniorBackendEngineer.seniorRole().collaborators()).contains("Frontend engineers",
        "Product managers", "Database administrators", "Operations teams", "Security experts");
  }

  @Test
  void rolesPointAtExternalFrameworksByCodeOnly() {
    for (Role role : catalogue.roles()) {
      Set<String> schemes = role.references().stream().map(Reference::scheme)
          .collect(Collectors.toSet());
      assertThat(schemes).as(role.id().value()).contains(Reference.SFIA_9, Reference.ESCO,
          Reference.ISCO_08, Reference.ONET_SOC);
      assertThat(role.references()).filteredOn(r -> r.scheme().equals(Reference.SFIA_9))
          .allSatisfy(r -> assertThat(r.rank()).isPresent());
      assertThat(role.references()).filteredOn(r -> r.scheme().equals(Reference.ONET_SOC))
          .extracting(Reference::code).containsExactly("15-1252.00");
    }
    Set<String> seniorSfia = SeniorBackendEngineer.seniorRole().references().stream()
        .filter(r -> r.scheme().equals(Reference.SFIA_9)).map(Reference::code)
        .collect(Collectors.toCollection(HashSet::new));
    assertThat(seniorSfia).contains("PROG", "SWDN", "DBDS", "ARCH", "SCTY", "AVMT", "CPMG");
  }

  @Test
  void theArticlesTechnologiesAreAllThere() {
    for (String name : List.of("Java", "C#", "Python", "Node.js", "SQL", "MySQL", "PostgreSQL",
        "MongoDB", "Apache", "Nginx", "AWS", "Azure", "ORM", "load balancing", "caching",
        "distributed caching", "message queues", "horizontal scaling", "failover", "encryption",
        "monitoring", "capacity planning", "performance testing", "containers", "microservices",
        "serverless", "mentoring", "code review", "communication", "technical leadership",
        "indexing", "query optimization", "normalization", "schema design", "data integrity")) {
      assertThat(catalogue.findSkillByName(name).or(() -> catalogue.searchSkills(name).stream()
          .findFirst())).as(name).isPresent();
    }
  }

  private static String resource() throws IOException {
    try (InputStream in = SeniorBackendEngineer.class
        .getResourceAsStream(SeniorBackendEngineer.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
