package io.github.competency.seniorbackend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.Role;
import io.github.competency.core.SkillId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Responsibilities and requirements agree: every indicator is credited to one skill at one step,
 * and the role that holds the responsibility requires that skill at that step or higher. The
 * table is a reviewer's reading of each indicator (which behaviour text it shows); a changed or
 * new indicator fails the test until someone reads it and places it.
 */
class IndicatorStepsTest {

  /** An indicator of a responsibility, credited to a skill at a step. */
  record Credit(
      ResponsibilityId responsibility, String indicator, SkillId skill, ProficiencyId step) {}

  private static Credit entry(String responsibility, String indicator, String skill, String step) {
    return new Credit(
        ResponsibilityId.of(responsibility), indicator, SkillId.of(skill), ProficiencyId.of(step));
  }

  static final List<Credit> CREDITS =
      List.of(
          entry(
              "implement-scoped-changes",
              "Opens changes that include tests and a description of what changed and why",
              "technical-documentation",
              "working"),
          entry(
              "implement-scoped-changes",
              "Follows the patterns already used in the codebase rather than inventing new ones for a small task",
              "coding-standards",
              "working"),
          entry(
              "implement-scoped-changes",
              "Asks for help after a reasonable attempt, saying what they have tried",
              "communication",
              "working"),
          entry(
              "deliver-features-end-to-end",
              "Breaks a feature into reviewable changes and delivers them in a sensible order",
              "backend-programming",
              "practitioner"),
          entry(
              "deliver-features-end-to-end",
              "Writes a short design note for a feature that touches several components before coding it",
              "technical-documentation",
              "practitioner"),
          entry(
              "deliver-features-end-to-end",
              "Checks their feature in production after release and fixes what they find",
              "software-delivery-lifecycle",
              "working"),
          entry(
              "design-feature-apis",
              "Agrees the contract of each new endpoint with the frontend engineers who will call it before building it",
              "restful-api-design",
              "practitioner"),
          entry(
              "design-feature-apis",
              "Publishes the contract of the endpoints they build, for example as an OpenAPI file, and keeps it in step with the code",
              "restful-api-design",
              "practitioner"),
          entry(
              "design-feature-apis",
              "Keeps new endpoints in line with the API's existing naming, paging and error conventions",
              "restful-api-design",
              "working"),
          entry(
              "design-server-side-logic",
              "Writes designs that name the security, scaling and maintenance risks of a change and how each is handled",
              "software-architecture",
              "practitioner"),
          entry(
              "design-server-side-logic",
              "Builds the most demanding parts of a service themselves and leaves them tested and documented",
              "backend-programming",
              "expert"),
          entry(
              "design-server-side-logic",
              "Explains in review why a component boundary or interface is drawn where it is",
              "object-oriented-programming",
              "practitioner"),
          entry(
              "keep-code-maintainable",
              "Reviews colleagues' changes promptly, with comments that give the reason behind each request",
              "code-review",
              "practitioner"),
          entry(
              "keep-code-maintainable",
              "Updates or writes the documentation a newcomer needs when they change a service",
              "technical-documentation",
              "practitioner"),
          entry(
              "keep-code-maintainable",
              "Proposes and carries out refactorings of code that repeatedly slows the team down",
              "coding-standards",
              "practitioner"),
          entry(
              "define-frontend-apis",
              "Sets and writes down the error, paging and versioning conventions that every endpoint of the backend follows",
              "restful-api-design",
              "practitioner"),
          entry(
              "define-frontend-apis",
              "Agrees with the frontend engineers how the frontend authenticates its calls, such as sessions or signed tokens, and documents the choice",
              "authentication-and-authorisation",
              "practitioner"),
          entry(
              "define-frontend-apis",
              "Changes API contracts in ways that existing clients survive, and gives each breaking change a migration path",
              "restful-api-design",
              "practitioner"),
          entry(
              "integrate-external-services",
              "Sets a timeout, retry rule and fallback for each external call they add",
              "third-party-integration",
              "practitioner"),
          entry(
              "integrate-external-services",
              "Wraps each provider behind an interface that tests can replace",
              "third-party-integration",
              "practitioner"),
          entry(
              "integrate-external-services",
              "Keeps provider credentials in the team's secret store, never in source control",
              "third-party-integration",
              "working"),
          entry(
              "handle-errors-gracefully",
              "Defines the error format the backend's responses share, with codes the frontend can act on",
              "error-handling",
              "practitioner"),
          entry(
              "handle-errors-gracefully",
              "Designs a fallback for each optional dependency so that its failure disables one feature only",
              "error-handling",
              "practitioner"),
          entry(
              "handle-errors-gracefully",
              "Logs unexpected errors with enough context to diagnose them without reproducing them",
              "observability",
              "working"),
          entry(
              "own-delivery-lifecycle",
              "Plans releases with feature flags or a rollback path and uses them when needed",
              "software-delivery-lifecycle",
              "practitioner"),
          entry(
              "own-delivery-lifecycle",
              "Watches the services they lead after each release and follows up problems to a lasting fix",
              "observability",
              "practitioner"),
          entry(
              "own-delivery-lifecycle",
              "Retires code, flags and data that a finished feature no longer needs",
              "software-delivery-lifecycle",
              "practitioner"),
          entry(
              "write-queries-and-migrations",
              "Writes queries that return the right rows and checks them against test data",
              "sql",
              "working"),
          entry(
              "write-queries-and-migrations",
              "Adds columns or tables through the team's migration tool and has a more experienced colleague check each migration",
              "schema-design",
              "working"),
          entry(
              "write-queries-and-migrations",
              "Asks a more experienced colleague before changing data that other features share",
              "database-management",
              "awareness"),
          entry(
              "model-feature-data",
              "Has the data model of a feature reviewed before building on it",
              "schema-design",
              "practitioner"),
          entry(
              "model-feature-data",
              "Reads the query plan of each new query on realistic data volumes and adds indexes where the plan shows a need",
              "database-indexing",
              "working"),
          entry(
              "model-feature-data",
              "Plans how the feature's tables will change over time and writes the migration for each change",
              "schema-design",
              "practitioner"),
          entry(
              "build-efficient-data-storage",
              "Writes down the reasons for each data model and choice of store they make",
              "schema-design",
              "practitioner"),
          entry(
              "build-efficient-data-storage",
              "Reviews schema, index and ORM changes for duplicated facts, missing constraints and hidden query bursts",
              "object-relational-mapping",
              "practitioner"),
          entry(
              "build-efficient-data-storage",
              "Tests concurrent reads and writes of shared records before release",
              "data-integrity",
              "practitioner"),
          entry(
              "follow-changes-into-production",
              "Checks logs and dashboards after each of their changes is released",
              "observability",
              "working"),
          entry(
              "follow-changes-into-production",
              "Uses logs to locate the cause of a defect reported in their code",
              "observability",
              "working"),
          entry(
              "follow-changes-into-production",
              "Can explain the path of a request through the services they work on",
              "server-architecture",
              "awareness"),
          entry(
              "tune-own-services",
              "Measures before and after each performance change and reports both numbers",
              "performance-optimisation",
              "practitioner"),
          entry(
              "tune-own-services",
              "Runs the team's load test against a feature expected to carry heavy traffic before it is released",
              "performance-testing",
              "working"),
          entry(
              "tune-own-services",
              "Raises in design review the part of a design they expect to saturate first",
              "scalable-system-design",
              "practitioner"),
          entry(
              "run-own-services",
              "Adds the metrics and log lines a new service needs and checks its dashboards after each release",
              "observability",
              "working"),
          entry(
              "run-own-services",
              "Uses logs and dashboards to help diagnose incidents in their services and carries out the follow-up actions given to them",
              "observability",
              "working"),
          entry(
              "run-own-services",
              "Changes server and cloud settings only through reviewed configuration",
              "server-configuration",
              "working"),
          entry(
              "optimise-system-performance",
              "Finds the bottleneck that limits a whole request path, across code, database and network, and proves its cause with a measurement before fixing it",
              "performance-optimisation",
              "expert"),
          entry(
              "optimise-system-performance",
              "Tracks latency percentiles of the key endpoints they own and acts when they drift",
              "performance-optimisation",
              "practitioner"),
          entry(
              "optimise-system-performance",
              "Adds caching or load balancing only where measurements show the need, with a stated invalidation rule",
              "caching",
              "practitioner"),
          entry(
              "architect-for-scale",
              "Designs services so that instances can be added without code changes",
              "horizontal-scaling",
              "practitioner"),
          entry(
              "architect-for-scale",
              "Load-tests their designs at a multiple of current peak traffic and publishes the limits found",
              "scalable-system-design",
              "expert"),
          entry(
              "architect-for-scale",
              "Keeps shared state in stores built for many concurrent clients",
              "distributed-caching",
              "practitioner"),
          entry(
              "run-servers-well",
              "Sets the worker, timeout and connection limits of the web servers in front of their services from load measurements",
              "server-configuration",
              "practitioner"),
          entry(
              "run-servers-well",
              "Sizes cloud resources from measurements and explains the cost of each choice",
              "cloud-computing",
              "practitioner"),
          entry(
              "run-servers-well",
              "Moves slow or bursty work onto queues instead of doing it inside requests",
              "message-queues",
              "practitioner"),
          entry(
              "monitor-and-tune-services",
              "Defines the alerts for the services they own so that problems are caught before users report them",
              "observability",
              "practitioner"),
          entry(
              "monitor-and-tune-services",
              "Leads the diagnosis of incidents in their services and writes the follow-up actions",
              "observability",
              "practitioner"),
          entry(
              "monitor-and-tune-services",
              "Rehearses the recovery plan of their services with the operations team",
              "disaster-recovery",
              "practitioner"),
          entry(
              "design-for-fault-tolerance",
              "Identifies each single point of failure in the services they design and removes it or records why it stays",
              "redundancy-and-failover",
              "practitioner"),
          entry(
              "design-for-fault-tolerance",
              "Tests failover by injecting failures, not only on paper",
              "fault-tolerance",
              "practitioner"),
          entry(
              "design-for-fault-tolerance",
              "Writes recovery targets into their designs and checks them in exercises",
              "disaster-recovery",
              "practitioner"),
          entry(
              "plan-capacity",
              "Runs performance tests before releases that change load",
              "performance-testing",
              "practitioner"),
          entry(
              "plan-capacity",
              "Keeps a capacity forecast for the services they own and updates it when plans change",
              "capacity-planning",
              "practitioner"),
          entry(
              "plan-capacity",
              "Schedules scaling work from the forecast before limits are reached",
              "capacity-planning",
              "practitioner"),
          entry(
              "build-features-securely",
              "Adds authentication and permission checks to each endpoint they build and tests the refusals",
              "authentication-and-authorisation",
              "working"),
          entry(
              "build-features-securely",
              "Keeps personal data out of logs and encrypts sensitive fields with the approved library",
              "data-privacy-and-compliance",
              "working"),
          entry(
              "build-features-securely",
              "Upgrades dependencies flagged by the vulnerability scanner in the code they own",
              "vulnerability-management",
              "working"),
          entry(
              "protect-user-data",
              "Designs encryption at rest and in transit for the personal data their services hold",
              "encryption",
              "practitioner"),
          entry(
              "protect-user-data",
              "Reviews who and what can reach sensitive data and removes access nobody needs",
              "authentication-and-authorisation",
              "practitioner"),
          entry(
              "protect-user-data",
              "Assesses each published vulnerability that affects the team's stack and drives the fix",
              "vulnerability-management",
              "practitioner"),
          entry(
              "secure-systems-and-comply",
              "Asks security specialists to review designs that handle personal data, and acts on their findings",
              "data-privacy-and-compliance",
              "practitioner"),
          entry(
              "secure-systems-and-comply",
              "Traces each privacy requirement of their services to the control that meets it",
              "data-privacy-and-compliance",
              "practitioner"),
          entry(
              "secure-systems-and-comply",
              "Brings recent security changes relevant to the stack to the team's attention",
              "vulnerability-management",
              "practitioner"),
          entry(
              "learn-through-review",
              "Answers every review comment, by changing the code or explaining the choice",
              "code-review",
              "awareness"),
          entry(
              "learn-through-review",
              "Says early when a task will take longer than planned",
              "collaboration",
              "working"),
          entry(
              "learn-through-review",
              "Asks about review comments they do not understand rather than guessing what was meant",
              "communication",
              "working"),
          entry(
              "clarify-requirements",
              "Writes down the acceptance criteria agreed with the product manager before starting a feature",
              "requirements-analysis",
              "working"),
          entry(
              "clarify-requirements",
              "Raises contradictions and open questions in a requirement before implementing it",
              "business-domain-knowledge",
              "working"),
          entry(
              "clarify-requirements",
              "Tells the product manager early which parts of a feature are uncertain and what would settle them",
              "collaboration",
              "practitioner"),
          entry(
              "translate-requirements",
              "Writes technical specifications that product and engineering both accept before work starts",
              "requirements-analysis",
              "practitioner"),
          entry(
              "translate-requirements",
              "Names edge cases, data volumes and non-functional needs that the product brief leaves out",
              "requirements-analysis",
              "practitioner"),
          entry(
              "translate-requirements",
              "Shares estimates and risks with the product side early",
              "communication",
              "practitioner"),
          entry(
              "partner-with-database-administrators",
              "Reviews slow queries together with the database administrators and fixes them in the right layer",
              "query-optimisation",
              "practitioner"),
          entry(
              "partner-with-database-administrators",
              "Plans schema changes with the database team before release",
              "database-management",
              "practitioner"),
          entry(
              "partner-with-database-administrators",
              "Puts integrity constraints in the database rather than only in application code",
              "data-integrity",
              "practitioner"),
          entry(
              "guide-junior-engineers",
              "Pairs with a new or junior teammate on their first tasks in the codebase",
              "mentoring",
              "working"),
          entry(
              "guide-junior-engineers",
              "Reviews juniors' small changes for whether they work, are tested and follow the conventions",
              "code-review",
              "working"),
          entry(
              "guide-junior-engineers",
              "Answers juniors' questions by showing where the answer can be found, not only giving it",
              "mentoring",
              "working"),
          entry(
              "lead-design-discussions",
              "Circulates a design note with options and trade-offs before the discussion",
              "technical-documentation",
              "practitioner"),
          entry(
              "lead-design-discussions",
              "Records the decision and its reasons where the team can find it",
              "software-architecture",
              "practitioner"),
          entry(
              "lead-design-discussions",
              "Keeps the design of their component consistent while several engineers build it, and settles small design questions as they arise",
              "technical-leadership",
              "working"),
          entry(
              "mentor-engineers",
              "Agrees growth goals with each engineer they mentor and reviews progress against them over months",
              "mentoring",
              "practitioner"),
          entry(
              "mentor-engineers",
              "Gives the engineers they support specific feedback on their work soon after the event",
              "mentoring",
              "practitioner"),
          entry(
              "mentor-engineers",
              "Sets up ways for the team to learn from each other, such as pairing rotations or design reviews open to all, and keeps them going",
              "collaboration",
              "practitioner"),
          entry(
              "provide-technical-leadership",
              "Analyses how a complex system behaves as a whole before deciding a change to it, and records the analysis with the decision",
              "software-architecture",
              "expert"),
          entry(
              "provide-technical-leadership",
              "Settles technical disagreements with stated reasoning instead of leaving them open",
              "technical-leadership",
              "practitioner"),
          entry(
              "provide-technical-leadership",
              "Writes down the team's quality bar and applies it consistently in their reviews",
              "technical-leadership",
              "practitioner"),
          entry(
              "shape-technical-direction",
              "Records architecture decisions with the options considered and the reasons for the choice",
              "software-architecture",
              "practitioner"),
          entry(
              "shape-technical-direction",
              "Proposes technical investments for the roadmap with their cost and benefit",
              "technical-strategy",
              "practitioner"),
          entry(
              "shape-technical-direction",
              "Proposes changes to how the team develops software and reports how each one worked out",
              "technical-strategy",
              "practitioner"),
          entry(
              "align-with-business",
              "States the business outcome each of their technical proposals serves",
              "business-domain-knowledge",
              "practitioner"),
          entry(
              "align-with-business",
              "Takes part in planning with product managers and stakeholders and offers alternatives with their costs",
              "technical-strategy",
              "practitioner"),
          entry(
              "align-with-business",
              "Raises gaps in the team's tooling or practices and follows them up until resolved",
              "technical-leadership",
              "practitioner"),
          entry(
              "evaluate-technology",
              "Writes a comparison of the candidates for each significant technology choice",
              "technology-evaluation",
              "practitioner"),
          entry(
              "evaluate-technology",
              "Includes upkeep, hiring and scaling among the criteria, not only features",
              "technology-evaluation",
              "practitioner"),
          entry(
              "evaluate-technology",
              "Checks that a chosen tool fits the organisation's wider technical direction",
              "technology-evaluation",
              "practitioner"),
          entry(
              "build-foundations",
              "Agrees a learning plan with their lead and reviews it with them regularly",
              "continuous-learning",
              "working"),
          entry(
              "build-foundations",
              "Applies something new from their learning plan in their own tasks",
              "continuous-learning",
              "working"),
          entry(
              "build-foundations",
              "Asks for and acts on feedback about gaps in their skills",
              "continuous-learning",
              "working"),
          entry(
              "deepen-backend-knowledge",
              "Reads the framework's or database's own documentation or source to explain a behaviour they met in their work",
              "frameworks-and-libraries",
              "practitioner"),
          entry(
              "deepen-backend-knowledge",
              "Tries a new technique on a real problem in their own service and reports whether it helped",
              "continuous-learning",
              "practitioner"),
          entry(
              "deepen-backend-knowledge",
              "Shares what they learned with the team in a short note or talk",
              "continuous-learning",
              "practitioner"),
          entry(
              "keep-skills-current",
              "Upgrades the languages and frameworks of the services they own before support ends",
              "frameworks-and-libraries",
              "practitioner"),
          entry(
              "keep-skills-current",
              "Follows changes in the language, framework and security practice of the stack and recommends which ones the team should adopt",
              "continuous-learning",
              "practitioner"),
          entry(
              "keep-skills-current",
              "Picks up an unfamiliar language or tool when a task needs it",
              "continuous-learning",
              "practitioner"),
          entry(
              "explore-emerging-architectures",
              "Writes an assessment of where one of these approaches would or would not fit the product",
              "technology-evaluation",
              "practitioner"),
          entry(
              "explore-emerging-architectures",
              "Explains in design discussions when a single deployable application remains the better choice",
              "microservices",
              "awareness"),
          entry(
              "explore-emerging-architectures",
              "Backs each adoption proposal with a prototype or a written evaluation",
              "technology-evaluation",
              "practitioner"));

