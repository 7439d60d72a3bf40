package io.github.competency.core.internal.json;

import io.github.competency.core.Problem;
import io.github.competency.core.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * What every JSON format of the library shares around its tables: reading bytes within the
 * limits, insisting on UTF-8, parsing text so that columns count characters on every path,
 * turning parser failures into problems, locating the problems found when the value is checked
 * as a whole, and writing in the deterministic style. Immutable and thread-safe.
 *
 * @param <E> the exception a document of this format fails with
 */
public final class JsonDocuments<E extends ValidationException> {

  private final Limits limits;
  private final Function<List<Problem>, E> failure;
  private final JsonFactory factory;
  private final JsonMapper writer;

  /**
   * Creates the documents of a format.
   *
   * @param limits the limits of reading
   * @param failure the exception of the format, made from its problems
   */
  public JsonDocuments(Limits limits, Function<List<Problem>, E> failure) {
    this.limits = limits;
    this.failure = failure;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .maxNestingDepth(limits.maxDepth())
                    .maxStringLength(limits.maxStringLength())
                    .build())
            .build();
    this.writer =
        JsonMapper.builder(factory)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(printer())
            .build();
  }

  /**
   * Returns the project's deterministic layout: two-space indentation, {@code \n}, no padding.
   *
   * @return a new printer
   */
  public static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * Returns the exception of the format for problems.
   *
   * @param problems the problems
   * @return the exception, to throw
   */
  public E failure(List<Problem> problems) {
    return failure.apply(problems);
  }

  // ------------------------------------------------------------------------------- reading

  /**
   * Reads a stream to its end, within the size limit, as a UTF-8 document. The bytes are parsed
   * as they are, which is faster than decoding them first; columns of problems are counted in
   * characters all the same.
   *
   * @param in the stream, read to its end but not closed
   * @param what what the document is, for messages
   * @return the document
   * @throws ValidationException (as the format's exception) if the document is too large or not
   *     UTF-8
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Input text(InputStream in, String what) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(limits.maxDocumentBytes() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + what + ": " + e.getMessage(), e);
    }
    if (bytes.length > limits.maxDocumentBytes()) {
      throw tooLarge("bytes");
    }
    String other = otherEncoding(bytes);
    if (other != null) {
      throw failure.apply(
          List.of(Problem.of("$", "the document must be UTF-8; it looks like " + other, 1, 1)));
    }
    return new Input(null, bytes, bom(bytes));
  }

  /**
   * Reads a file as {@link #text(InputStream, String)} does; a file that cannot be read fails
   * with a message naming it and saying why in words: no such file, a folder, not permitted.
   */
  public Input file(Path file, String what) {
    String named = what + " file " + file;
    if (Files.isDirectory(file)) {
      throw cannotRead(named, "it is a folder, not a file", null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return text(in, named);
    } catch (NoSuchFileException e) {
      throw cannotRead(named, "no such file", e);
    } catch (AccessDeniedException e) {
      throw cannotRead(named, "permission denied", e);
    } catch (IOException e) {
      throw cannotRead(named, e.getMessage(), e);
    }
  }

  private static UncheckedIOException cannotRead(String named, String why, IOException cause) {
    String message = "cannot read the " + named + ": " + why;
    return new UncheckedIOException(message, cause == null ? new IOException(why) : cause);
  }

  /**
   * Returns text given as a string, as a document.
   *
   * @param json the text
   * @return the document
   * @throws ValidationException (as the format's exception) if the text is too large
   */
  public Input text(String json) {
    checkSize(json);
    return new Input(json, null, 0);
  }

  /** The length of a UTF-8 byte-order mark at the start, which is skipped. */
  private static int bom(byte[] bytes) {
    return bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF
        ? 3
        : 0;
  }

  /**
   * A document to parse: text, or UTF-8 bytes. Jackson counts columns of bytes in bytes; those
   * of problems are recounted in characters, so that a problem has the same position whichever
   * way the document came.
   */
  public final class Input {
    private final String text;
    private final byte[] bytes;
    private final int start;

    private Input(String text, byte[] bytes, int start) {
      this.text = text;
      this.bytes = bytes;
      this.start = start;
    }

    /**
     * Returns a new parser of the document.
     *
     * @return the parser, before its first token
     */
    public JsonParser parser() {
      return text != null
          ? factory.createParser(ObjectReadContext.empty(), text)
          : factory.createParser(ObjectReadContext.empty(), bytes, start, bytes.length - start);
    }

    /**
     * Returns a new parser of the document from a span to its end, whose positions count from
     * the span's start ({@link DocumentReader#at} puts them back in place).
     *
     * @param span where to start, as a parser of this document gave it
     * @return the parser, before the span's first token
     */
    public JsonParser parser(Span span) {
      if (text != null) {
        StringReader reader = new StringReader(text);
        try {
          reader.skip(span.offset());
        } catch (IOException e) {
          throw new UncheckedIOException(e); // a StringReader fails only when closed
        }
        return factory.createParser(ObjectReadContext.empty(), reader);
      }
      int at = start + (int) span.offset();
      return factory.createParser(ObjectReadContext.empty(), bytes, at, bytes.length - at);
    }

    /**
     * Returns the document's length: bytes for a document read from bytes, characters for text.
     *
     * @return the length
     */
    public int length() {
      return text != null ? text.length() : bytes.length - start;
    }

    /**
     * Returns a reader of the document, which collects its problems.
     *
     * @return the reader, before the document's first token
     */
    public DocumentReader reader() {
      return new DocumentReader(parser(), limits.maxProblems(), failure);
    }

    /**
     * Returns the exception for problems of this document: each gets its line and column (in
     * characters) where the document has the element its path names, unless it has them.
     *
     * @param problems the problems
     * @return the exception, to throw
     */
    public E invalid(List<Problem> problems) {
      return locate(problems, this);
    }

    /**
     * The problems of a document that failed: for bytes that are not UTF-8, that one problem;
     * otherwise the problems with their columns counted in characters.
     */
    public List<Problem> inCharacters(List<Problem> problems) {
      if (text != null) {
        return problems;
      }
      checkUtf8(bytes); // throws the one problem of bytes that are not UTF-8
      List<Problem> counted = new ArrayList<>(problems.size());
      for (Problem problem : problems) {
        counted.add(
            problem.line().isPresent() && problem.column().isPresent()
                ? problem.withPosition(
                    problem.line().getAsInt(),
                    characterColumn(problem.line().getAsInt(), problem.column().getAsInt()))
                : problem);
      }
      return counted;
    }

    /** The column in characters of a 1-based byte column on a 1-based line. */
    private int characterColumn(int line, int byteColumn) {
      int at = start;
      for (int seen = 1; seen < line && at < bytes.length; at++) {
        if (bytes[at] == '\n') {
          seen++;
        }
      }
      int end = Math.min(bytes.length, at + byteColumn - 1);
      int column = 1;
      for (int i = at; i < end; i++) {
        int b = bytes[i] & 0xFF;
        if ((b & 0xC0) != 0x80) {
          column += b >= 0xF0 ? 2 : 1; // a four-byte character is two UTF-16 characters
        }
      }
      return column;
    }
  }

  /**
   * Checks the size of a text given as a string.
   *
   * @param json the text
   * @throws ValidationException (as the format's exception) if it is too large
   */
  public void checkSize(String json) {
    if (json.length() > limits.maxDocumentBytes()) {
      throw tooLarge("characters");
    }
  }

  private E tooLarge(String unit) {
    return failure.apply(
        List.of(
            Problem.of(
                "$",
                "the document is larger than the limit of "
                    + limits.maxDocumentBytes()
                    + " "
                    + unit
                    + " (ReadLimits.maxDocumentBytes)")));
  }

  /**
   * Checks that a document is UTF-8, a window at a time, so that a document of any size costs
   * no more memory: a UTF-8 byte-order mark is skipped; malformed UTF-8 is refused with the
   * line and column (in characters) of the first byte that does not decode.
   *
   * @param bytes the document
   * @throws ValidationException (as the format's exception) if the bytes are not UTF-8
   */
  public void checkUtf8(byte[] bytes) {
    int start = bom(bytes);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer window = CharBuffer.allocate(8192);
    int[] position = {1, 1}; // line, column
    while (true) {
      CoderResult result = decoder.decode(input, window, true);
      count(window, position);
      if (result.isError()) {
        throw notUtf8(bytes, input.position(), position);
      }
      if (result.isUnderflow()) {
        break;
      }
    }
    CoderResult flushed = decoder.flush(window);
    count(window, position);
    if (flushed.isError()) {
      throw notUtf8(bytes, input.position(), position);
    }
  }

  /** Counts the lines and columns of decoded characters, and empties the window. */
  private static void count(CharBuffer window, int[] position) {
    window.flip();
    for (int i = 0; i < window.length(); i++) {
      char c = window.charAt(i);
      if (c == '\n') {
        position[0]++;
        position[1] = 1;
      } else if (!Character.isLowSurrogate(c)) {
        position[1]++;
      }
    }
    window.clear();
  }

  private E notUtf8(byte[] bytes, int at, int[] position) {
    String bad =
        at < bytes.length ? String.format(Locale.ROOT, "0x%02X", bytes[at] & 0xFF) : "the end";
    return failure.apply(
        List.of(
            Problem.of(
                "$",
                "the document is not valid UTF-8: byte "
                    + bad
                    + " at offset "
                    + (at)
                    + " does not continue or start a character",
                position[0],
                position[1])));
  }

  /** Names the encoding of a document that is plainly not UTF-8, or null. */
  private static String otherEncoding(byte[] b) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return "UTF-32 (big-endian byte-order mark)";
    }
    if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32 (little-endian byte-order mark)";
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return "UTF-16 (big-endian byte-order mark)";
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return "UTF-16 (little-endian byte-order mark)";
    }
    for (int i = 0; i < Math.min(n, 4); i++) {
      if (b[i] == 0) {
        return "UTF-16 or UTF-32: it has zero bytes at its start";
      }
    }
    return null;
  }

  /**
   * Parses a document against its root shape; the builder is checked as a whole after.
   *
   * @param input the document
   * @param root its shape
   * @param build makes the value of the builder, throwing its problems
   * @return the value
   * @param <R> its type
   * @param <B> the builder's
   */
  public <R, B> R parse(Input input, Shape<?, B> root, Function<B, R> build) {
    B builder;
    try (JsonParser parser = input.parser()) {
      builder = new DocumentReader(parser, limits, failure, false).readDocument(root);
    } catch (JacksonException e) {
      // the reader turns failures while reading into problems; this one came at opening
      throw failure.apply(
          input.inCharacters(List.of(DocumentReader.malformed("$", e, e.getLocation()))));
    } catch (ValidationException e) {
      throw failure.apply(input.inCharacters(e.problems()));
    }
    try {
      return build.apply(builder);
    } catch (ValidationException e) {
      throw locate(e.problems(), input);
    }
  }

  /**
   * Gives problems found in a document their positions in it, as an exception.
   *
   * @param problems the problems
   * @param input the document
   * @return the exception, to throw
   */
  public E locate(List<Problem> problems, Input input) {
    List<Problem> located = ProblemLocator.locate(problems, input::parser, failure).problems();
    return failure.apply(input.inCharacters(located));
  }

  // ------------------------------------------------------------------------------- writing

  /**
   * Writes a value as a document: its root shape, then a final newline; flushes, not closes.
   *
   * @param value the value
   * @param root its shape
   * @param context the order of steps
   * @param out where to write
   * @param what what the document is, for messages
   * @param <V> the value's type
   * @throws UncheckedIOException if the stream cannot be written
   */
  public <V> void write(
      V value, Shape<V, ?> root, Kind.WriteContext context, OutputStream out, String what) {
    write(out, what, generator -> root.write(generator, value, context));
  }

  /**
   * Writes a document in the deterministic layout, then a final newline; flushes, not closes.
   *
   * @param out where to write
   * @param what what the document is, for messages
   * @param content writes the document's one value
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(OutputStream out, String what, Consumer<JsonGenerator> content) {
    try (JsonGenerator generator = writer.createGenerator(new NonClosing(out))) {
      content.accept(generator);
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw new UncheckedIOException("cannot write the " + what + ": " + io.getMessage(), io);
      }
      throw e;
    }
  }

  /**
   * Writes a value as a document's text.
   *
   * @param value the value
   * @param root its shape
   * @param context the order of steps
   * @param what what the document is, for messages
   * @param <V> the value's type
   * @return the text, with a final newline
   */
  public <V> String toJson(V value, Shape<V, ?> root, Kind.WriteContext context, String what) {
    return toJson(what, generator -> root.write(generator, value, context));
  }

  /**
   * Writes a document's text in the deterministic layout, with a final newline.
   *
   * @param what what the document is, for messages
   * @param content writes the document's one value
   * @return the text
   */
  public String toJson(String what, Consumer<JsonGenerator> content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, what, content);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Keeps the generator from closing the caller's stream; flushes instead. */
  private static final class NonClosing extends FilterOutputStream {
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
