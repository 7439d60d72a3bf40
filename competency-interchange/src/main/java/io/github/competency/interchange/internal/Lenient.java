package io.github.competency.interchange.internal;

import io.github.competency.core.internal.Texts;
import io.github.competency.core.internal.json.DocumentReader;
import io.github.competency.core.internal.json.JsonPath;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The value kinds of other systems' JSON as the interchange formats read it: a member that is
 * {@code null} counts as absent; a value of the wrong type is a problem at its path, in the
 * core's words. Read only: exports write with the generator directly.
 */
final class Lenient {

  private Lenient() {}

  /** A value read by another kind, or nothing for {@code null}. */
  static <T> Kind<T> nullable(Kind<T> kind) {
    return new ReadOnly<>(kind.schemaType()) {
      @Override
      public T read(DocumentReader in, JsonPath path) {
        return in.parser().currentToken() == JsonToken.VALUE_NULL ? null : kind.read(in, path);
      }
    };
  }

  /** A string. */
  static final Kind<String> TEXT = nullable(Kind.STRING);

  /** The estimated memory a string of a list takes, beyond its characters. */
  static final int STRING_COST = 64;

  /** Strings, each spending {@value #STRING_COST} of the budget; other types are problems. */
  static final Kind<List<String>> TEXTS =
      new ReadOnly<>("array") {
        @Override
        public List<String> read(DocumentReader in, JsonPath path) {
          if (in.parser().currentToken() == JsonToken.VALUE_NULL) {
            return null;
          }
          return in.array(
              path,
              at -> {
                in.spend(STRING_COST, at);
                return Kind.STRING.read(in, at);
              });
        }
      };

  /** A whole number. */
  static final Kind<Integer> INTEGER = nullable(Kind.INTEGER);

  /** A number. */
  static final Kind<Double> NUMBER = nullable(Kind.NUMBER);

  /** A whole number, or the text of one as CASE 1.0 packages from OpenSALT have it. */
  static final Kind<Integer> SEQUENCE =
      new ReadOnly<>("integer") {
        @Override
        public Integer read(DocumentReader in, JsonPath path) {
          if (in.parser().currentToken() != JsonToken.VALUE_STRING) {
            return INTEGER.read(in, path);
          }
          String text = in.parser().getString();
          try {
            return Integer.parseInt(text.strip());
          } catch (NumberFormatException e) {
            in.problem(
                path,
                "expected a whole number, found the string '" + Texts.abbreviate(text) + "'",
                in.parser().currentTokenLocation());
            return null;
          }
        }
      };

  /** Where an object starts, to read it once its meaning is known; the object is skipped. */
  static final Kind<Span> SPAN =
      new ReadOnly<>("object") {
        @Override
        public Span read(DocumentReader in, JsonPath path) {
          JsonToken token = in.parser().currentToken();
          if (token == JsonToken.VALUE_NULL) {
            return null;
          }
          Span span = in.span();
          if (in.expect(path, JsonToken.START_OBJECT, "an object")) {
            in.parser().skipChildren();
            return span;
          }
          return null;
        }
      };

  /** Whether a value is there and not empty: an array or object with members, or any other. */
  static final Kind<Boolean> FILLED =
      new ReadOnly<>("array") {
        @Override
        public Boolean read(DocumentReader in, JsonPath path) {
          JsonToken token = in.parser().currentToken();
          if (token == JsonToken.VALUE_NULL) {
            return null;
          }
          if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
            JsonToken next = in.parser().nextToken();
            boolean filled = next != JsonToken.END_ARRAY && next != JsonToken.END_OBJECT;
            if (filled) {
              in.parser().skipChildren();
              // skipChildren skips the element or member at hand; the rest of the container too
              while (in.parser().nextToken() != null && !closes(in.parser().currentToken())) {
                in.parser().skipChildren();
              }
            }
            return filled;
          }
          return Boolean.TRUE;
        }
      };

  private static boolean closes(JsonToken token) {
    return token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT;
  }

  /**
   * An object of a shape, or nothing for {@code null} or a value that is not an object (a
   * problem). An object whose members have problems is kept with what could be read, so that
   * the mapping can find what else is wrong with its record.
   */
  static <V, B> Kind<B> object(Shape<V, B> shape) {
    return new ReadOnly<>("object") {
      @Override
      public B read(DocumentReader in, JsonPath path) {
        JsonToken token = in.parser().currentToken();
        if (token == JsonToken.VALUE_NULL) {
          return null;
        }
        B builder = shape.newBuilder();
        shape.readInto(in, path, builder);
        return token == JsonToken.START_OBJECT ? builder : null;
      }
    };
  }

  /**
   * Objects of a shape in an array, each handed with its index to {@code take} as it is read, so
   * that none but what {@code take} keeps stays in memory; each spends {@code cost} of the
   * reader's memory budget. Elements that are not objects are problems, and objects with
   * problems are handed over as {@link #object} keeps them.
   */
  static <V, B> Kind<Integer> each(Shape<V, B> shape, int cost, ObjIntConsumer<B> take) {
    return new ReadOnly<>("array") {
      @Override
      public Integer read(DocumentReader in, JsonPath path) {
        if (in.parser().currentToken() == JsonToken.VALUE_NULL) {
          return null;
        }
        int[] count = {0};
        Kind<B> element = Lenient.object(shape);
        in.array(
            path,
            at -> {
              in.spend(cost, at);
              B builder = element.read(in, at);
              if (builder != null) {
                take.accept(builder, count[0]);
              }
              count[0]++;
              return null;
            });
        return count[0];
      }
    };
  }

  /** An element of an array, with its index there. */
  record Indexed<T>(int index, T value) {}

  /**
   * Objects of a shape in an array, with their indexes, each spending {@code cost} of the
   * memory budget; elements that are not objects are problems and left out, objects with
   * problems kept as {@link #object} keeps them.
   */
  static <V, B> Kind<List<Indexed<B>>> indexed(Shape<V, B> shape, int cost) {
    return new ReadOnly<>("array") {
      @Override
      public List<Indexed<B>> read(DocumentReader in, JsonPath path) {
        if (in.parser().currentToken() == JsonToken.VALUE_NULL) {
          return null;
        }
        List<Indexed<B>> all = new ArrayList<>();
        each(shape, cost, (b, index) -> all.add(new Indexed<>(index, b))).read(in, path);
        return all;
      }
    };
  }

  /** A kind that only reads. */
  private abstract static class ReadOnly<T> extends Kind<T> {
    ReadOnly(String schemaType) {
      super(schemaType);
    }

    @Override
    public void write(JsonGenerator out, T value, WriteContext context) {
      throw new UnsupportedOperationException("read only");
    }
  }
}
