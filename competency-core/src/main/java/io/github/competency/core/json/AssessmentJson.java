package io.github.competency.core.json;

import io.github.competency.core.RoleId;
import io.github.competency.core.ValidationException;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.InvalidProfileException;
import io.github.competency.core.assess.NextStep;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.internal.json.JsonDocuments;
import io.github.competency.core.internal.json.Kind;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes the assessment of a profile against a role in the {@value #FORMAT} JSON format: every
 * requirement of the role with the rating that decided it and its points in each {@link
 * io.github.competency.core.assess.ReadinessMode}, so that each score can be traced to what
 * made it; the gaps, most useful first; the responsibilities met; where self and assessors
 * disagree; and the next career steps from the profile's role.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.of(catalogue);
 * String json = AssessmentJson.defaults().toJson(assessor, profile, RoleId.of("senior-backend-engineer"));
 * }</pre>
 *
 * <p>A document looks like this (shortened):
 *
 * <pre>{@code
 * {
 *   "format": "competency-assessment/1",
 *   "profile": "alex-kim",
 *   "catalogue": "senior-backend-engineer",
 *   "catalogueVersion": "2.0.0",
 *   "role": "senior-backend-engineer",
 *   "readiness": { "binary": 0.2, "proportional": 0.52, "weightedBinary": 0.2, "weightedProportional": 0.54 },
 *   "ready": false,
 *   "essentialGaps": 40,
 *   "requirements": [
 *     { "skill": "backend-programming", "required": "expert", "importance": "essential",
 *       "rated": "practitioner", "rater": "manager", "status": "below",
 *       "points": { "binary": [0, 1], "proportional": [4, 6], ... } },
 *     ...
 *   ],
 *   "gaps": [ "distributed-caching", ... ],
 *   "responsibilitiesMet": [ "keep-code-maintainable" ],
 *   "disagreements": [ { "skill": "caching", "self": "expert", "other": "working", "rater": "manager", "steps": 2 } ],
 *   "nextSteps": [ { "role": "mid-level-backend-engineer", "proportional": 0.99, "gaps": 1, "essentialGaps": 1 } ]
 * }
 * }</pre>
 *
 * <p>Writing is deterministic, in the style of {@link CatalogueJson}: fields in a fixed order,
 * two-space indentation, {@code \n} line ends, UTF-8, a final newline; requirements in the
 * role's order, gaps most useful first. The JSON Schema (draft 2020-12) ships at {@value
 * #SCHEMA_RESOURCE}; its {@code $defs} also describe the shape in which a host's mapper with the
 * {@link CompetencyModule} writes each result of assessment alone (a gap report, a progression,
 * a team's coverage ...). The format is written, not read: an assessment is computed again from
 * the profile and the catalogue.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AssessmentJson {

  /** The name and version of the format, the value of every document's {@code format} field. */
  public static final String FORMAT = AssessmentShapes.FORMAT;

  /** Where the format's JSON Schema (draft 2020-12) lies in this library's jar. */
  public static final String SCHEMA_RESOURCE = "/schemas/competency-assessment-1.schema.json";

  private static final AssessmentJson DEFAULTS = new AssessmentJson();

  private final JsonDocuments<ValidationException> documents =
      new JsonDocuments<>(
          ReadLimits.defaults().engine(),
          problems -> new ValidationException("assessment", problems));

  private AssessmentJson() {}

  /**
   * Returns the writer.
   *
   * @return the shared instance
   */
  public static AssessmentJson defaults() {
    return DEFAULTS;
  }

  /**
   * Assesses a profile against a role and writes the assessment as JSON text. The next steps
   * are those from the profile's {@linkplain Profile#role() role}, none if it names none.
   *
   * @param assessor the assessor of the profile's catalogue, whose rating rule and weights apply
   * @param profile the profile
   * @param role the role to assess against
   * @return the document, ending with a newline
   * @throws InvalidProfileException if the profile does not fit the assessor's catalogue
   * @throws io.github.competency.core.UnknownIdException if the catalogue has no such role
   */
  public String toJson(Assessor assessor, Profile profile, RoleId role) {
    return documents.toJson(
        assess(assessor, profile, role),
        AssessmentShapes.ASSESSMENT,
        Kind.WriteContext.ID_ORDER,
        "assessment");
  }

  /**
   * Assesses a profile against a role and writes the assessment as UTF-8 JSON to a stream,
   * which is flushed but not closed.
   *
   * @param assessor the assessor of the profile's catalogue, whose rating rule and weights apply
   * @param profile the profile
   * @param role the role to assess against
   * @param out where to write
   * @throws InvalidProfileException if the profile does not fit the assessor's catalogue
   * @throws io.github.competency.core.UnknownIdException if the catalogue has no such role
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(Assessor assessor, Profile profile, RoleId role, OutputStream out) {
    Objects.requireNonNull(out, "out");
    documents.write(
        assess(assessor, profile, role),
        AssessmentShapes.ASSESSMENT,
        Kind.WriteContext.ID_ORDER,
        out,
        "assessment");
  }

  private static AssessmentShapes.Assessment assess(
      Assessor assessor, Profile profile, RoleId role) {
    Objects.requireNonNull(assessor, "assessor");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(role, "role");
    List<NextStep> nextSteps = profile.role().isPresent() ? assessor.nextSteps(profile) : List.of();
    return new AssessmentShapes.Assessment(
        assessor.catalogue(), assessor.gaps(profile, role), assessor.agreement(profile), nextSteps);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the format.
   *
   * @return the schema's text
   */
  public static String schema() {
    return CatalogueJson.resource(SCHEMA_RESOURCE);
  }
}