  private final Catalogue catalogue = SeniorBackendEngineer.catalogue();

  @Test
  void everyIndicatorIsCreditedExactlyOnce() {
    List<String> inCatalogue =
        catalogue.responsibilities().stream()
            .flatMap(r -> r.indicators().stream().map(i -> r.id() + ": " + i))
            .toList();
    List<String> credited =
        CREDITS.stream().map(c -> c.responsibility() + ": " + c.indicator()).toList();
    assertThat(credited).doesNotHaveDuplicates();
    assertThat(credited).containsExactlyInAnyOrderElementsOf(inCatalogue);
  }

  @Test
  void eachCreditNamesASkillTheResponsibilityExercisesAtAStepTheSkillIsDefinedAt() {
    for (Credit credit : CREDITS) {
      Responsibility responsibility = catalogue.get(credit.responsibility());
      assertThat(responsibility.skills()).as(credit.toString()).contains(credit.skill());
      assertThat(catalogue.get(credit.skill()).isDefinedAt(credit.step()))
          .as(credit.toString())
          .isTrue();
    }
  }

  @Test
  void everyIndicatorIsWithinTheStepsItsRoleRequires() {
    for (Role role : catalogue.roles()) {
      for (Credit credit : CREDITS) {
        if (!role.responsibilities().contains(credit.responsibility())) {
          continue;
        }
        Optional<Requirement> required = Ladder.requirement(role, credit.skill());
        String what = role.id() + " / " + credit.responsibility() + ": " + credit.indicator();
        assertThat(required).as(what + " needs " + credit.skill()).isPresent();
        assertThat(catalogue.compareProficiency(required.get().proficiency(), credit.step()))
            .as(what + " shows " + credit.skill() + " at " + credit.step())
            .isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Test
  void everyResponsibilityBelongsToExactlyOneRole() {
    for (Responsibility responsibility : catalogue.responsibilities()) {
      assertThat(
              catalogue.roles().stream()
                  .filter(r -> r.responsibilities().contains(responsibility.id())))
          .as(responsibility.id().value())
          .hasSize(1);
    }
  }

  @Test
  void noIndicatorIsRepeatedAndNoneReadsLikeOneOfAnotherRole() {
    List<String> all =
        catalogue.responsibilities().stream().flatMap(r -> r.indicators().stream()).toList();
    assertThat(all).doesNotHaveDuplicates();
    Map<String, Role> roleOf = new HashMap<>();
    for (Role role : catalogue.roles()) {
      for (Responsibility r : catalogue.responsibilitiesOf(role.id())) {
        r.indicators().forEach(i -> roleOf.put(i, role));
      }
    }
    List<String> indicators = new ArrayList<>(roleOf.keySet());
    indicators.sort(null);
    for (int i = 0; i < indicators.size(); i++) {
      for (int j = i + 1; j < indicators.size(); j++) {
        String a = indicators.get(i);
        String b = indicators.get(j);
        if (roleOf.get(a).equals(roleOf.get(b))) {
          continue;
        }
        assertThat(overlap(a, b)).as(a + " / " + b).isLessThan(0.4);
      }
    }
  }

  /** Shared words of four letters or more, as a share of the words of either text. */
  static double overlap(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    x.retainAll(y);
    return union.isEmpty() ? 0 : (double) x.size() / union.size();
  }

  private static Set<String> words(String text) {
    return Stream.of(text.toLowerCase(Locale.ROOT).split("[^a-z']+"))
        .filter(w -> w.length() > 3)
        .collect(Collectors.toCollection(HashSet::new));
  }
}
