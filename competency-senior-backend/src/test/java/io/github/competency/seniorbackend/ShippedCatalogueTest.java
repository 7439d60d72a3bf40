package io.github.competency.seniorbackend;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.competency.core.Catalogue;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Family;
import io.github.competency.core.GroupId;
import io.github.competency.core.Importance;
import io.github.competency.core.Level;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Reference;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.Source;
import io.github.competency.core.json.CatalogueJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks the whole shipped catalogue, as libphonenumber's metadata tests do: it loads, is
 * schema-valid and canonical, cites every section of the article, leaves nothing dangling, keeps
 * its ids stable, climbs its ladder without dropping anything and stays readable.
 */
class ShippedCatalogueTest {

  /**
   * The article's sections, as the catalogue cites them: by their full headings, as a citation
   * should. ({@code seed-overlap} lists the two headings of eight words, and the title, wherever
   * they are cited; those runs are citations, not prose.)
   */
  static final List<String> ARTICLE_SECTIONS =
      List.of(
          "Understanding the Role of a Senior Backend Engineer",
          "Defining Backend Engineering",
          "The Seniority Aspect: What Makes the Difference?",
          "Designing and Implementing Server-Side Logic",
          "Integration of Front-End Elements",
          "Ensuring High Performance and Responsiveness",
          "Proficiency in Backend Programming Languages",
          "Knowledge of Database Management",
          "Understanding of Server Architecture",
          "Ensuring Stability and Efficiency of Web Services",
          "Contributing to the Overall Project Strategy",
          "From Junior to Senior: The Journey",
          "Future Prospects and Opportunities for Senior Backend Engineers");

  /** Responsibility areas, at most seven, in the order a reader expects them. */
  static final List<String> AREAS =
      List.of(
          "Building the system",
          "Data",
          "Performance and reliability",
          "Security",
          "Collaboration",
          "Leadership",
          "Learning");

  /** Frozen: renaming or removing an id breaks users' stored data, so it must be deliberate. */
  static final List<String> ROLE_IDS =
      List.of("junior-backend-engineer", "mid-level-backend-engineer", "senior-backend-engineer");

  /** Frozen, see {@link #ROLE_IDS}. Profiles store ratings by these ids. */
  static final List<String> PROFICIENCY_IDS =
      List.of("awareness", "working", "practitioner", "expert");

  /** Frozen, see {@link #ROLE_IDS}. */
  static final List<String> LEVEL_IDS = List.of("junior", "mid", "senior");

  /** Frozen, see {@link #ROLE_IDS}. */
  static final List<String> FAMILY_IDS = List.of("backend");

  /** Frozen, see {@link #ROLE_IDS}. */
  static final List<String> SKILL_IDS =
      List.of(
          "backend-programming",
          "java",
          "csharp",
          "python",
          "nodejs",
          "algorithms-and-data-structures",
          "object-oriented-programming",
          "frameworks-and-libraries",
          "coding-standards",
          "technical-documentation",
          "software-delivery-lifecycle",
          "requirements-analysis",
          "performance-testing",
          "database-management",
          "sql",
          "mysql",
          "postgresql",
          "mongodb",
          "database-indexing",
          "query-optimisation",
          "database-normalisation",
          "object-relational-mapping",
          "schema-design",
          "data-integrity",
          "server-architecture",
          "networking",
          "apache-http-server",
          "nginx",
          "load-balancing",
          "caching",
          "distributed-caching",
          "message-queues",
          "horizontal-scaling",
          "redundancy-and-failover",
          "cloud-computing",
          "aws",
          "azure",
          "software-architecture",
          "scalable-system-design",
          "performance-optimisation",
          "restful-api-design",
          "third-party-integration",
          "error-handling",
          "authentication-and-authorisation",
          "encryption",
          "secure-data-transmission",
          "vulnerability-management",
          "data-privacy-and-compliance",
          "observability",
          "server-configuration",
          "fault-tolerance",
          "disaster-recovery",
          "capacity-planning",
          "containerisation",
          "microservices",
          "serverless-computing",
          "mentoring",
          "code-review",
          "communication",
          "collaboration",
          "technical-leadership",
          "technical-strategy",
          "business-domain-knowledge",
          "technology-evaluation",
          "continuous-learning");

