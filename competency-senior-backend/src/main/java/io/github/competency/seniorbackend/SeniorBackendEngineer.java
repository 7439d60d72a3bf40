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
 * the skill itself (its internals, limits and failure modes), not for how far a person's
 * influence reaches; staff or principal scope has no step here. A skill is defined only at the
 * steps where assessing it makes sense (a language starts at working knowledge; mentoring has no
 * awareness step), and it has a behaviour text, with evidence a reviewer can ask for, at each.
 *
 * <h2>From the article's wording to a step</h2>
 *
 * <p>Senior role, which the article describes directly:
 *
 * <ul>
 *   <li>words of depth, "deep understanding" and "strong proficiency", give <em>expert</em>:
 *       programming in one language, object-oriented design, software architecture, scalability
 *       and performance optimisation;
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
 * <p>Mid-level role. The article names none; the role is built from its passage on growing from
 * junior to senior, which the role's source cites:
 *
 * <ul>
 *   <li>each skill the senior holds at expert is one step lower, <em>practitioner</em>;
 *   <li>the harder projects of that stage, and a firmer grasp of how backend systems behave,
 *       give <em>practitioner</em> in the skills of everyday feature work (framework, coding
 *       standards, documentation, code review, SQL, one database, ORM, REST API design, server
 *       architecture, communication, collaboration, learning), the same step as the senior;
 *   <li>the first steps into mentoring juniors and leading design discussions give
 *       <em>working knowledge</em> of mentoring and technical leadership;
 *   <li>any other skill that the mid-level responsibilities use is one step below the senior,
 *       <em>working knowledge</em>; skills they do not use (capacity planning, disaster
 *       recovery, strategy, technology evaluation, the emerging trends ...) are left to the
 *       senior.
 * </ul>
 *
 * <p>Junior role: the passage's "foundational skills" in languages, databases and server
 * architecture give <em>working knowledge</em> of what a junior uses every day (programming,
 * one language, algorithms, object-oriented design, framework, coding standards, SQL, one
 * database, ORM, simple schema changes, communication, collaboration, learning) and
 * <em>awareness</em> of the rest (database management, server architecture, networking, REST
 * APIs, logging and monitoring, code review, the delivery pipeline).
 *
 * <p>Alternatives the article lists ("Java, C#, Python, or Node.js", "MySQL, PostgreSQL, or
 * MongoDB", "Apache or Nginx", "AWS or Azure") are {@linkplain
 * io.github.competency.core.ChoiceGroup choice groups} beside an essential, technology-neutral
 * skill: each asks for one of its options. The language and the database are essential at
 * every level; the web server and the cloud from mid-level on, essential for seniors. Up the
 * ladder,
 * every role keeps each requirement of the role below at the same or a higher step and adds
 * responsibilities of its own.
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
