package io.github.competency.interchange.internal;

import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import io.github.competency.core.json.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON documents (UTF-8, as the core reads catalogues) into trees within {@link
 * ReadLimits}, turning every failure into an
 * {@link InvalidCatalogueException} whose problems carry a path and a line and column; writes
 * trees deterministically, formatted as {@code CatalogueJson} formats catalogues: two-space
 * indentation, {@code \n} line ends, UTF-8, a final newline, members in the order they were put.
 * Immutable and thread-safe.
 */
public final class JsonDocuments {

  private static final JsonMapper WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    WRITER =
        JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(printer)
            .build();
  }

  private final ReadLimits limits;
  private final JsonMapper reader;

  /**
   * Creates a reader with limits.
   *
   * @param limits the limits
   */
  public JsonDocuments(ReadLimits limits) {
    this.limits = limits;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .maxNestingDepth(limits.maxDepth())
                    .maxStringLength(limits.maxStringLength())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    // content after the document is reported below, in words of this library
    this.reader =
        JsonMapper.builder(factory).disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  /**
   * Returns the limits.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /** A document read: its tree and a way to read its tokens again, to find positions. */
  public static final class Document {
    private final JsonNode root;
    private final Supplier<JsonParser> tokens;

    Document(JsonNode root, Supplier<JsonParser> tokens) {
      this.root = root;
      this.tokens = tokens;
    }

    /**
     * Returns the tree.
     *
     * @return the root node
     */
    public JsonNode root() {
      return root;
    }

    /**
     * Returns an exception listing problems, each with its line and column where the document
     * has the element its path names (or an enclosing one).
     *
     * @param problems at least one problem
     * @return the exception, to throw
     */
    public InvalidCatalogueException invalid(List<Problem> problems) {
      return new InvalidCatalogueException(locate(problems, tokens));
    }
  }

  /**
   * Reads a document from a stream, which is read to its end but not closed.
   *
   * @param in the stream
   * @param what what the document should be, for messages, such as "a CASE package"
   * @return the document
   * @throws InvalidCatalogueException if it is not JSON or is beyond the limits
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Document read(InputStream in, String what) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(limits.maxDocumentBytes() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + ": " + e.getMessage(), e);
    }
    if (bytes.length > limits.maxDocumentBytes()) {
      throw tooLarge("bytes");
    }
    String json = Utf8.decode(bytes);
    return parse(() -> reader.createParser(json), what);
  }

  /**
   * Reads a document from a file.
   *
   * @param file the file
   * @param what what the document should be, for messages
   * @return the document
   * @throws InvalidCatalogueException if it is not JSON or is beyond the limits
   * @throws UncheckedIOException if the file cannot be read
   */
  public Document read(Path file, String what) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, what);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the file " + file + ": " + e, e);
    }
  }

  /**
   * Reads a document from text.
   *
   * @param json the text
   * @param what what the document should be, for messages
   * @return the document
   * @throws InvalidCatalogueException if it is not JSON or is beyond the limits
   */
  public Document parse(String json, String what) {
    if (json.length() > limits.maxDocumentBytes()) {
      throw tooLarge("characters");
    }
    return parse(() -> reader.createParser(json), what);
  }

  private Document parse(Supplier<JsonParser> tokens, String what) {
    JsonParser parser = null;
    try {
      parser = tokens.get();
      JsonNode root = reader.readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw new InvalidCatalogueException(
            List.of(Problem.of(Paths.ROOT, "the document is empty; expected " + what)));
      }
      if (parser.nextToken() != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        throw new InvalidCatalogueException(
            List.of(
                located(
                    Paths.ROOT,
                    "unexpected content after"
                        + " the first JSON value; a document holds "
                        + what
                        + " and nothing else",
                    at)));
      }
      return new Document(root, tokens);
    } catch (JacksonException e) {
      String path = parser == null ? Paths.ROOT : path(parser.streamReadContext());
      throw new InvalidCatalogueException(List.of(malformed(path, e)));
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (JacksonException ignored) {
          // nothing was written; closing an input parser fails only on broken input
        }
      }
    }
  }

  private InvalidCatalogueException tooLarge(String unit) {
    return new InvalidCatalogueException(
        List.of(
            Problem.of(
                Paths.ROOT,
                "the document is larger"
                    + " than the limit of "
                    + limits.maxDocumentBytes()
                    + " "
                    + unit
                    + " (ReadLimits.maxDocumentBytes)")));
  }

  /** The path of the value a parser is in, spelled as {@link Paths} spells paths. */
  private static String path(TokenStreamContext context) {
    List<TokenStreamContext> chain = new ArrayList<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(0, c);
    }
    String path = Paths.ROOT;
    for (TokenStreamContext c : chain) {
      if (c.inArray()) {
        path = c.hasCurrentIndex() ? Paths.element(path, c.getCurrentIndex()) : path;
      } else if (c.currentName() != null) {
        path = Paths.member(path, c.currentName());
      }
    }
    return path;
  }

  /** A problem for a failure of the JSON parser, in words without Jackson's internals. */
  private static Problem malformed(String path, JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    int end = message.indexOf('\n');
    message = end < 0 ? message : message.substring(0, end);
    message =
        message
            .replaceAll("\\s*\\(start marker at \\[Source: .*", "")
            .replaceAll("\\[Source: [^\\]]*\\]", "")
            .replaceAll("\\s*\\(bound as `[^`]*`\\)", "");
    if (message.length() > 300) {
      message = message.substring(0, 300) + "...";
    }
    message =
        (e instanceof InputCoercionException ? "number out of range: " : "malformed JSON: ")
            + message;
    return located(path, message, e.getLocation());
  }

  private static Problem located(String path, String message, TokenStreamLocation at) {
    return at == null || at.getLineNr() < 1
        ? Problem.of(path, message)
        : Problem.of(path, message, at.getLineNr(), at.getColumnNr());
  }

  // ------------------------------------------------------------------------------- positions

  /**
   * Gives problems the line and column of the element their path names, or of the nearest
   * enclosing element, with one more pass over the document's tokens.
   */
  private static List<Problem> locate(List<Problem> problems, Supplier<JsonParser> tokens) {
    Set<String> wanted = new HashSet<>();
    for (Problem problem : problems) {
      for (String path = problem.path(); path != null; path = Paths.parent(path)) {
        wanted.add(path);
      }
    }
    Map<String, TokenStreamLocation> found = new HashMap<>();
    try (JsonParser parser = tokens.get()) {
      parser.nextToken();
      walk(parser, Paths.ROOT, wanted, found);
    } catch (JacksonException e) {
      return problems; // the document parsed once already; the problems stand without positions
    }
    List<Problem> located = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      TokenStreamLocation at = null;
      for (String path = problem.path(); at == null && path != null; path = Paths.parent(path)) {
        at = found.get(path);
      }
      located.add(
          problem.line().isPresent() || at == null || at.getLineNr() < 1
              ? problem
              : problem.withPosition(at.getLineNr(), at.getColumnNr()));
    }
    return located;
  }

  private static void walk(
      JsonParser parser, String path, Set<String> wanted, Map<String, TokenStreamLocation> found) {
    found.putIfAbsent(path, parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String at = Paths.member(path, parser.currentName());
        TokenStreamLocation name = parser.currentTokenLocation();
        parser.nextToken();
        if (wanted.contains(at)) {
          found.putIfAbsent(at, name);
          walk(parser, at, wanted, found);
        } else {
          parser.skipChildren();
        }
      }
    } else if (token == JsonToken.START_ARRAY) {
      int index = 0;
      for (JsonToken t = parser.nextToken();
          t != JsonToken.END_ARRAY && t != null;
          t = parser.nextToken()) {
        String at = Paths.element(path, index++);
        if (wanted.contains(at)) {
          walk(parser, at, wanted, found);
        } else {
          parser.skipChildren();
        }
      }
    }
  }

  // ------------------------------------------------------------------------------- writing

  /**
   * Writes a tree as UTF-8 JSON with a final newline to a stream, which is flushed, not closed.
   *
   * @param tree the tree
   * @param out the stream
   * @param what what is written, for messages
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void write(JsonNode tree, OutputStream out, String what) {
    byte[] bytes = WRITER.writeValueAsBytes(tree);
    try {
      out.write(bytes);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a tree as JSON text with a final newline.
   *
   * @param tree the tree
   * @return the text
   */
  public static String toJson(JsonNode tree) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(tree, out, "JSON");
    return out.toString(StandardCharsets.UTF_8);
  }
}
