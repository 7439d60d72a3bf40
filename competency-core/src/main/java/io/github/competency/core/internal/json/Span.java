package io.github.competency.core.internal.json;

import io.github.competency.core.Problem;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where a value starts in a document: its offset (in bytes for a document read from bytes, in
 * characters for text) and its line and column, so that it can be read again later and its
 * problems be given their positions in the whole document.
 *
 * @param offset the offset of the value's first character
 * @param line its line, from 1
 * @param column its column on that line, from 1, counted as the parser counts them
 */
public record Span(long offset, int line, int column) {

  /**
   * Returns the span starting at a parser's location.
   *
   * @param location the location
   * @return the span
   */
  public static Span of(TokenStreamLocation location) {
    long bytes = location.getByteOffset();
    return new Span(
        bytes >= 0 ? bytes : location.getCharOffset(),
        location.getLineNr(),
        location.getColumnNr());
  }

  /** A problem found reading from this span, at its position in the whole document. */
  Problem shift(Problem problem) {
    int line = problem.line().getAsInt();
    int column = problem.column().getAsInt();
    return problem.withPosition(
        line + this.line - 1, line == 1 ? column + this.column - 1 : column);
  }
}