  /**
   * Frozen, see {@link #ROLE_IDS}; in the catalogue's order, which follows {@link #AREAS}.
   * Edition 2 removed make-responses-fast (into optimise-system-performance),
   * manage-data-lifecycle (into build-efficient-data-storage), keep-services-stable (into
   * monitor-and-tune-services) and contribute-to-project-strategy (into align-with-business).
   * Edition 3 gave the mid-level role responsibilities of its own where it shared them with the
   * senior: design-feature-apis (beside define-frontend-apis), guide-junior-engineers (beside
   * mentor-engineers) and deepen-backend-knowledge (beside keep-skills-current).
   */
  static final List<String> RESPONSIBILITY_IDS =
      List.of(
          "implement-scoped-changes",
          "deliver-features-end-to-end",
          "design-feature-apis",
          "design-server-side-logic",
          "keep-code-maintainable",
          "define-frontend-apis",
          "integrate-external-services",
          "handle-errors-gracefully",
          "own-delivery-lifecycle",
          "write-queries-and-migrations",
          "model-feature-data",
          "build-efficient-data-storage",
          "follow-changes-into-production",
          "tune-own-services",
          "run-own-services",
          "optimise-system-performance",
          "architect-for-scale",
          "run-servers-well",
          "monitor-and-tune-services",
          "design-for-fault-tolerance",
          "plan-capacity",
          "build-features-securely",
          "protect-user-data",
          "secure-systems-and-comply",
          "learn-through-review",
          "clarify-requirements",
          "translate-requirements",
          "partner-with-database-administrators",
          "guide-junior-engineers",
          "lead-design-discussions",
          "mentor-engineers",
          "provide-technical-leadership",
          "shape-technical-direction",
          "align-with-business",
          "evaluate-technology",
          "build-foundations",
          "deepen-backend-knowledge",
          "keep-skills-current",
          "explore-emerging-architectures");

  /** Where the article lists alternatives: the group, and the technology-neutral skill beside it. */
  static final Map<String, Map.Entry<String, List<String>>> ALTERNATIVES =
      Map.of(
          "backend-language",
          Map.entry("backend-programming", List.of("java", "csharp", "python", "nodejs")),
          "database-system",
          Map.entry("database-management", List.of("mysql", "postgresql", "mongodb")),
          "web-server",
          Map.entry("server-configuration", List.of("apache-http-server", "nginx")),
          "cloud-platform",
          Map.entry("cloud-computing", List.of("aws", "azure")));

  /** The article's "(derived)" marker: the project inferred the item from the section. */
  static final String DERIVED = " (derived)";

  /** The junior and mid-level responsibilities the project inferred, which the article does not state. */
  static final List<String> DERIVED_RESPONSIBILITIES =
      List.of(
          "implement-scoped-changes",
          "write-queries-and-migrations",
          "follow-changes-into-production",
          "learn-through-review",
          "deliver-features-end-to-end",
          "design-feature-apis",
          "model-feature-data",
          "run-own-services",
          "build-features-securely",
          "clarify-requirements");

  /**
   * What the article names as the senior's strengths: the step from mid-level to senior must
   * show in each of them.
   */
  static final List<String> SENIOR_STRENGTHS =
      List.of(
          "software-architecture",
          "scalable-system-design",
          "performance-optimisation",
          "server-architecture",
          "communication",
          "mentoring",
          "code-review",
          "technical-leadership");

  private final Catalogue catalogue = SeniorBackendEngineer.catalogue();

  @Test
  void theShippedJsonIsSchemaValidAndCanonical() throws IOException {
    String shipped = resource();
    assertThat(
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(CatalogueJson.schema())
                .validate(shipped, InputFormat.JSON))
        .isEmpty();
    assertThat(CatalogueJson.defaults().toJson(catalogue))
        .as("the resource is in the writer's canonical form, so rewriting it changes nothing")
        .isEqualTo(shipped);
  }

