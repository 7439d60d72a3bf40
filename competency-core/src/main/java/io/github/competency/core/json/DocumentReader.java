package io.github.competency.core.json;

import io.github.competency.core.CompetencyException;
import io.github.competency.core.Problem;
import io.github.competency.core.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one JSON document, or one value inside a host's document, against a {@link Shape},
 * strictly: unknown fields, repeated fields, wrong types, missing required fields and malformed
 * ids are all collected, each with its path and position, and thrown together. Every format of
 * the library (catalogue, profile, overlay, translation) is read by this one engine from its
 * tables.
 *
 * <p>Not thread-safe; one reader reads one document.
 */
final class DocumentReader {

  private final JsonParser parser;
  private final int maxProblems;
  private final Function<List<Problem>, ? extends CompetencyException> failure;
  private final List<Problem> problems = new ArrayList<>();

  DocumentReader(
      JsonParser parser,
      int maxProblems,
      Function<List<Problem>, ? extends CompetencyException> failure) {
    this.parser = parser;
    this.maxProblems = maxProblems;
    this.failure = failure;
  }

  JsonParser parser() {
    return parser;
  }

  /**
   * Reads a whole document: one object of the root shape and nothing after it.
   *
   * @return a builder holding the whole document, ready to build
   * @throws CompetencyException listing every problem found in the document
   */
  <B> B readDocument(Shape<?, B> root) {
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
   * Reads the object at the parser's current token, leaving the parser on its closing brace; for
   * use inside a host application's Jackson deserialization.
   *
   * @return a builder holding the whole value, ready to build
   * @throws CompetencyException listing every problem found in the value
   */
  <B> B readValue(Shape<?, B> shape) {
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
  <V, B> V readBuiltValue(Shape<V, B> shape) {
    V value = shape.build(this, JsonPath.ROOT, readValue(shape));
    return finishValue(value);
  }

  /** Returns a value read, or throws the problems found while reading it. */
  <T> T finishValue(T value) {
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
    String path = problems.isEmpty() ? "$" : problems.get(problems.size() - 1).path();
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
      String unit =
          text.contains(" characters)") ? " characters" : text.contains(" bytes)") ? " bytes" : "";
      return "the document is larger than the limit of "
          + number(text, "maximum allowed (")
          + unit
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
  interface Fields {
    /** The position of the field with this name, or -1 if the object has no such field. */
    int indexOf(String name);

    /** Reads the value at the current token into the field at this position. */
    void read(int index, JsonPath path);
  }

  /**
   * Reads the object at the current token, field by field.
   *
   * @param required a bit for each field position that must be present
   * @return true if the object and everything in it read without a problem
   */
  boolean object(JsonPath path, String what, Fields handler, List<String> fields, long required) {
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
      if (repeated || index < 0) {
        TokenStreamLocation location = parser.currentTokenLocation();
        parser.nextToken();
        problem(
            path.child(name),
            repeated
                ? "field '" + Texts.abbreviate(name) + "' appears more than once"
                : "unknown field '"
                    + Texts.abbreviate(name)
                    + "' in "
                    + what
                    + "; its fields are "
                    + String.join(", ", fields),
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
  <T> List<T> array(JsonPath path, Function<JsonPath, T> element) {
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

  boolean expect(JsonPath path, JsonToken token, String what) {
    if (parser.currentToken() == token) {
      return true;
    }
    problem(
        path,
        "expected " + what + ", found " + describe(parser.currentToken()),
        parser.currentTokenLocation());
    parser.skipChildren();
    return false;
  }

  // ------------------------------------------------------------------------------- values

  String string(JsonPath path) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      expect(path, JsonToken.VALUE_STRING, "a string");
      return null;
    }
    return parser.getString();
  }

  Integer integer(JsonPath path) {
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

  Double number(JsonPath path) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      expect(path, JsonToken.VALUE_NUMBER_FLOAT, "a number");
      return null;
    }
    return parser.getDoubleValue();
  }

  Boolean bool(JsonPath path) {
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
  <T> T text(JsonPath path, Function<String, T> convert, Function<String, String> whyNot) {
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

  void problem(JsonPath path, String message, TokenStreamLocation location) {
    problems.add(located(path.toString(), message, location));
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
