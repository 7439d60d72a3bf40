package io.github.competency.core.json;

import io.github.competency.core.Catalogue;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.internal.json.JsonDocuments;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * Reads and writes catalogues in the {@value #FORMAT} JSON format.
 *
 * <p>Reading is strict: unknown fields, repeated fields, values of the wrong type, missing
 * required fields, malformed ids, an unknown {@code format} and content after the catalogue are
 * errors. Every problem is collected and thrown at once as an {@link InvalidCatalogueException},
 * each with its path and its line and column (columns count characters). Documents are UTF-8;
 * UTF-16 and UTF-32 are refused. Any input, however broken, ends in a catalogue or in that
 * exception; input beyond the {@link ReadLimits} is refused the same way.
 *
 * <p>Writing is deterministic: fields in a fixed order, two-space indentation, {@code \n} line
 * ends, UTF-8, a final newline. The same catalogue always gives the same bytes, and reading
 * then writing a written catalogue gives them back unchanged.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogueJson {

  /** The name and version of the format, the value of every document's {@code format} field. */
  public static final String FORMAT = Shapes.CATALOGUE_FORMAT;

  /** Where the format's JSON Schema (draft 2020-12) lies in this library's jar. */
  public static final String SCHEMA_RESOURCE = "/schemas/competency-catalogue-1.schema.json";

  private static final CatalogueJson DEFAULTS = new CatalogueJson(ReadLimits.defaults());

  private final ReadLimits limits;
  private final JsonDocuments<InvalidCatalogueException> documents;

  private CatalogueJson(ReadLimits limits) {
    this.limits = limits;
    this.documents = new JsonDocuments<>(limits.engine(), InvalidCatalogueException::new);
  }

  /**
   * Returns a reader and writer with the default {@link ReadLimits}.
   *
   * @return the shared instance
   */
  public static CatalogueJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a reader and writer with other limits.
   *
   * @param limits the limits for reading
   * @return a new instance
   */
  public CatalogueJson withLimits(ReadLimits limits) {
    return new CatalogueJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the limits applied when reading.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a catalogue from a stream of UTF-8 JSON, which is read to its end but not closed.
   *
   * @param json the document
   * @return the catalogue, validated
   * @throws InvalidCatalogueException listing every problem if the document is not a valid
   *     catalogue, is not UTF-8 or is beyond the limits
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Catalogue read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return parse(documents.text(json, "catalogue"));
  }

  /**
   * Reads a catalogue from a UTF-8 JSON file.
   *
   * @param file the file
   * @return the catalogue, validated
   * @throws InvalidCatalogueException listing every problem if the file is not a valid
   *     catalogue, is not UTF-8 or is beyond the limits
   * @throws UncheckedIOException if the file cannot be read
   */
  public Catalogue read(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(documents.file(file, "catalogue"));
  }

  /**
   * Reads a catalogue from JSON text.
   *
   * @param json the document
   * @return the catalogue, validated
   * @throws InvalidCatalogueException listing every problem if the text is not a valid
   *     catalogue or is beyond the limits
   */
  public Catalogue fromJson(String json) {
    Objects.requireNonNull(json, "json");
    return parse(documents.text(json));
  }

  private Catalogue parse(JsonDocuments<InvalidCatalogueException>.Input json) {
    return documents.parse(json, Shapes.CATALOGUE, Catalogue.Builder::build);
  }

  /**
   * Writes a catalogue as UTF-8 JSON to a stream, which is flushed but not closed.
   *
   * @param catalogue the catalogue
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(Catalogue catalogue, OutputStream out) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(out, "out");
    documents.write(catalogue, Shapes.CATALOGUE, context(catalogue), out, "catalogue");
  }

  /**
   * Writes a catalogue as JSON text.
   *
   * @param catalogue the catalogue
   * @return the document, ending with a newline
   */
  public String toJson(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return documents.toJson(catalogue, Shapes.CATALOGUE, context(catalogue), "catalogue");
  }

  /** Sets and maps keyed by proficiency step are written in the order of the scale. */
  static Kind.WriteContext context(Catalogue catalogue) {
    return new Kind.WriteContext(
        Comparator.<ProficiencyId>comparingInt(
                step -> catalogue.find(step).map(Proficiency::rank).orElse(Integer.MAX_VALUE))
            .thenComparing(Comparator.naturalOrder()));
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the format.
   *
   * @return the schema's text
   */
  public static String schema() {
    return resource(SCHEMA_RESOURCE);
  }

  static String resource(String name) {
    try (InputStream in = CatalogueJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