  @Test
  void idsAreFrozen() {
    assertThat(catalogue.roles())
        .extracting(r -> r.id().value())
        .containsExactlyElementsOf(ROLE_IDS);
    assertThat(catalogue.proficiencies())
        .extracting(p -> p.id().value())
        .containsExactlyElementsOf(PROFICIENCY_IDS);
    assertThat(catalogue.levels())
        .extracting(l -> l.id().value())
        .containsExactlyElementsOf(LEVEL_IDS);
    assertThat(catalogue.families())
        .extracting(f -> f.id().value())
        .containsExactlyElementsOf(FAMILY_IDS);
    assertThat(catalogue.skills())
        .extracting(s -> s.id().value())
        .containsExactlyElementsOf(SKILL_IDS);
    assertThat(catalogue.responsibilities())
        .extracting(r -> r.id().value())
        .containsExactlyElementsOf(RESPONSIBILITY_IDS);
  }

  @Test
  void everySectionOfTheArticleIsCited() {
    Set<String> cited =
        Stream.of(
                catalogue.skills().stream().map(Skill::source),
                catalogue.responsibilities().stream().map(Responsibility::source),
                catalogue.roles().stream().map(Role::source))
            .flatMap(s -> s)
            .flatMap(Optional::stream)
            .map(Source::section)
            .flatMap(Optional::stream)
            .map(section -> section.replace(DERIVED, ""))
            .collect(Collectors.toSet());
    assertThat(cited).containsExactlyInAnyOrderElementsOf(ARTICLE_SECTIONS);
    for (Responsibility responsibility : catalogue.responsibilities()) {
      assertThat(responsibility.source()).as(responsibility.id().value()).isPresent();
    }
  }

  @Test
  void theCatalogueStatesItsSource() {
    Source source = catalogue.source().orElseThrow();
    assertThat(source.publisher()).contains("Remotely Works");
    assertThat(source.publisherKind()).contains("recruiting firm's blog");
    assertThat(source.title())
        .hasValueSatisfying(
            title -> assertThat(title).contains("responsibilities of a Senior Backend Engineer"));
    assertThat(source.uri())
        .hasValueSatisfying(
            uri -> assertThat(uri.toString()).startsWith("https://www.remotely.works/blog/"));
    assertThat(source.date()).as("the post carries no date").isEmpty();
    assertThat(catalogue.description())
        .as("what is not known about the source is said, not left out silently")
        .contains("carries no date");
  }

  @Test
  void theScaleEndsInDepthInTheSkillNotInOrganisationalScope() {
    assertThat(catalogue.scale()).extracting(Proficiency::rank).containsExactly(1, 2, 3, 4);
    Proficiency top = catalogue.scale().get(catalogue.scale().size() - 1);
    assertThat(top.description())
        .contains("the skill itself")
        .doesNotContainIgnoringCase("across systems and teams");
  }

  @Test
  void noRoleAsksForAStepAboveTheSfiaLevelsItCites() {
    for (Role role : catalogue.roles()) {
      int highestSfia =
          role.references().stream()
              .filter(r -> r.scheme().equals(Reference.SFIA_9))
              .mapToInt(r -> r.rank().orElseThrow())
              .max()
              .orElseThrow();
      int highestStep =
          Ladder.all(role).stream()
              .mapToInt(r -> catalogue.get(r.proficiency()).rank())
              .max()
              .orElseThrow();
      assertThat(highestStep).as(role.id().value()).isLessThanOrEqualTo(highestSfia);
    }
  }

  @Test
  void theLadderRunsFromJuniorThroughMidToSenior() {
    Role junior = catalogue.get(SeniorBackendEngineer.JUNIOR_BACKEND_ENGINEER);
    Role mid = catalogue.get(SeniorBackendEngineer.MID_LEVEL_BACKEND_ENGINEER);
    Role senior = SeniorBackendEngineer.seniorRole();
    assertThat(catalogue.ladder())
        .extracting(Level::id)
        .containsExactly(
            SeniorBackendEngineer.JUNIOR, SeniorBackendEngineer.MID, SeniorBackendEngineer.SENIOR);
    assertThat(catalogue.get(SeniorBackendEngineer.MID).rank()).isEqualTo(2);
    assertThat(List.of(junior.level(), mid.level(), senior.level()))
        .containsExactly(
            SeniorBackendEngineer.JUNIOR, SeniorBackendEngineer.MID, SeniorBackendEngineer.SENIOR);
    assertThat(catalogue.nextSteps(junior.id())).containsExactly(mid);
    assertThat(catalogue.nextSteps(mid.id())).containsExactly(senior);
    assertThat(catalogue.careerPath(senior.id())).containsExactly(junior, mid, senior);
    assertThat(catalogue.rolesIn(SeniorBackendEngineer.BACKEND))
        .containsExactly(junior, mid, senior);
    assertThat(mid.source().flatMap(Source::section))
        .as("the mid-level role is derived from the article's passage on the journey")
        .contains("From Junior to Senior: The Journey" + DERIVED);
  }

