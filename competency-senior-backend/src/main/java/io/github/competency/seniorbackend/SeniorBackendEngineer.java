package io.github.competency.seniorbackend;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.FamilyId;
import io.github.competency.core.LevelId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Translation;
import io.github.competency.core.json.CatalogueJson;
import io.github.competency.core.json.TranslationJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The senior backend engineer catalogue: what backend engineers at junior, mid and senior level
 * are accountable for, which skills each of them needs at which step of the proficiency scale,
 * and what every skill looks like at each step where it is defined. Its facts come from a
 * recruiting firm's blog post on the senior backend engineer role (Remotely Works); its texts
 * are this project's own.
 *
 * <p>The catalogue ships as JSON in the {@code competency-catalogue/1} format at
 * {@value #RESOURCE} in this jar, so systems without Java can read it too. It is read and
 * validated once, on first use, and shared; it is also offered to
 * {@link io.github.competency.core.Catalogues} under {@link #CATALOGUE_ID}.
 *
 * <h2>The scale</h2>
 *
 * Four steps: awareness, working knowledge, practitioner and expert. Expert stands for depth in
 * the skill itself (its internals, limits and failure modes), seen in the person's own work, not
 * for how far a person's influence reaches or how others regard them; staff or principal scope
 * has no step here. A skill is defined only at the steps where assessing it makes sense (a
 * language starts at working knowledge; mentoring has no awareness step), and it has a behaviour
 * text at each. Every practitioner and expert text ends with an example of evidence a reviewer can
 * ask for ({@code "Evidence: ..."}).
 *
 * <h2>A core a reviewer can assess in one review</h2>
 *
 * <p>Each role asks for at most 20 essential requirements, a choice group counting as one: the
 * junior 11, the mid-level role 18, the senior 20. Everything else is optional and weighs 1, with
 * two exceptions that weigh 2, as an essential does: a requirement keeps the weight it had on the
 * rung below, so a foundation that was essential there stays as heavy (its note says so), and the
 * senior's technology evaluation and two optional groups of techniques (growing load,
 * availability) weigh 2 because the article stresses them for seniors. A person meets the level of
 * a role when every essential requirement and every essential group is met and optional
 * requirements worth at least half of the optional weight are met.
 *
 * <p>{@linkplain io.github.competency.core.ChoiceGroup Choice groups} ask for some of their options,
 * not all. Where the article lists alternatives ("Java, C#, Python, or Node.js", "MySQL,
 * PostgreSQL, or MongoDB", "Apache or Nginx", "AWS or Azure") a group asks for one of them: the
 * language and the database at every level, the web server and the cloud from mid-level on,
 * essential for seniors. Beside each stands the technology-neutral skill it makes concrete
 * (backend programming, database management, server configuration, cloud computing); the core
 * keeps only programming among them, whose expert text is about the code rather than the
 * runtime. Where the article gives techniques only as examples, the senior's group asks for a
 * share of them: two of four security practices beyond access control, three of five techniques
 * for growing load, two of four practices that keep services available.
 *
 * <h2>From the article's wording to a step</h2>
 *
 * <p>Senior role, which the article describes directly:
 *
 * <ul>
 *   <li>words of depth, "deep understanding" and "strong proficiency", give <em>expert</em>:
 *       programming in one language, software architecture, scalability and performance
 *       optimisation. Where the article gives depth to two skills a reviewer sees in the same work,
 *       expert is asked once: object-oriented design shows in the code that backend programming at
 *       expert assesses, so it stays at practitioner;
 *   <li>every other word of ability ("strong foundation", "strong understanding", "proficient",
 *       "skilled", "well-versed", "good grasp", "hands-on experience", "comfortable",
 *       "understand how to configure") and every duty the article gives seniors (security
 *       measures, monitoring, capacity planning, mentoring, code review ...) gives
 *       <em>practitioner</em>. Where one sentence joins a weaker word to a stronger one, the
 *       stronger decides: Apache or Nginx, to be "familiar with" and to "understand how to
 *       configure", is practitioner;
 *   <li>the trends a senior will "explore" (containers, microservices, serverless) give
 *       <em>awareness</em>, as optional requirements.
 * </ul>
 *
 * <h2>A ladder that rises evenly</h2>
 *
 * <p>The junior role comes from the article's "foundational skills" in languages, databases and
 * server architecture: <em>working knowledge</em> of what a junior uses every day (programming, one
 * language, coding standards, SQL, one database, the delivery pipeline, logs and dashboards,
 * communication, collaboration, learning) and <em>awareness</em> of the rest. The mid-level role,
 * which the article does not name, comes from its passage on growing from junior to senior. Every
 * skill enters the ladder at awareness or working knowledge and rises at most one step a rung; no
 * requirement is dropped, lowered or made lighter further up. So a skill the senior holds at expert
 * is working knowledge at junior and practitioner at mid-level, and a skill the senior holds at
 * practitioner is at least working knowledge at mid-level. Where the article names a senior
 * strength (architecture, scalability, performance, server architecture, communication, mentoring,
 * code review, technical leadership), the mid-level role is one step below the senior; in everyday
 * feature work (framework, coding standards, documentation, SQL, schema design, ORM, API design,
 * collaboration, learning) it reaches the senior's step. Every role requires each skill its
 * responsibilities exercise, at least at the step their indicators describe, and no indicator is
 * shared between roles.
 *
 * <h2>Sources</h2>
 *
 * <p>Every skill, responsibility and role cites the article's section it draws on, by its full
 * heading. An item the project inferred from a section, which the article does not state for that
 * level (the mid-level role and ten junior and mid-level responsibilities), cites the section
 * followed by {@code " (derived)"}.
 */
public final class SeniorBackendEngineer {

  /** The id of the catalogue. */
  public static final CatalogueId CATALOGUE_ID = CatalogueId.of("senior-backend-engineer");

  /** Where the catalogue's JSON lies in this jar. */
  public static final String RESOURCE = "/catalogues/senior-backend-engineer.json";

  /** Where the German translation lies in this jar, in the competency-translation/1 format. */
  public static final String GERMAN_RESOURCE = "/translations/senior-backend-engineer.de.json";

  /** The senior backend engineer role. */
  public static final RoleId SENIOR_BACKEND_ENGINEER = RoleId.of("senior-backend-engineer");

  /** The mid-level backend engineer role, between the junior and the senior one. */
  public static final RoleId MID_LEVEL_BACKEND_ENGINEER = RoleId.of("mid-level-backend-engineer");

  /** The junior backend engineer role, the first on the ladder. */
  public static final RoleId JUNIOR_BACKEND_ENGINEER = RoleId.of("junior-backend-engineer");

  /** The junior level. */
  public static final LevelId JUNIOR = LevelId.of("junior");

  /** The mid level, between junior and senior. */
  public static final LevelId MID = LevelId.of("mid");

  /** The senior level. */
  public static final LevelId SENIOR = LevelId.of("senior");

  /** The backend individual-contributor family, to which every role belongs. */
  public static final FamilyId BACKEND = FamilyId.of("backend");

  private SeniorBackendEngineer() {}

  /**
   * Returns the catalogue, reading it on first call.
   *
   * @return the shared, validated catalogue
   */
  public static Catalogue catalogue() {
    return Holder.CATALOGUE;
  }

  /**
   * Returns the senior backend engineer role.
   *
   * @return the role with id {@link #SENIOR_BACKEND_ENGINEER}
   */
  public static Role seniorRole() {
    return catalogue().get(SENIOR_BACKEND_ENGINEER);
  }

  /**
   * Returns the translations of the catalogue shipped in this jar: German, complete.
   *
   * @return the translations, read and checked against the catalogue on first use
   */
  public static List<Translation> translations() {
    return Holder.TRANSLATIONS;
  }

  /**
   * Returns the catalogue's JSON as shipped in this jar, for tools that read the format without
   * this library. The resource {@value #RESOURCE} is encapsulated on the module path; this
   * accessor reads it from inside the module, so it works on the class path and the module path
   * alike.
   *
   * @return the document, in the {@code competency-catalogue/1} format
   */
  public static String json() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalogue " + RESOURCE, e);
    }
  }

  private static InputStream open() {
    return open(RESOURCE);
  }

  private static InputStream open(String resource) {
    InputStream in = SeniorBackendEngineer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the resource " + resource + " is missing from the jar");
    }
    return in;
  }

  /** Reads the catalogue when first needed; the JVM makes this lazy and thread-safe. */
  private static final class Holder {
    static final Catalogue CATALOGUE = read();
    static final List<Translation> TRANSLATIONS = List.of(german());

    private static Translation german() {
      try (InputStream in = open(GERMAN_RESOURCE)) {
        return TranslationJson.defaults().read(in, CATALOGUE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the translation " + GERMAN_RESOURCE, e);
      }
    }

    private static Catalogue read() {
      try (InputStream in = open()) {
        return CatalogueJson.defaults().read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the catalogue " + RESOURCE, e);
      }
    }
  }
}
