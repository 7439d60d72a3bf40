package io.github.competency.core.internal.json;

import io.github.competency.core.CompetencyException;
import io.github.competency.core.Problem;
import io.github.competency.core.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one JSON document, or one value inside a host's document, against a {@link Shape},
 * strictly: unknown fields, repeated fields, wrong types, missing required fields and malformed
 * ids are all collected, each with its path and position, and thrown together. Every format of
 * the library (catalogue, profile, overlay, translation) is read by this one engine from its
 * tables. A reader may read a part of its document again later ({@link #at}), sharing its
 * problems.
 *
 * <p>Not thread-safe; one reader reads one document.
 */
public final class DocumentReader {

  private final JsonParser parser;
  private final int maxProblems;
  private final Function<List<Problem>, ? extends CompetencyException> failure;
  private final List<Problem> problems;
  private final Span origin;
  private final Budget budget;

  /** The memory a reader may still give what it keeps, shared with the readers of its parts. */
  private static final class Budget {
    long total = Long.MAX_VALUE;
    long left = Long.MAX_VALUE;
    Function<Long, String> refusal;
  }

  /** The limits this reader checks itself: those of a host's parser are the host's. */
  private final Limits limits;

  /** The nesting depth of the parser where the value began. */
  private final int baseDepth;

  /** Where in the input the value began, or -1 where its extent need not be checked. */
  private final long start;

  /**
   * Creates a reader of the document a parser reads, whose parser enforces the document's
   * limits: none to check here but the problems.
   *
   * @param parser the parser, before its first token or at the value to read
   * @param maxProblems after how many problems reading stops
   * @param failure the exception a document with problems fails with
   */
  public DocumentReader(
      JsonParser parser,
      int maxProblems,
      Function<List<Problem>, ? extends CompetencyException> failure) {
    this(
        parser,
        new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, maxProblems),
        failure,
        false);
  }

  /**
   * Creates a reader that checks the limits itself: the depth of the value, the length of its
   * strings and, if {@code extent} is true, the size of the value in the input. The library's
   * own documents are bounded by their parsers; a value inside a host's document is bounded
   * here.
   *
   * @param parser the parser, before its first token or at the value to read
   * @param limits the limits to check
   * @param failure the exception a document with problems fails with
   * @param extent whether to check the size of the value in the input
   */
  public DocumentReader(
      JsonParser parser,
      Limits limits,
      Function<List<Problem>, ? extends CompetencyException> failure,
      boolean extent) {
    this(parser, limits, failure, extent, new ArrayList<>(), null, new Budget());
  }

  private DocumentReader(
      JsonParser parser,
      Limits limits,
      Function<List<Problem>, ? extends CompetencyException> failure,
      boolean extent,
      List<Problem> problems,
      Span origin,
      Budget budget) {
    this.parser = parser;
    this.maxProblems = limits.maxProblems();
    this.failure = failure;
    this.problems = problems;
    this.origin = origin;
    this.budget = budget;
    this.limits = limits;
    JsonToken at = parser.currentToken();
    // the structure a host's value opens counts, as the document's own object does
    this.baseDepth =
        depth(parser) - (at == JsonToken.START_OBJECT || at == JsonToken.START_ARRAY ? 1 : 0);
    this.start = extent ? offset(parser.currentTokenLocation()) : -1;
  }

  private static int depth(JsonParser parser) {
    return parser.streamReadContext() == null ? 0 : parser.streamReadContext().getNestingDepth();
  }

  /** The offset of a location in bytes or characters, whichever the input counts; or -1. */
  private static long offset(TokenStreamLocation location) {
    return location == null ? -1 : Math.max(location.getByteOffset(), location.getCharOffset());
  }

  /**
   * Returns a reader of a part of the same document, which a parser reads from the part's start
   * ({@link JsonDocuments.Input#parser(Span)}); it shares this reader's problems and gives its
   * problems their positions in the whole document.
   *
   * @param part a parser at the start of the part
   * @param start where the part starts in the document
   * @return the reader
   */
  public DocumentReader at(JsonParser part, Span start) {
    return new DocumentReader(part, limits, failure, false, problems, start, budget);
  }

  /**
   * Bounds the memory what is read may take: formats that keep what they read element by
   * element tell the reader the estimated cost of each ({@link #spend}); a document whose
   * elements cost more than the budget is refused at the element where it ran out, so that any
   * document within the read limits is read or refused in a memory bounded by its size.
   *
   * @param bytes the budget, in estimated bytes of memory
   * @param refusal the problem's message, given the budget
   */
  public void limitMemory(long bytes, Function<Long, String> refusal) {
    budget.total = bytes;
    budget.left = bytes;
    budget.refusal = refusal;
  }

  /**
   * Spends some of the memory budget on an element kept; past the budget, the document is
   * refused, with every problem found so far and one at this element.
   *
   * @param bytes the element's estimated cost
   * @param path its path
   * @throws CompetencyException once the budget is spent
   */
  public void spend(long bytes, JsonPath path) {
    budget.left -= bytes;
    if (budget.left < 0 && budget.refusal != null) {
      Function<Long, String> refusal = budget.refusal;
      budget.refusal = null;
      Problem problem =
          located(path.toString(), refusal.apply(budget.total), parser.currentTokenLocation());
      problems.add(origin != null && problem.line().isPresent() ? origin.shift(problem) : problem);
      throw failure.apply(problems);
    }
  }

  /**
   * Returns where the current token starts, to read the value there again later with {@link
   * #at}.
   *
   * @return the position
   */
  public Span span() {
    return Span.of(parser.currentTokenLocation());
  }

  /**
   * Returns the parser.
   *
   * @return the parser
   */
  public JsonParser parser() {
    return parser;
  }

  /**
   * Returns the problems found so far.
   *
   * @return the problems, in the order found
   */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Returns how many problems were found so far.
   *
   * @return the number
   */
  public int problemCount() {
    return problems.size();
  }

  /**
   * Throws the problems found so far, if there are any.
   *
   * @throws CompetencyException listing them
   */
  public void failIfProblems() {
    if (!problems.isEmpty()) {
      throw failure.apply(problems);
    }
  }

  /**
   * Reads what a format reads its own way, turning a failure of the parser into the exception
   * with every problem so far, as {@link #readDocument} does.
   *
   * @param read what to read
   * @return what {@code read} returns
   * @param <T> its type
   * @throws CompetencyException if the document is not JSON
   */
  public <T> T reading(Supplier<T> read) {
    try {
      return read.get();
    } catch (JacksonException e) {
      throw malformedHere(e);
    }
  }

  /**
   * Reads a value of a part of the document, turning a failure of the parser into a problem.
   *
   * @param path the path of the part
   * @param read what to read with this reader
   * @return what {@code read} returns, or null if the parser failed
   * @param <T> the type of the value
   */
  public <T> T guarded(JsonPath path, Function<DocumentReader, T> read) {
    try {
      return read.apply(this);
    } catch (JacksonException e) {
      problem(path, malformed(path.toString(), e, e.getLocation()).message(), e.getLocation());
      return null;
    }
  }

  /**
   * Reads a whole document: one object of the root shape and nothing after it.
   *
   * @return a builder holding the whole document, ready to build
   * @throws CompetencyException listing every problem found in the document
   */
  public <B> B readDocument(Shape<?, B> root) {
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problem(JsonPath.ROOT, "the document is empty; expected " + root.what() + " object", null);
        throw failure.apply(problems);
      }
      B builder = root.readBuilder(this, JsonPath.ROOT);
      if (parser.nextToken() != null) {
        problem(
            JsonPath.ROOT,
            "unexpected content after the "
                + root.noun()
                + " object; a document "
                + "holds one "
                + root.noun(),
            parser.currentTokenLocation());
      }
      return finish(builder);
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  /**
   * Reads a whole document into a builder: one object of the root shape and nothing after it.
   * Unlike {@link #readDocument}, problems are only noted, so that the caller can go on and find
   * more; a document that is not JSON still ends in the exception, its problem at the path of the
   * value the parser was in.
   *
   * @param root the document's shape
   * @param builder where the document's fields go
   * @return true if the document read without a problem
   * @param <B> the type of the builder
   * @throws CompetencyException if the document is not JSON, or at the limit of problems
   */
  public <B> boolean readDocument(Shape<?, B> root, B builder) {
    int before = problems.size();
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problem(JsonPath.ROOT, "the document is empty; expected " + root.what() + " object", null);
        return false;
      }
      root.readInto(this, JsonPath.ROOT, builder);
      if (parser.nextToken() != null) {
        problem(
            JsonPath.ROOT,
            "unexpected content after the "
                + root.noun()
                + " object; a document holds one "
                + root.noun(),
            parser.currentTokenLocation());
      }
      return problems.size() == before;
    } catch (JacksonException e) {
      throw malformedHere(e);
    }
  }

  /**
   * Reads the object at the parser's current token, leaving the parser on its closing brace; for
   * use inside a host application's Jackson deserialization.
   *
   * @return a builder holding the whole value, ready to build
   * @throws CompetencyException listing every problem found in the value
   */
  public <B> B readValue(Shape<?, B> shape) {
    try {
      return finish(shape.readBuilder(this, JsonPath.ROOT));
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  /**
   * Reads and builds the value at the parser's current token, for a host's deserialization.
   *
   * @throws CompetencyException listing every problem found in the value
   */
  public <V, B> V readBuiltValue(Shape<V, B> shape) {
    V value = shape.build(this, JsonPath.ROOT, readValue(shape));
    return finishValue(value);
  }

  /**
   * Returns a value read, or throws the problems found while reading it.
   *
   * @param value the value, null if it could not be read
   * @return the value
   * @param <T> its type
   */
  public <T> T finishValue(T value) {
    return finish(value);
  }

  private <B> B finish(B builder) {
    if (!problems.isEmpty() || builder == null) {
      throw failure.apply(problems);
    }
    return builder;
  }

  /** Turns a syntax error or a broken limit into one more problem, after those found so far. */
  private CompetencyException malformed(JacksonException e) {
    return malformed(e, problems.isEmpty() ? "$" : problems.get(problems.size() - 1).path());
  }

  /** The same, at the path of the value the parser is in. */
  private CompetencyException malformedHere(JacksonException e) {
    return malformed(e, path(parser.streamReadContext()));
  }

  /** The path of the value a parser is in, as problems spell paths. */
  private static String path(TokenStreamContext context) {
    List<TokenStreamContext> chain = new ArrayList<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(0, c);
    }
    JsonPath path = JsonPath.ROOT;
    for (TokenStreamContext c : chain) {
      if (c.inArray()) {
        path = c.hasCurrentIndex() ? path.index(c.getCurrentIndex()) : path;
      } else if (c.currentName() != null) {
        path = path.child(c.currentName());
      }
    }
    return path.toString();
  }

  private CompetencyException malformed(JacksonException e, String path) {
    List<Problem> all = new ArrayList<>(problems);
    TokenStreamLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      location = parser.currentLocation();
    }
    all.add(malformed(path, e, location));
    return failure.apply(all);
  }

  /** A problem for a failure of the JSON parser, in words without Jackson's internals. */
  static Problem malformed(String path, JacksonException e, TokenStreamLocation location) {
    if (e instanceof StreamConstraintsException) {
      return located(path, limit(e.getOriginalMessage()), location);
    }
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    int end = message.indexOf('\n');
    message = end < 0 ? message : message.substring(0, end);
    // Jackson names its input source, which says nothing to the reader of a document
    message =
        message
            .replaceAll("\\s*\\(start marker at \\[Source: .*", "")
            .replaceAll("\\[Source: [^\\]]*\\]", "");
    if (message.length() > 300) {
      message = message.substring(0, 300) + "...";
    }
    message =
        (e instanceof InputCoercionException ? "number out of range: " : "malformed JSON: ")
            + message;
    return located(path, message, location);
  }

  /** A broken read limit, in the library's words and naming the limit to raise. */
  private static String limit(String jackson) {
    String text = jackson == null ? "" : jackson;
    if (text.contains("nesting depth")) {
      return "the document nests arrays and objects deeper than the limit of "
          + number(text, "maximum allowed (")
          + " (ReadLimits.maxDepth)";
    }
    if (text.contains("String value length")) {
      return "a string is longer than the limit of "
          + number(text, "maximum allowed (")
          + " characters (ReadLimits.maxStringLength)";
    }
    if (text.contains("Number value length")) {
      return "a number has more digits than the limit of " + number(text, "maximum allowed (");
    }
    if (text.contains("Document length")) {
      return "the document is larger than the limit of "
          + number(text, "maximum allowed (")
          + " (ReadLimits.maxDocumentBytes)";
    }
    return "the document is beyond a read limit";
  }

  private static String number(String text, String after) {
    int start = text.indexOf(after);
    if (start < 0) {
      return "the limit";
    }
    start += after.length();
    int end = start;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end > start ? text.substring(start, end) : "the limit";
  }

  // ------------------------------------------------------------------------------- structure

  /** The fields of an object being read: at most 64, looked up by name. */
  public interface Fields {
    /**
     * Returns the position of a field.
     *
     * @param name the field's name
     * @return its position, or -1 if the object has no such field
     */
    int indexOf(String name);

    /**
     * Reads the value at the current token into the field at a position.
     *
     * @param index the field's position
     * @param path the path of the value
     */
    void read(int index, JsonPath path);

    /**
     * Takes note of a field the object does not have, whose value is the current token; its
     * value is skipped after. Strict objects answer false, which makes the field a problem.
     *
     * @param name the field's name
     * @param path the path of its value
     * @return true if the field is allowed
     */
    default boolean unknown(String name, JsonPath path) {
      return false;
    }
  }

  /**
   * Reads the object at the current token, field by field.
   *
   * @param required a bit for each field position that must be present
   * @return true if the object and everything in it read without a problem
   */
  public boolean object(
      JsonPath path, String what, Fields handler, List<String> fields, long required) {
    int before = problems.size();
    TokenStreamLocation start = parser.currentTokenLocation();
    if (!expect(path, JsonToken.START_OBJECT, what + " (an object)")) {
      return false;
    }
    long seen = 0;
    Set<String> unknown = null;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      int index = handler.indexOf(name);
      boolean repeated;
      if (index >= 0) {
        repeated = (seen & (1L << index)) != 0;
        seen |= 1L << index;
      } else {
        unknown = unknown == null ? new HashSet<>() : unknown;
        repeated = !unknown.add(name);
      }
      if (!repeated && index < 0) {
        TokenStreamLocation location = parser.currentTokenLocation();
        parser.nextToken();
        if (!handler.unknown(name, path.child(name))) {
          problem(
              path.child(name),
              "unknown field '"
                  + Texts.abbreviate(name)
                  + "' in "
                  + what
                  + "; its fields are "
                  + String.join(", ", fields),
              location);
        }
        parser.skipChildren();
      } else if (repeated) {
        TokenStreamLocation location = parser.currentTokenLocation();
        parser.nextToken();
        problem(
            path.child(name),
            "field '" + Texts.abbreviate(name) + "' appears more than once",
            location);
        parser.skipChildren();
      } else {
        parser.nextToken();
        handler.read(index, path.child(name));
      }
    }
    long missing = required & ~seen;
    for (int i = 0; missing != 0; i++, missing >>>= 1) {
      if ((missing & 1) != 0) {
        problem(path, "missing required field '" + fields.get(i) + "' in " + what, start);
      }
    }
    return problems.size() == before;
  }

  /** Reads an array at the current token; elements that had problems are left out. */
  public <T> List<T> array(JsonPath path, Function<JsonPath, T> element) {
    List<T> items = new ArrayList<>();
    if (!expect(path, JsonToken.START_ARRAY, "an array")) {
      return items;
    }
    int index = 0;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY && token != null;
        token = parser.nextToken()) {
      T item = element.apply(path.index(index++));
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  public boolean expect(JsonPath path, JsonToken token, String what) {
    if (parser.currentToken() == token) {
      return token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY || within(path);
    }
    problem(
        path,
        "expected " + what + ", found " + describe(parser.currentToken()),
        parser.currentTokenLocation());
    parser.skipChildren();
    return false;
  }

  // ------------------------------------------------------------------------------- values

  public String string(JsonPath path) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      expect(path, JsonToken.VALUE_STRING, "a string");
      return null;
    }
    if (parser.getStringLength() > limits.maxStringLength()) {
      problem(
          path,
          "a string is longer than the limit of "
              + limits.maxStringLength()
              + " characters (ReadLimits.maxStringLength)",
          parser.currentTokenLocation());
      return null;
    }
    within(path);
    return parser.getString();
  }

  /**
   * Checks the depth of the structure that starts at the current token and the extent read so
   * far; a structure too deep is skipped as a problem, a value too large ends the reading.
   *
   * @return true if the current token is within the limits
   */
  private boolean within(JsonPath path) {
    if (start >= 0) {
      long at = offset(parser.currentLocation());
      if (at >= 0 && at - start > limits.maxDocumentBytes()) {
        problem(
            path,
            "the value is larger than the limit of "
                + limits.maxDocumentBytes()
                + " bytes (ReadLimits.maxDocumentBytes)",
            parser.currentTokenLocation());
        throw failure.apply(problems);
      }
    }
    if (depth(parser) - baseDepth > limits.maxDepth()) {
      problem(
          path,
          "the document nests arrays and objects deeper than the limit of "
              + limits.maxDepth()
              + " (ReadLimits.maxDepth)",
          parser.currentTokenLocation());
      parser.skipChildren();
      return false;
    }
    return true;
  }

  public Integer integer(JsonPath path) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      expect(path, JsonToken.VALUE_NUMBER_INT, "a whole number");
      return null;
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      problem(
          path,
          "number "
              + Texts.abbreviate(parser.getString())
              + " is out of range; "
              + "expected a whole number from "
              + Integer.MIN_VALUE
              + " to "
              + Integer.MAX_VALUE,
          parser.currentTokenLocation());
      return null;
    }
    return parser.getIntValue();
  }

  public Double number(JsonPath path) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      expect(path, JsonToken.VALUE_NUMBER_FLOAT, "a number");
      return null;
    }
    return parser.getDoubleValue();
  }

  public Boolean bool(JsonPath path) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      expect(path, JsonToken.VALUE_TRUE, "true or false");
      return null;
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /**
   * Reads a string and converts it; a failed conversion (null) is a problem with the message
   * {@code whyNot} gives for the whole text, which abbreviates what it quotes.
   */
  public <T> T text(JsonPath path, Function<String, T> convert, Function<String, String> whyNot) {
    TokenStreamLocation location = parser.currentTokenLocation();
    String text = string(path);
    if (text == null) {
      return null;
    }
    T value = convert.apply(text);
    if (value == null) {
      problem(path, whyNot.apply(text), location);
    }
    return value;
  }

  // ------------------------------------------------------------------------------- problems

  public void problem(JsonPath path, String message, TokenStreamLocation location) {
    problem(path.toString(), message, location);
  }

  /**
   * Notes a problem; throws every problem once there are as many as the limit.
   *
   * @param path where, as problems spell paths
   * @param message what is wrong
   * @param location the position in the part this reader reads, or null for none
   */
  public void problem(String path, String message, TokenStreamLocation location) {
    Problem problem = located(path, message, location);
    if (origin != null && problem.line().isPresent()) {
      problem = origin.shift(problem);
    }
    problems.add(problem);
    if (problems.size() >= maxProblems) {
      problems.add(Problem.of("$", "stopped reading after " + maxProblems + " problems"));
      throw failure.apply(problems);
    }
  }

  static Problem located(String path, String message, TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return Problem.of(path, message);
    }
    return Problem.of(path, message, location.getLineNr(), location.getColumnNr());
  }

  /** The path of a field; a field with an empty name is spelled {@code ""}. */
  static String child(String path, String name) {
    String field = name.isEmpty() ? "\"\"" : Texts.abbreviate(name);
    return path.equals("$") ? field : path + "." + field;
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }
}