  @Test
  void theBackendFamilyIsNamedAndExplained() {
    Family backend = catalogue.get(SeniorBackendEngineer.BACKEND);
    assertThat(backend.name()).containsIgnoringCase("individual contributor");
    assertThat(backend.description()).isNotBlank();
  }

  @Test
  void eachStepUpTheLadderKeepsEveryRequirementRisesAtMostOneStepAndAddsResponsibilities() {
    List<Role> path = catalogue.careerPath(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER);
    assertThat(path).hasSize(3);
    for (int i = 1; i < path.size(); i++) {
      Role lower = path.get(i - 1);
      Role higher = path.get(i);
      String step = lower.id() + " -> " + higher.id();
      for (Requirement asked : Ladder.all(lower)) {
        Requirement above =
            Ladder.requirement(higher, asked.skill())
                .orElseThrow(() -> new AssertionError(step + " drops " + asked.skill()));
        int rise = catalogue.compareProficiency(above.proficiency(), asked.proficiency());
        assertThat(rise)
            .as(step + ": " + asked.skill() + " is not lowered")
            .isGreaterThanOrEqualTo(0);
        assertThat(
                catalogue.get(above.proficiency()).rank()
                    - catalogue.get(asked.proficiency()).rank())
            .as(step + ": " + asked.skill() + " rises at most one step")
            .isLessThanOrEqualTo(1);
        assertThat(Ladder.weight(higher, asked.skill()))
            .as(step + ": " + asked.skill() + " loses no weight")
            .isGreaterThanOrEqualTo(Ladder.weight(lower, asked.skill()));
      }
      assertThat(higher.responsibilities())
          .as(step + " adds a responsibility")
          .anyMatch(r -> !lower.responsibilities().contains(r));
    }
  }

  @Test
  void everySkillEntersTheLadderAtAwarenessOrWorkingKnowledge() {
    List<Role> path = catalogue.careerPath(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER);
    for (Skill skill : catalogue.skills()) {
      path.stream()
          .map(role -> Ladder.requirement(role, skill.id()))
          .flatMap(Optional::stream)
          .findFirst()
          .ifPresent(
              first ->
                  assertThat(catalogue.get(first.proficiency()).rank())
                      .as(skill.id() + " first asked at " + first.proficiency())
                      .isLessThanOrEqualTo(2));
    }
  }

  @Test
  void theSeniorStepsUpFromMidLevelInEveryStrengthTheArticleNames() {
    Role mid = catalogue.get(SeniorBackendEngineer.MID_LEVEL_BACKEND_ENGINEER);
    Role senior = SeniorBackendEngineer.seniorRole();
    for (String strength : SENIOR_STRENGTHS) {
      SkillId skill = SkillId.of(strength);
      assertThat(
              catalogue.compareProficiency(
                  Ladder.requirement(senior, skill).orElseThrow().proficiency(),
                  Ladder.requirement(mid, skill).orElseThrow().proficiency()))
          .as(strength)
          .isPositive();
      assertThat(senior.requirement(skill).orElseThrow().importance())
          .as(strength + " is in the senior's core")
          .isEqualTo(Importance.ESSENTIAL);
    }
  }

