package io.github.competency.core.json;

import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.InvalidProfileException;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.ProfileCheck;
import io.github.competency.core.internal.json.JsonDocuments;
import io.github.competency.core.internal.json.Kind;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes a person's profile in the {@value #FORMAT} JSON format: who, which
 * catalogue and version they were assessed against, and their ratings with evidence.
 *
 * <p>Reading is as strict as for catalogues (unknown and repeated fields, wrong types,
 * malformed ids and dates, all problems at once with path, line and column; UTF-8 only; within
 * the {@link ReadLimits}) and throws {@link InvalidProfileException}, naming the profile when its
 * id could be read. Given the catalogue the profile was assessed against, reading also checks it
 * against that catalogue (unknown skills and steps, duplicate ratings, another catalogue) with
 * positions; warnings ({@link io.github.competency.core.assess.ProfileCheck#warnings()}) do not
 * stop it, unless the assessor is strict. Writing is deterministic. The JSON Schema ships at
 * {@value #SCHEMA_RESOURCE}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ProfileJson {

  /** The name and version of the format, the value of every document's {@code format} field. */
  public static final String FORMAT = ProfileShapes.FORMAT;

  /** Where the format's JSON Schema (draft 2020-12) lies in this library's jar. */
  public static final String SCHEMA_RESOURCE = "/schemas/competency-profile-1.schema.json";

  private static final ProfileJson DEFAULTS = new ProfileJson(ReadLimits.defaults());

  private final JsonDocuments<InvalidProfileException> documents;

  private ProfileJson(ReadLimits limits) {
    this.documents = new JsonDocuments<>(limits.engine(), InvalidProfileException::new);
  }

  /**
   * Returns a reader and writer with the default {@link ReadLimits}.
   *
   * @return the shared instance
   */
  public static ProfileJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a reader and writer with other limits.
   *
   * @param limits the limits for reading
   * @return a new instance
   */
  public ProfileJson withLimits(ReadLimits limits) {
    return new ProfileJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads a profile from a stream of UTF-8 JSON, which is read to its end but not closed.
   *
   * @param json the document
   * @return the profile
   * @throws InvalidProfileException listing every problem of the document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Profile read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return parse(documents.text(json, "profile"), null);
  }

  /**
   * Reads a profile from a stream of UTF-8 JSON and checks it against the catalogue it was
   * assessed against.
   *
   * @param json the document, read to its end but not closed
   * @param assessor the catalogue's assessor, whose checks apply
   * @return the profile
   * @throws InvalidProfileException listing every problem, with its position
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Profile read(InputStream json, Assessor assessor) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(assessor, "assessor");
    return parse(documents.text(json, "profile"), assessor);
  }

  /**
   * Reads a profile from a UTF-8 JSON file.
   *
   * @param file the file
   * @return the profile
   * @throws InvalidProfileException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public Profile read(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(documents.file(file, "profile"), null);
  }

  /**
   * Reads a profile from JSON text.
   *
   * @param json the document
   * @return the profile
   * @throws InvalidProfileException listing every problem of the document
   */
  public Profile fromJson(String json) {
    Objects.requireNonNull(json, "json");
    return parse(documents.text(json), null);
  }

  private Profile parse(JsonDocuments<InvalidProfileException>.Input json, Assessor assessor) {
    Profile[] read = new Profile[1];
    try {
      return documents.parse(
          json,
          ProfileShapes.PROFILE,
          builder -> {
            Profile profile = builder.build();
            read[0] = profile;
            if (assessor != null) {
              ProfileCheck check = assessor.check(profile);
              if (!check.valid()) {
                throw new InvalidProfileException(profile.id(), check.problems());
              }
            }
            return profile;
          });
    } catch (InvalidProfileException e) {
      if (read[0] != null && e.profile().isEmpty()) { // located, but the name was lost on the way
        throw new InvalidProfileException(read[0].id(), e.problems());
      }
      throw e;
    }
  }

  /**
   * Writes a profile as UTF-8 JSON to a stream, which is flushed but not closed.
   *
   * @param profile the profile
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(Profile profile, OutputStream out) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(out, "out");
    documents.write(profile, ProfileShapes.PROFILE, Kind.WriteContext.ID_ORDER, out, "profile");
  }

  /**
   * Writes a profile as JSON text.
   *
   * @param profile the profile
   * @return the document, ending with a newline
   */
  public String toJson(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return documents.toJson(profile, ProfileShapes.PROFILE, Kind.WriteContext.ID_ORDER, "profile");
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
