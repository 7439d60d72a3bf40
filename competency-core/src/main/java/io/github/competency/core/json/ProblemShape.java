package io.github.competency.core.json;

import io.github.competency.core.Problem;
import io.github.competency.core.internal.json.Field;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import java.util.OptionalInt;

/** The JSON shape of a {@link Problem}, for host mappers: path, message, line and column. */
final class ProblemShape {

  private ProblemShape() {}

  /** Collects a problem's parts while it is read. */
  static final class Builder {
    private String path;
    private String message;
    private OptionalInt line = OptionalInt.empty();
    private OptionalInt column = OptionalInt.empty();

    Problem build() {
      if (line.isPresent() != column.isPresent()) {
        throw new IllegalArgumentException("a problem has both a line and a column, or neither");
      }
      return line.isPresent()
          ? Problem.of(path, message, line.getAsInt(), column.getAsInt())
          : Problem.of(path, message);
    }
  }

  static final Shape<Problem, Builder> PROBLEM =
      new Shape<>(
          Problem.class,
          "problem",
          "a",
          Builder::new,
          Builder::build,
          Field.required("path", Kind.STRING, (b, v) -> b.path = v, Problem::path),
          Field.required("message", Kind.STRING, (b, v) -> b.message = v, Problem::message),
          Field.optional(
              "line",
              Kind.INTEGER,
              (b, v) -> b.line = OptionalInt.of(v),
              p -> Field.orNull(p.line())),
          Field.optional(
              "column",
              Kind.INTEGER,
              (b, v) -> b.column = OptionalInt.of(v),
              p -> Field.orNull(p.column())));
}