  @Test
  void everyRoleHasACoreOneReviewCanAssessAndTheDescriptionSaysHowBig() {
    Role junior = catalogue.get(SeniorBackendEngineer.JUNIOR_BACKEND_ENGINEER);
    Role mid = catalogue.get(SeniorBackendEngineer.MID_LEVEL_BACKEND_ENGINEER);
    Role senior = SeniorBackendEngineer.seniorRole();
    for (Role role : catalogue.roles()) {
      assertThat(Ladder.core(role)).as(role.id().value()).isLessThanOrEqualTo(20);
    }
    assertThat(Ladder.core(senior)).isBetween(15, 20);
    assertThat(catalogue.description())
        .contains(
            "junior "
                + Ladder.core(junior)
                + ", mid-level "
                + Ladder.core(mid)
                + ", senior "
                + Ladder.core(senior));
    assertThat(senior.requirements())
        .as("the rest is optional")
        .anyMatch(r -> r.importance() == Importance.OPTIONAL);
    assertThat(senior.groups())
        .as("alternatives and specialisms are choice groups, some asking for more than one")
        .anyMatch(g -> g.atLeast() > 1);
  }

  @Test
  void theDescriptionSaysWhatMeetingTheLevelMeansAndHowToRate() {
    assertThat(catalogue.description())
        .contains(
            "meets the level of a role when every essential requirement and every essential group is met")
        .contains("at least half of the optional weight")
        .contains("Rating: ")
        .contains("evidence")
        .contains("demand")
        .contains("beyond senior");
  }

  @Test
  void derivedItemsSayTheyAreDerivedAndNoOtherDoes() {
    for (Responsibility responsibility : catalogue.responsibilities()) {
      String section = responsibility.source().flatMap(Source::section).orElseThrow();
      assertThat(section.endsWith(DERIVED))
          .as(responsibility.id() + ": " + section)
          .isEqualTo(DERIVED_RESPONSIBILITIES.contains(responsibility.id().value()));
    }
    for (Role role : catalogue.roles()) {
      assertThat(role.source().flatMap(Source::section).orElseThrow().endsWith(DERIVED))
          .as(role.id().value())
          .isEqualTo(role.id().equals(SeniorBackendEngineer.MID_LEVEL_BACKEND_ENGINEER));
    }
    assertThat(catalogue.description()).contains("\"(derived)\"");
  }

  @Test
  void thePointsTheSecondEditionLostOrLeftThinAreThere() {
    assertThat(catalogue.get(ResponsibilityId.of("mentor-engineers")).indicators())
        .as("the source's point on a team that works together")
        .anyMatch(i -> i.contains("learn from each other"));
    assertThat(catalogue.get(ResponsibilityId.of("mentor-engineers")).skills())
        .contains(SkillId.of("collaboration"));
    assertThat(catalogue.get(ResponsibilityId.of("provide-technical-leadership")).indicators())
        .as("the source's point on analysing a whole system before deciding")
        .anyMatch(i -> i.contains("complex system") && i.contains("decision"));
    assertThat(
            catalogue
                .get(SkillId.of("object-relational-mapping"))
                .behaviours()
                .get(ProficiencyId.of("working")))
        .contains("creates, reads, updates and deletes");
    assertThat(
            catalogue.get(SkillId.of("encryption")).behaviours().get(ProficiencyId.of("working")))
        .as("password hashing is not encryption")
        .contains("hashed")
        .contains("rather than encrypted");
    assertThat(catalogue.source().flatMap(Source::title))
        .contains("What are the responsibilities of a Senior Backend Engineer?");
  }

  @Test
  void theSfiaLevelsRiseOneLevelARung() {
    List<Role> path = catalogue.careerPath(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER);
    for (String code : List.of("PROG", "SWDN")) {
      assertThat(path)
          .extracting(role -> sfia(role, code))
          .as(code)
          .containsExactly(Optional.of(2), Optional.of(3), Optional.of(4));
    }
    assertThat(sfia(SeniorBackendEngineer.seniorRole(), "ARCH"))
        .as("evaluates alternatives and documents decisions, as the senior's indicators say")
        .contains(4);
  }

  private static Optional<Integer> sfia(Role role, String code) {
    return role.references().stream()
        .filter(r -> r.scheme().equals(Reference.SFIA_9) && r.code().equals(code))
        .findFirst()
        .map(r -> r.rank().orElseThrow());
  }

