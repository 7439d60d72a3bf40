package io.github.competency.core;

import io.github.competency.core.internal.NoBuilderStyle;
import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One thing wrong with a catalogue: where it is and what to do about it.
 *
 * <p>The {@link #path()} names the offending element the way it is reached in the JSON format,
 * for example {@code roles[3].requirements[1].skill} ({@code $} for the document as a whole).
 * Problems found while reading JSON also carry the line and column of the offending text.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@NoBuilderStyle
@Value.Immutable
public abstract class Problem {

  Problem() {}

  /**
   * Returns where the problem is.
   *
   * @return the path of the offending element, such as {@code skills[2].category}
   */
  @Value.Parameter
  public abstract String path();

  /**
   * Returns what is wrong, as a sentence a person can act on.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the line of the offending text, when the catalogue was read from JSON.
   *
   * @return the 1-based line, if known
   */
  @Value.Parameter
  public abstract OptionalInt line();

  /**
   * Returns the column of the offending text, when the catalogue was read from JSON.
   *
   * @return the 1-based column, if known
   */
  @Value.Parameter
  public abstract OptionalInt column();

  /**
   * Obtains a problem without a position in a text.
   *
   * @param path where the problem is
   * @param message what is wrong
   * @return the problem
   * @throws IllegalArgumentException if the path or the message is empty
   */
  public static Problem of(String path, String message) {
    return ImmutableProblem.of(
        check(path, "path"), check(message, "message"), OptionalInt.empty(), OptionalInt.empty());
  }

  /**
   * Obtains a problem at a position in a text.
   *
   * @param path where the problem is
   * @param message what is wrong
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the problem
   * @throws IllegalArgumentException if the path or the message is empty, or the line or the
   *     column is below 1
   */
  public static Problem of(String path, String message, int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line " + line + " and column " + column + " must be at least 1");
    }
    return ImmutableProblem.of(
        check(path, "path"),
        check(message, "message"),
        OptionalInt.of(line),
        OptionalInt.of(column));
  }

  private static String check(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isEmpty()) {
      throw new IllegalArgumentException("the " + name + " of a problem must not be empty");
    }
    return text;
  }

  /**
   * Returns a copy of this problem at a position in a text.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the copy
   */
  public final Problem withPosition(int line, int column) {
    return of(path(), message(), line, column);
  }

  /**
   * Returns the problem as one line: path, message and, if known, position.
   *
   * @return for example {@code "skills[2].category: unknown category 'db' (line 40, column 19)"}
   */
  @Override
  public final String toString() {
    String text = path() + ": " + message();
    if (line().isPresent() && column().isPresent()) {
      text += " (line " + line().getAsInt() + ", column " + column().getAsInt() + ")";
    }
    return text;
  }
}
