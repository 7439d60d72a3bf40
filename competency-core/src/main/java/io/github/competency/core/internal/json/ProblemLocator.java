package io.github.competency.core.internal.json;

import io.github.competency.core.Problem;
import io.github.competency.core.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds the line and column of problems found after reading, when the value is checked as
 * a whole: one more pass over the document that notes the position of each wanted path. Doing
 * this only when a value is invalid keeps positions out of memory for valid ones. A problem
 * that has a position already keeps it.
 */
public final class ProblemLocator {

  private final JsonParser parser;
  private final Set<String> wanted;
  private final Map<String, TokenStreamLocation> found = new HashMap<>();

  private ProblemLocator(JsonParser parser, Set<String> wanted) {
    this.parser = parser;
    this.wanted = wanted;
  }

  /**
   * Returns the problems with their positions, where the document has them, as an exception.
   *
   * @param problems the problems, each with the path of its element
   * @param document a new parser of the document, each time it is asked
   * @param failure the exception of the format
   * @return the exception, to throw
   * @param <E> its type
   */
  public static <E extends ValidationException> E locate(
      List<Problem> problems, Supplier<JsonParser> document, Function<List<Problem>, E> failure) {
    Set<String> wanted = new HashSet<>();
    for (Problem problem : problems) {
      for (String path = problem.path(); path != null; path = parent(path)) {
        wanted.add(path);
      }
    }
    Map<String, TokenStreamLocation> found;
    try (JsonParser parser = document.get()) {
      ProblemLocator locator = new ProblemLocator(parser, wanted);
      parser.nextToken();
      locator.value("$");
      found = locator.found;
    } catch (JacksonException e) {
      // the document parsed once already; without positions the problems still stand
      return failure.apply(problems);
    }
    List<Problem> located = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      TokenStreamLocation location = null;
      for (String path = problem.path(); location == null && path != null; path = parent(path)) {
        location = found.get(path);
      }
      located.add(
          problem.line().isPresent()
                  || location == null
                  || location.getLineNr() < 1
                  || location.getColumnNr() < 1
              ? problem
              : problem.withPosition(location.getLineNr(), location.getColumnNr()));
    }
    return failure.apply(located);
  }

  private void value(String path) {
    if (wanted.contains(path)) {
      found.putIfAbsent(path, parser.currentTokenLocation());
    }
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String at = DocumentReader.child(path, parser.currentName());
        if (wanted.contains(at)) {
          found.putIfAbsent(at, parser.currentTokenLocation());
        }
        parser.nextToken();
        if (wanted.contains(at)) {
          value(at);
        } else {
          parser.skipChildren();
        }
      }
    } else if (token == JsonToken.START_ARRAY) {
      int index = 0;
      for (JsonToken t = parser.nextToken();
          t != JsonToken.END_ARRAY && t != null;
          t = parser.nextToken()) {
        String at = path + "[" + index++ + "]";
        if (wanted.contains(at)) {
          value(at);
        } else {
          parser.skipChildren();
        }
      }
    }
  }

  /**
   * Returns the enclosing path: {@code roles[2].level -> roles[2] -> roles -> $ -> null}.
   *
   * @param path a path as problems spell it
   * @return the enclosing one, or null for {@code $}
   */
  public static String parent(String path) {
    if (path.equals("$")) {
      return null;
    }
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "$" : path.substring(0, cut);
  }
}