  @Test
  void responsibilitiesUseAtMostSevenAreasInTheOrderAReaderExpects() {
    Set<String> used =
        catalogue.responsibilities().stream()
            .map(Responsibility::area)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    assertThat(AREAS).hasSizeLessThanOrEqualTo(7);
    assertThat(List.copyOf(used)).containsExactlyElementsOf(AREAS);
    assertThat(catalogue.responsibilities())
        .extracting(r -> AREAS.indexOf(r.area()))
        .as("the catalogue lists responsibilities area by area")
        .isSorted();
    for (Role role : catalogue.roles()) {
      assertThat(catalogue.responsibilitiesOf(role.id()))
          .extracting(r -> AREAS.indexOf(r.area()))
          .as(role.id().value())
          .isSorted();
    }
  }

  @Test
  void noAliasOfOneSkillIsTheNameOrAliasOfAnother() {
    Map<String, Set<SkillId>> owners = new HashMap<>();
    for (Skill skill : catalogue.skills()) {
      for (String name : namesOf(skill)) {
        owners.computeIfAbsent(fold(name), k -> new HashSet<>()).add(skill.id());
      }
    }
    for (Skill skill : catalogue.skills()) {
      for (String alias : skill.aliases()) {
        assertThat(owners.get(fold(alias)))
            .as(skill.id() + " alias '" + alias + "'")
            .containsExactly(skill.id());
      }
    }
  }

  @Test
  void aliasesThatMatchTheWrongCvsAreGone() {
    Set<String> aliases =
        catalogue.skills().stream()
            .flatMap(s -> s.aliases().stream())
            .map(ShippedCatalogueTest::fold)
            .collect(Collectors.toSet());
    for (String wrong :
        List.of(
            "psql",
            "MariaDB",
            ".NET",
            "JVM",
            "CRUD",
            "service-oriented architecture",
            "reliability",
            "consistency",
            "leadership",
            "GDPR",
            "document database",
            "Apache",
            "Node",
            "solution architecture",
            "tech lead",
            "DBMS",
            "backend architecture",
            "backup and restore")) {
      assertThat(aliases).as(wrong).doesNotContain(fold(wrong));
    }
  }

  @Test
  void alternativesAreChoiceGroupsOfOneBesideTheirNeutralSkill() {
    int groups = 0;
    for (Role role : catalogue.roles()) {
      for (Map.Entry<String, Map.Entry<String, List<String>>> alternative :
          ALTERNATIVES.entrySet()) {
        List<String> options = alternative.getValue().getValue();
        String where = role.id() + " / " + alternative.getKey();
        boolean asked = options.stream().anyMatch(o -> role.asksFor(SkillId.of(o)));
        if (!asked) {
          continue;
        }
        groups++;
        ChoiceGroup group = role.group(GroupId.of(alternative.getKey())).orElseThrow();
        assertThat(group.options())
            .as(where)
            .extracting(r -> r.skill().value())
            .containsExactlyElementsOf(options);
        assertThat(group.atLeast()).as(where).isEqualTo(1);
        assertThat(role.requirement(SkillId.of(alternative.getValue().getKey())))
            .as(where + ": the neutral skill stands beside the group")
            .isPresent();
      }
    }
    assertThat(groups)
        .as("language and database in 3 roles, web server and cloud in 2")
        .isEqualTo(10);
  }

  @Test
  void theFixedErrorsOfTheFirstEditionStayFixed() {
    Skill databases = catalogue.get(SkillId.of("database-management"));
    assertThat(databases.references()).extracting(Reference::code).doesNotContain("DBAD");
    assertThat(databases.description()).contains("administrators");
    assertThat(catalogue.get(SkillId.of("networking")).references())
        .extracting(Reference::code)
        .doesNotContain("NTDS");
    assertThat(catalogue.get(SkillId.of("authentication-and-authorisation")).references())
        .extracting(Reference::code)
        .containsExactly("IAMT");
    Role senior = SeniorBackendEngineer.seniorRole();
    assertThat(
            senior
                .requirement(SkillId.of("database-management"))
                .orElseThrow()
                .proficiency()
                .value())
        .isEqualTo("practitioner");
    for (String server : List.of("apache-http-server", "nginx")) {
      SkillId id = SkillId.of(server);
      assertThat(senior.groupOf(id).orElseThrow().option(id).orElseThrow().proficiency().value())
          .as("'understand how to configure' maps to practitioner")
          .isEqualTo("practitioner");
    }
    assertThat(catalogue.get(ResponsibilityId.of("keep-skills-current")).indicators())
        .noneMatch(i -> i.contains("more than one"));
    Role junior = catalogue.get(SeniorBackendEngineer.JUNIOR_BACKEND_ENGINEER);
    assertThat(junior.responsibilities())
        .extracting(r -> r.value())
        .doesNotContain(
            "design-server-side-logic", "keep-code-maintainable", "translate-requirements");
  }

