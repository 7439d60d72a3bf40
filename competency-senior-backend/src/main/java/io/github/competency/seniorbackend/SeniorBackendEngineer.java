package io.github.competency.seniorbackend;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.FamilyId;
import io.github.competency.core.LevelId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.json.CatalogueJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The senior backend engineer catalogue: what backend engineers from junior to senior are
 * accountable for, which skills they need and at which proficiency, drawn from an article on the
 * senior backend engineer role and written in this project's own words.
 *
 * <p>The catalogue ships as JSON in the {@code competency-catalogue/1} format at
 * {@value #RESOURCE} in this jar, so systems without Java can read it too. It is read and
 * validated once, on first use, and shared; it is also offered to
 * {@link io.github.competency.core.Catalogues} under {@link #CATALOGUE_ID}.
 *
 * <h2>Proficiency expected</h2>
 *
 * The scale has four steps: awareness, working knowledge, practitioner and expert. The step a
 * role requires is derived from how the article words each skill:
 *
 * <ul>
 *   <li>"strong proficiency", "strong foundation", "deep understanding" and "strong
 *       understanding" map to <em>expert</em>;
 *   <li>"proficient in", "skilled in", "well-versed in", "a good grasp of", "hands-on
 *       experience", "comfortable", "should understand", "knowledge of ... essential" and the
 *       duties the article assigns to seniors (security measures, monitoring, capacity planning,
 *       mentoring, code review ...) map to <em>practitioner</em>;
 *   <li>"familiar with" maps to <em>working knowledge</em>;
 *   <li>trends the article says seniors will "explore" (containers, microservices, serverless)
 *       map to <em>awareness</em>, as optional requirements.
 * </ul>
 *
 * A junior role starts from "foundational skills" in languages, databases and server
 * architecture: <em>working knowledge</em> of programming and SQL, <em>awareness</em> of the
 * rest. Where the article lists alternatives ("Java, C#, Python, or Node.js", "MySQL,
 * PostgreSQL, or MongoDB", "Apache or Nginx", "AWS or Azure"), each alternative is an optional
 * requirement beside an essential, technology-neutral skill. The article names no mid-level
 * role, so the ladder has two rungs; the growth between them is described in the junior role.
 */
public final class SeniorBackendEngineer {

  /** The id of the catalogue. */
  public static final CatalogueId CATALOGUE_ID = CatalogueId.of("senior-backend-engineer");

  /** Where the catalogue's JSON lies in this jar. */
  public static final String RESOURCE = "/catalogues/senior-backend-engineer.json";

  /** The senior backend engineer role. */
  public static final RoleId SENIOR_BACKEND_ENGINEER = RoleId.of("senior-backend-engineer");

  /** The junior backend engineer role, the step before the senior one. */
  public static final RoleId JUNIOR_BACKEND_ENGINEER = RoleId.of("junior-backend-engineer");

  /** The junior level. */
  public static final LevelId JUNIOR = LevelId.of("junior");

  /** The senior level. */
  public static final LevelId SENIOR = LevelId.of("senior");

  /** The backend role family. */
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

  /** Reads the catalogue when first needed; the JVM makes this lazy and thread-safe. */
  private static final class Holder {
    static final Catalogue CATALOGUE = read();

    private static Catalogue read() {
      try (InputStream in = SeniorBackendEngineer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the catalogue " + RESOURCE + " is missing from the jar");
        }
        return CatalogueJson.defaults().read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the catalogue " + RESOURCE, e);
      }
    }
  }
}
