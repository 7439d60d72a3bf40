package io.github.competency.core.json;

import io.github.competency.core.Catalogue;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes catalogues in the {@value #FORMAT} JSON format.
 *
 * <p>Reading is strict: unknown fields, repeated fields, values of the wrong type, missing
 * required fields, malformed ids, an unknown {@code format} and content after the catalogue are
 * errors. Every problem is collected and thrown at once as an {@link InvalidCatalogueException},
 * each with its path and its line and column. Any input, however broken, ends in a catalogue or
 * in that exception; input beyond the {@link ReadLimits} is refused the same way.
 *
 * <p>Writing is deterministic: fields in a fixed order, two-space indentation, {@code \n} line
 * ends, UTF-8, a final newline. The same catalogue always gives the same bytes, and reading
 * then writing a written catalogue gives them back unchanged.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogueJson {

  /** The name and version of the format, the value of every document's {@code format} field. */
  public static final String FORMAT = CatalogueReader.FORMAT;

  /** Where the format's JSON Schema (draft 2020-12) lies in this library's jar. */
  public static final String SCHEMA_RESOURCE = "/schemas/competency-catalogue-1.schema.json";

  private static final CatalogueJson DEFAULTS = new CatalogueJson(ReadLimits.defaults());

  private final ReadLimits limits;
  private final JsonFactory factory;
  private final JsonMapper writer;

  private CatalogueJson(ReadLimits limits) {
    this.limits = limits;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .build())
        .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    this.writer = JsonMapper.builder(factory)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(printer)
        .build();
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
   *     catalogue or is beyond the limits
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Catalogue read(InputStream json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes;
    try {
      bytes = json.readNBytes(limits.maxDocumentBytes() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalogue: " + e.getMessage(), e);
    }
    if (bytes.length > limits.maxDocumentBytes()) {
      throw tooLarge("bytes");
    }
    return read(() -> factory.createParser(ObjectReadContext.empty(), bytes));
  }

  /**
   * Reads a catalogue from a UTF-8 JSON file.
   *
   * @param file the file
   * @return the catalogue, validated
   * @throws InvalidCatalogueException listing every problem if the file is not a valid
   *     catalogue or is beyond the limits
   * @throws UncheckedIOException if the file cannot be read
   */
  public Catalogue read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalogue file " + file + ": " + e, e);
    }
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
    if (json.length() > limits.maxDocumentBytes()) {
      throw tooLarge("characters");
    }
    return read(() -> factory.createParser(ObjectReadContext.empty(), json));
  }

  private Catalogue read(Supplier<JsonParser> document) {
    Catalogue.Builder builder;
    try (JsonParser parser = document.get()) {
      builder = new CatalogueReader(parser, limits.maxProblems()).readDocument();
    } catch (JacksonException e) {
      // the reader turns every failure while reading into problems; this is one found while
      // opening the document, such as an unsupported encoding
      throw new InvalidCatalogueException(List.of(CatalogueReader.malformed("$", e)));
    }
    try {
      return builder.build();
    } catch (InvalidCatalogueException e) {
      throw ProblemLocator.locate(e, document);
    }
  }

  private InvalidCatalogueException tooLarge(String unit) {
    return new InvalidCatalogueException(List.of(Problem.of("$", "the document is larger than "
        + "the limit of " + limits.maxDocumentBytes() + " " + unit + " (ReadLimits.maxDocumentBytes)")));
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
    try (JsonGenerator generator = writer.createGenerator(new NonClosing(out))) {
      CatalogueWriter.write(catalogue, generator);
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw new UncheckedIOException("cannot write the catalogue: " + cause.getMessage(),
            (IOException) cause);
      }
      throw e;
    }
  }

  /**
   * Writes a catalogue as JSON text.
   *
   * @param catalogue the catalogue
   * @return the document, ending with a newline
   */
  public String toJson(Catalogue catalogue) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(catalogue, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the format.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = CatalogueJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + SCHEMA_RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps the generator from closing the caller's stream; flushes instead. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