  @Test
  void theSeniorRoleWorksWithThePeopleTheArticleNames() {
    assertThat(SeniorBackendEngineer.seniorRole().collaborators())
        .contains(
            "Frontend engineers",
            "Product managers",
            "Database administrators",
            "Operations teams",
            "Security experts");
  }

  @Test
  void rolesPointAtExternalFrameworksByCodeOnly() {
    URI softwareDeveloper =
        URI.create("http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1");
    for (Role role : catalogue.roles()) {
      Set<String> schemes =
          role.references().stream().map(Reference::scheme).collect(Collectors.toSet());
      assertThat(schemes)
          .as(role.id().value())
          .contains(Reference.SFIA_9, Reference.ESCO, Reference.ISCO_08, Reference.ONET_SOC);
      assertThat(role.references())
          .filteredOn(r -> r.scheme().equals(Reference.SFIA_9))
          .allSatisfy(r -> assertThat(r.rank()).isPresent());
      assertThat(role.references())
          .filteredOn(r -> r.scheme().equals(Reference.ONET_SOC))
          .extracting(Reference::code)
          .containsExactly("15-1252.00");
      List<Reference> esco =
          role.references().stream().filter(r -> r.scheme().equals(Reference.ESCO)).toList();
      assertThat(esco)
          .as(role.id() + ": the ISCO group, then the occupation beside it")
          .extracting(Reference::code)
          .containsExactly("2512", "2512.4");
      assertThat(esco.get(1).uri()).contains(softwareDeveloper);
    }
    Set<String> seniorSfia =
        SeniorBackendEngineer.seniorRole().references().stream()
            .filter(r -> r.scheme().equals(Reference.SFIA_9))
            .map(Reference::code)
            .collect(Collectors.toCollection(HashSet::new));
    assertThat(seniorSfia).contains("PROG", "SWDN", "DBDS", "ARCH", "SCTY", "AVMT", "CPMG");
  }

  @Test
  void theArticlesTechnologiesAreAllThere() {
    for (String name :
        List.of(
            "Java",
            "C#",
            "Python",
            "Node.js",
            "SQL",
            "MySQL",
            "PostgreSQL",
            "MongoDB",
            "Apache",
            "Nginx",
            "AWS",
            "Azure",
            "ORM",
            "load balancing",
            "caching",
            "distributed caching",
            "message queues",
            "horizontal scaling",
            "failover",
            "encryption",
            "monitoring",
            "capacity planning",
            "performance testing",
            "containers",
            "microservices",
            "serverless",
            "mentoring",
            "code review",
            "communication",
            "technical leadership",
            "indexing",
            "query optimization",
            "normalization",
            "schema design",
            "data integrity")) {
      assertThat(
              catalogue
                  .findSkillByName(name)
                  .or(() -> catalogue.searchSkills(name).stream().findFirst()))
          .as(name)
          .isPresent();
    }
  }

  /** Folds a name as a reader compares it: case, accents and punctuation do not count. */
  static String fold(String name) {
    String decomposed =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return decomposed.replaceAll("[^\\p{L}\\p{N}#+]", "");
  }

  private static List<String> namesOf(Skill skill) {
    List<String> names = new ArrayList<>(skill.aliases());
    names.add(skill.name());
    return names;
  }

  private static String resource() throws IOException {
    try (InputStream in =
        SeniorBackendEngineer.class.getResourceAsStream(SeniorBackendEngineer.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
