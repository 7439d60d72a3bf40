package io.github.competency.core.json;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Overlay;
import io.github.competency.core.Overlays;
import io.github.competency.core.ValidationException;
import io.github.competency.core.internal.json.JsonDocuments;
import io.github.competency.core.internal.json.Kind;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes overlays in the {@value #FORMAT} JSON format, and applies overlay files to a
 * catalogue with every problem located in the file that caused it.
 *
 * <p>Reading is as strict as for catalogues (unknown and repeated fields, wrong types,
 * malformed ids, all problems at once with path, line and column; UTF-8 only; within the
 * {@link ReadLimits}) and throws {@link ValidationException}. Writing is deterministic. The
 * JSON Schema ships at {@value #SCHEMA_RESOURCE}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OverlayJson {

  /** The name and version of the format, the value of every document's {@code format} field. */
  public static final String FORMAT = OverlayShapes.FORMAT;

  /** Where the format's JSON Schema (draft 2020-12) lies in this library's jar. */
  public static final String SCHEMA_RESOURCE = "/schemas/competency-overlay-1.schema.json";

  private static final OverlayJson DEFAULTS = new OverlayJson(ReadLimits.defaults());

  private final JsonDocuments<ValidationException> documents;

  private OverlayJson(ReadLimits limits) {
    this.documents =
        new JsonDocuments<>(
            limits.engine(), problems -> new ValidationException("overlay", problems));
  }

  /**
   * Returns a reader and writer with the default {@link ReadLimits}.
   *
   * @return the shared instance
   */
  public static OverlayJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a reader and writer with other limits.
   *
   * @param limits the limits for reading
   * @return a new instance
   */
  public OverlayJson withLimits(ReadLimits limits) {
    return new OverlayJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads an overlay from a stream of UTF-8 JSON, which is read to its end but not closed.
   *
   * @param json the document
   * @return the overlay
   * @throws ValidationException listing every problem of the document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Overlay read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return parse(documents.text(json, "overlay"));
  }

  /**
   * Reads an overlay from a UTF-8 JSON file.
   *
   * @param file the file
   * @return the overlay
   * @throws ValidationException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public Overlay read(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(text(file));
  }

  /**
   * Reads an overlay from JSON text.
   *
   * @param json the document
   * @return the overlay
   * @throws ValidationException listing every problem of the document
   */
  public Overlay fromJson(String json) {
    Objects.requireNonNull(json, "json");
    return parse(documents.text(json));
  }

  private Overlay parse(JsonDocuments<ValidationException>.Input json) {
    return documents.parse(json, OverlayShapes.OVERLAY, OverlayShapes.Document::build);
  }

  /**
   * Reads overlay files and applies them to a catalogue in order, as
   * {@link Overlays#apply(Catalogue, List)} does; a problem is reported with its position in
   * the file that caused it, and the exception names that file.
   *
   * @param base the catalogue
   * @param files the overlay files, the first applied first
   * @return the result and where its items come from
   * @throws ValidationException listing every problem of the first file that does not read or
   *     does not fit
   * @throws UncheckedIOException if a file cannot be read
   */
  public Overlays.Layered apply(Catalogue base, List<Path> files) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(files, "files");
    List<Overlay> overlays = new ArrayList<>();
    List<JsonDocuments<ValidationException>.Input> texts = new ArrayList<>();
    for (Path file : files) {
      JsonDocuments<ValidationException>.Input json;
      try {
        json = text(file);
        overlays.add(parse(json));
      } catch (ValidationException e) {
        throw new ValidationException("overlay " + file, e.problems());
      }
      texts.add(json);
    }
    List<Overlay> applied = new ArrayList<>();
    for (int i = 0; i < overlays.size(); i++) {
      applied.add(overlays.get(i));
      try {
        Overlays.apply(base, applied);
      } catch (ValidationException e) {
        throw new ValidationException(
            "overlay " + files.get(i), documents.locate(e.problems(), texts.get(i)).problems());
      }
    }
    return Overlays.apply(base, overlays);
  }

  private JsonDocuments<ValidationException>.Input text(Path file) {
    return documents.file(file, "overlay");
  }

  /**
   * Writes an overlay as UTF-8 JSON to a stream, which is flushed but not closed.
   *
   * @param overlay the overlay
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(Overlay overlay, OutputStream out) {
    Objects.requireNonNull(overlay, "overlay");
    Objects.requireNonNull(out, "out");
    documents.write(
        OverlayShapes.Document.of(overlay),
        OverlayShapes.OVERLAY,
        Kind.WriteContext.ID_ORDER,
        out,
        "overlay");
  }

  /**
   * Writes an overlay as JSON text.
   *
   * @param overlay the overlay
   * @return the document, ending with a newline
   */
  public String toJson(Overlay overlay) {
    Objects.requireNonNull(overlay, "overlay");
    return documents.toJson(
        OverlayShapes.Document.of(overlay),
        OverlayShapes.OVERLAY,
        Kind.WriteContext.ID_ORDER,
        "overlay");
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
