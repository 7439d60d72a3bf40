package io.github.competency.interchange;

import io.github.competency.core.Catalogue;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.UnknownIdException;
import io.github.competency.core.json.ReadLimits;
import io.github.competency.interchange.internal.RsdReader;
import io.github.competency.interchange.internal.RsdWriter;
import io.github.competency.interchange.internal.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * The skills of catalogues as Open Skills Network Rich Skill Descriptors (RSD, JSON-LD with the
 * context {@code https://rsd.openskillsnetwork.org/context-v1.json}), out and back in; the
 * mapping, and what RSD cannot carry, is documented field by field in the
 * {@linkplain io.github.competency.interchange package}.
 *
 * <p>Export ({@link #write}, {@link #toJson(Catalogue)}) gives one {@code RichSkillCollection},
 * the catalogue, holding one {@code RichSkillDescriptor} per skill; a skill's descriptor has the
 * same identifier as the skill's CFItem in a CASE export ({@link Identifiers}). Output is
 * deterministic as {@link CaseJson}'s is.
 *
 * <p>Import ({@link #read(InputStream)}, {@link #read(Path)}, {@link #fromJson}) reads a
 * collection, an array of descriptors or a single descriptor into a catalogue of skills and
 * their categories. Skills this class wrote come back equal, except for what RSD cannot carry
 * (their behaviours and the steps they are defined at). Any input ends in a result or in an
 * {@link InvalidCatalogueException} whose problems name the path (such as
 * {@code skills[3].skillName}) with its line and column, within the {@linkplain #limits() read
 * limits} and a heap of 64 MB plus 8 times the document's size, as {@link CaseJson}'s imports.
 * A descriptor whose uuid an earlier one has is left out with a warning.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RsdJson {

  /** The base URI of exports unless another is given. */
  public static final String DEFAULT_BASE_URI = "https://competency.github.io/rsd/";

  private static final String WHAT = "Rich Skill Descriptors";

  private static final RsdJson DEFAULTS = new RsdJson(Settings.of(DEFAULT_BASE_URI));

  private final Settings settings;

  private RsdJson(Settings settings) {
    this.settings = settings;
  }

  /**
   * Returns the exporter and importer with the default base URI ({@value #DEFAULT_BASE_URI}),
   * the timestamp {@code 1970-01-01T00:00:00Z} (the start of the epoch: unknown) and the default
   * {@link ReadLimits}.
   *
   * @return the shared instance
   */
  public static RsdJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that puts the {@code id} of every descriptor and collection under another
   * base URI. A slash is appended if the URI has none at its end; a skill's {@code id} is then
   * the base, {@code skills/} and its identifier.
   *
   * @param baseUri an absolute, hierarchical URI in ASCII, without query or fragment
   * @return the changed copy
   * @throws IllegalArgumentException if the URI is not such a URI
   */
  public RsdJson withBaseUri(URI baseUri) {
    return new RsdJson(settings.withBaseUri(baseUri));
  }

  /**
   * Returns a copy that writes another time as the creation, update and publication date of
   * every record.
   *
   * @param timestamp the time
   * @return the changed copy
   */
  public RsdJson withTimestamp(Instant timestamp) {
    return new RsdJson(settings.withTimestamp(timestamp));
  }

  /**
   * Returns a copy that imports within other limits.
   *
   * @param limits the limits
   * @return the changed copy
   */
  public RsdJson withLimits(ReadLimits limits) {
    return new RsdJson(settings.withLimits(limits));
  }

  /**
   * Returns the base URI of exports.
   *
   * @return the URI, ending with a slash
   */
  public URI baseUri() {
    return settings.baseUri();
  }

  /**
   * Returns the time exports write as every record's dates.
   *
   * @return the time
   */
  public Instant timestamp() {
    return settings.timestamp();
  }

  /**
   * Returns the limits of imports.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return settings.limits();
  }

  /**
   * Writes the skills of a catalogue as a collection of descriptors, UTF-8 JSON, to a stream,
   * which is flushed but not closed.
   *
   * @param catalogue the catalogue
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(Catalogue catalogue, OutputStream out) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(out, "out");
    RsdWriter.collection(catalogue, settings, out);
  }

  /**
   * Writes the skills of a catalogue as a collection of descriptors.
   *
   * @param catalogue the catalogue
   * @return the JSON text, ending with a newline
   */
  public String toJson(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return RsdWriter.collection(catalogue, settings);
  }

  /**
   * Writes one skill of a catalogue as a descriptor, as it appears in the collection.
   *
   * @param catalogue the catalogue
   * @param skill the skill's id
   * @return the JSON text, ending with a newline
   * @throws UnknownIdException if the catalogue has no such skill
   */
  public String toJson(Catalogue catalogue, SkillId skill) {
    Objects.requireNonNull(catalogue, "catalogue");
    Skill found = catalogue.get(Objects.requireNonNull(skill, "skill"));
    return RsdWriter.skill(catalogue, found, settings);
  }

  /**
   * Reads descriptors from a stream of JSON, which is read to its end but not closed.
   *
   * @param json a collection (an object with {@code skills}), an array of descriptors or one
   * @return the catalogue of their skills and what could not be mapped
   * @throws InvalidCatalogueException listing every problem, each with its path, if the
   *     document cannot be read or is beyond the limits
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ImportResult read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return ImportResult.from(RsdReader.read(settings.documents().text(json, WHAT)));
  }

  /**
   * Reads descriptors from a JSON file.
   *
   * @param file the file
   * @return the catalogue of their skills and what could not be mapped
   * @throws InvalidCatalogueException listing every problem, each with its path, if the file
   *     cannot be read or is beyond the limits
   * @throws UncheckedIOException if the file cannot be read
   */
  public ImportResult read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + WHAT + " file " + file + ": " + e, e);
    }
  }

  /**
   * Reads descriptors from JSON text.
   *
   * @param json a collection (an object with {@code skills}), an array of descriptors or one
   * @return the catalogue of their skills and what could not be mapped
   * @throws InvalidCatalogueException listing every problem, each with its path, if the text
   *     cannot be read or is beyond the limits
   */
  public ImportResult fromJson(String json) {
    Objects.requireNonNull(json, "json");
    return ImportResult.from(RsdReader.read(settings.documents().text(json)));
  }
}
