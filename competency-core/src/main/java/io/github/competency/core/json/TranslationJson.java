package io.github.competency.core.json;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Problem;
import io.github.competency.core.Translation;
import io.github.competency.core.Translations;
import io.github.competency.core.ValidationException;
import io.github.competency.core.internal.json.JsonDocuments;
import io.github.competency.core.internal.json.Kind;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes translations in the {@value #FORMAT} JSON format: a catalogue's texts in
 * another language, by item id, each with the fingerprint of the source text it translates.
 *
 * <p>Reading is as strict as for catalogues (unknown and repeated fields, wrong types, malformed
 * ids and fingerprints, all problems at once with path, line and column; UTF-8 only; within the
 * {@link ReadLimits}), and throws {@link ValidationException}. Given the catalogue translated,
 * reading also refuses texts the catalogue does not have, with their positions. Writing is
 * deterministic, texts in the translation's order. The JSON Schema ships at
 * {@value #SCHEMA_RESOURCE}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TranslationJson {

  /** The name and version of the format, the value of every document's {@code format} field. */
  public static final String FORMAT = TranslationShapes.FORMAT;

  /** Where the format's JSON Schema (draft 2020-12) lies in this library's jar. */
  public static final String SCHEMA_RESOURCE = "/schemas/competency-translation-1.schema.json";

  private static final TranslationJson DEFAULTS = new TranslationJson(ReadLimits.defaults());

  private final JsonDocuments<ValidationException> documents;

  private TranslationJson(ReadLimits limits) {
    this.documents =
        new JsonDocuments<>(
            limits.engine(), problems -> new ValidationException("translation", problems));
  }

  /**
   * Returns a reader and writer with the default {@link ReadLimits}.
   *
   * @return the shared instance
   */
  public static TranslationJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a reader and writer with other limits.
   *
   * @param limits the limits for reading
   * @return a new instance
   */
  public TranslationJson withLimits(ReadLimits limits) {
    return new TranslationJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads a translation from a stream of UTF-8 JSON, which is read to its end but not closed.
   *
   * @param json the document
   * @return the translation
   * @throws ValidationException listing every problem of the document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Translation read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return parse(documents.text(json, "translation"), null);
  }

  /**
   * Reads a translation of a catalogue from a stream of UTF-8 JSON and checks it against the
   * catalogue: every text it translates must be one the catalogue has.
   *
   * @param json the document, read to its end but not closed
   * @param translated the catalogue it translates
   * @return the translation
   * @throws ValidationException listing every problem, with its position
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Translation read(InputStream json, Catalogue translated) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(translated, "translated");
    return parse(documents.text(json, "translation"), translated);
  }

  /**
   * Reads a translation from a UTF-8 JSON file.
   *
   * @param file the file
   * @return the translation
   * @throws ValidationException listing every problem of the document
   * @throws UncheckedIOException if the file cannot be read
   */
  public Translation read(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(documents.file(file, "translation"), null);
  }

  /**
   * Reads a translation from JSON text.
   *
   * @param json the document
   * @return the translation
   * @throws ValidationException listing every problem of the document
   */
  public Translation fromJson(String json) {
    Objects.requireNonNull(json, "json");
    return parse(documents.text(json), null);
  }

  private Translation parse(JsonDocuments<ValidationException>.Input json, Catalogue translated) {
    return documents.parse(
        json,
        TranslationShapes.BUNDLE,
        bundle -> {
          Translation translation = bundle.build();
          if (translated != null) {
            try {
              Translations.of(translated, List.of(translation));
            } catch (ValidationException e) {
              throw new ValidationException(
                  "translation",
                  e.problems().stream().map(p -> Problem.of(p.path(), p.message())).toList());
            }
          }
          return translation;
        });
  }

  /**
   * Writes a translation as UTF-8 JSON to a stream, which is flushed but not closed.
   *
   * @param translation the translation
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(Translation translation, OutputStream out) {
    Objects.requireNonNull(translation, "translation");
    Objects.requireNonNull(out, "out");
    documents.write(
        TranslationShapes.Bundle.of(translation),
        TranslationShapes.BUNDLE,
        Kind.WriteContext.ID_ORDER,
        out,
        "translation");
  }

  /**
   * Writes a translation as JSON text.
   *
   * @param translation the translation
   * @return the document, ending with a newline
   */
  public String toJson(Translation translation) {
    Objects.requireNonNull(translation, "translation");
    return documents.toJson(
        TranslationShapes.Bundle.of(translation),
        TranslationShapes.BUNDLE,
        Kind.WriteContext.ID_ORDER,
        "translation");
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
