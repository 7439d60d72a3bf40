package io.github.competency.core.internal.json;

import io.github.competency.core.Importance;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.internal.Slugs;
import io.github.competency.core.internal.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A JSON value type of the library's formats: how one value is read at the parser's current
 * token (with its problems), how it is written, and which JSON Schema type it has.
 *
 * @param <T> the Java type of the value
 */
public abstract class Kind<T> {

  /**
   * How sets and maps keyed by proficiency step are written: in the catalogue's scale order
   * where a catalogue is known, else in the order of the steps' ids.
   */
  public record WriteContext(Comparator<ProficiencyId> scaleOrder) {
    /** Steps in the order of their ids, where no catalogue gives the scale. */
    public static final WriteContext ID_ORDER = new WriteContext(Comparator.naturalOrder());
  }

  private final String schemaType;

  protected Kind(String schemaType) {
    this.schemaType = schemaType;
  }

  /** The JSON Schema type of the value: string, integer, number, boolean, array or object. */
  public final String schemaType() {
    return schemaType;
  }

  /** Reads the value at the current token, or records a problem and returns null. */
  public abstract T read(DocumentReader in, JsonPath path);

  public abstract void write(JsonGenerator out, T value, WriteContext context);

  // ------------------------------------------------------------------------------- scalars

  public static final Kind<String> STRING =
      new Kind<>("string") {
        @Override
        public String read(DocumentReader in, JsonPath path) {
          return in.string(path);
        }

        @Override
        public void write(JsonGenerator out, String value, WriteContext context) {
          out.writeString(value);
        }
      };

  public static final Kind<Integer> INTEGER =
      new Kind<>("integer") {
        @Override
        public Integer read(DocumentReader in, JsonPath path) {
          return in.integer(path);
        }

        @Override
        public void write(JsonGenerator out, Integer value, WriteContext context) {
          out.writeNumber(value);
        }
      };

  /** A whole number of 64 bits, such as a result's points; written only. */
  public static final Kind<Long> LONG =
      new Kind<>("integer") {
        @Override
        public Long read(DocumentReader in, JsonPath path) {
          throw new UnsupportedOperationException("whole numbers of 64 bits are written only");
        }

        @Override
        public void write(JsonGenerator out, Long value, WriteContext context) {
          out.writeNumber(value.longValue());
        }
      };

  public static final Kind<Double> NUMBER =
      new Kind<>("number") {
        @Override
        public Double read(DocumentReader in, JsonPath path) {
          return in.number(path);
        }

        @Override
        public void write(JsonGenerator out, Double value, WriteContext context) {
          out.writeNumber(value);
        }
      };

  public static final Kind<Boolean> BOOLEAN =
      new Kind<>("boolean") {
        @Override
        public Boolean read(DocumentReader in, JsonPath path) {
          return in.bool(path);
        }

        @Override
        public void write(JsonGenerator out, Boolean value, WriteContext context) {
          out.writeBoolean(value);
        }
      };

  public static final Kind<URI> URI_KIND =
      textual(
          Kind::absoluteUri,
          URI::toString,
          text ->
              "'"
                  + Texts.abbreviate(text)
                  + "' is not an absolute URI; use one such as 'https://example.org/page'");

  public static final Kind<Locale> LANGUAGE =
      textual(
          Kind::language,
          Locale::toLanguageTag,
          text ->
              "'"
                  + Texts.abbreviate(text)
                  + "' is not a BCP 47 language tag; use one such as 'en' or 'en-GB'");

  public static final Kind<Importance> IMPORTANCE =
      textual(
          Kind::importance,
          Importance::label,
          text ->
              "'"
                  + Texts.abbreviate(text)
                  + "' is not an importance; use 'essential' or 'optional'");

  /** A value written as a string, read from one by a conversion that answers null if invalid. */
  public static <T> Kind<T> textual(
      Function<String, T> parse, Function<T, String> print, Function<String, String> whyNot) {
    return new Kind<>("string") {
      @Override
      public T read(DocumentReader in, JsonPath path) {
        return in.text(path, parse, whyNot);
      }

      @Override
      public void write(JsonGenerator out, T value, WriteContext context) {
        out.writeString(print.apply(value));
      }
    };
  }

  /**
   * A value the library writes but never reads, such as the readiness of a gap report in every
   * mode.
   */
  public static <T> Kind<T> out(String schemaType, Writer<T> writer) {
    return new Kind<>(schemaType) {
      @Override
      public T read(DocumentReader in, JsonPath path) {
        throw new UnsupportedOperationException("this value is written, never read");
      }

      @Override
      public void write(JsonGenerator out, T value, WriteContext context) {
        writer.write(out, value);
      }
    };
  }

  /**
   * Writes one value of a written-only kind.
   *
   * @param <T> the type of the value
   */
  public interface Writer<T> {
    /**
     * Writes a value.
     *
     * @param out where to write
     * @param value the value
     */
    void write(JsonGenerator out, T value);
  }

  /** An id: a slug, checked, then made into its type. */
  public static <T> Kind<T> id(String kind, Function<String, T> of) {
    return id(kind, of, Slugs::problem);
  }

  /** An id spelled by its own rule: {@code problem} tells what is wrong with a text. */
  public static <T> Kind<T> id(
      String kind, Function<String, T> of, Function<String, Optional<String>> problem) {
    return textual(
        text -> problem.apply(text).isPresent() ? null : of.apply(text),
        Object::toString,
        text ->
            "'"
                + Texts.abbreviate(text)
                + "' is not a valid "
                + kind
                + " id: "
                + problem.apply(text).orElse(""));
  }

  // ------------------------------------------------------------------------------- structures

  /** An array; elements with problems are left out. */
  public static <T> Kind<List<T>> list(Kind<T> element) {
    return new Kind<>("array") {
      @Override
      public List<T> read(DocumentReader in, JsonPath path) {
        return in.array(path, at -> element.read(in, at));
      }

      @Override
      public void write(JsonGenerator out, List<T> values, WriteContext context) {
        out.writeStartArray();
        for (T value : values) {
          element.write(out, value, context);
        }
        out.writeEndArray();
      }
    };
  }

  /**
   * An array in which {@code null} marks a position left empty, for lists that follow another
   * list position by position; elements with problems are left empty too.
   */
  public static <T> Kind<List<T>> positional(Kind<T> element) {
    return new Kind<>("array") {
      @Override
      public List<T> read(DocumentReader in, JsonPath path) {
        List<T> items = new ArrayList<>();
        if (!in.expect(path, JsonToken.START_ARRAY, "an array")) {
          return items;
        }
        int index = 0;
        for (JsonToken token = in.parser().nextToken();
            token != JsonToken.END_ARRAY && token != null;
            token = in.parser().nextToken()) {
          JsonPath at = path.index(index++);
          items.add(token == JsonToken.VALUE_NULL ? null : element.read(in, at));
        }
        return items;
      }

      @Override
      public void write(JsonGenerator out, List<T> values, WriteContext context) {
        out.writeStartArray();
        for (T value : values) {
          if (value == null) {
            out.writeNull();
          } else {
            element.write(out, value, context);
          }
        }
        out.writeEndArray();
      }
    };
  }

  /** A set of proficiency steps, written in the scale's order. */
  public static final Kind<Set<ProficiencyId>> STEPS =
      new Kind<>("array") {
        private final Kind<ProficiencyId> step = id("proficiency", ProficiencyId::of);

        @Override
        public Set<ProficiencyId> read(DocumentReader in, JsonPath path) {
          return new LinkedHashSet<>(in.array(path, at -> step.read(in, at)));
        }

        @Override
        public void write(JsonGenerator out, Set<ProficiencyId> values, WriteContext context) {
          List<ProficiencyId> ordered = new ArrayList<>(values);
          ordered.sort(context.scaleOrder());
          out.writeStartArray();
          for (ProficiencyId value : ordered) {
            out.writeString(value.value());
          }
          out.writeEndArray();
        }
      };

  /** An object from proficiency step ids to texts, written in the scale's order. */
  public static final Kind<Map<ProficiencyId, String>> TEXT_BY_STEP =
      new Kind<>("object") {
        @Override
        public Map<ProficiencyId, String> read(DocumentReader in, JsonPath path) {
          if (!in.expect(
              path, JsonToken.START_OBJECT, "an object mapping proficiency ids to texts")) {
            return null;
          }
          Map<ProficiencyId, String> texts = new LinkedHashMap<>();
          while (in.parser().nextToken() == JsonToken.PROPERTY_NAME) {
            String key = in.parser().currentName();
            JsonPath at = path.child(key);
            TokenStreamLocation location = in.parser().currentTokenLocation();
            in.parser().nextToken();
            ProficiencyId step = null;
            var reason = Slugs.problem(key);
            if (reason.isPresent()) {
              in.problem(
                  at,
                  "'" + Texts.abbreviate(key) + "' is not a valid proficiency id: " + reason.get(),
                  location);
            } else {
              step = ProficiencyId.of(key);
            }
            String text = in.string(at);
            if (step != null && text != null) {
              texts.put(step, text);
            }
          }
          return texts;
        }

        @Override
        public void write(
            JsonGenerator out, Map<ProficiencyId, String> values, WriteContext context) {
          List<Map.Entry<ProficiencyId, String>> ordered = new ArrayList<>(values.entrySet());
          ordered.sort(Map.Entry.comparingByKey(context.scaleOrder()));
          out.writeStartObject();
          for (Map.Entry<ProficiencyId, String> entry : ordered) {
            out.writeStringProperty(entry.getKey().value(), entry.getValue());
          }
          out.writeEndObject();
        }
      };

  /**
   * The {@code format} field of a document: a string that must name this format; another
   * version of the same family and another format altogether are told apart.
   */
  public static Kind<String> format(String format, String family, String kindOfDocument) {
    return new Kind<>("string") {
      @Override
      public String read(DocumentReader in, JsonPath path) {
        TokenStreamLocation location = in.parser().currentTokenLocation();
        String text = in.string(path);
        if (text == null || text.equals(format)) {
          return text;
        }
        if (text.startsWith(family)) {
          in.problem(
              path,
              "unsupported format version '"
                  + Texts.abbreviate(text)
                  + "'; this library reads '"
                  + format
                  + "'",
              location);
        } else {
          in.problem(
              path,
              "'"
                  + Texts.abbreviate(text)
                  + "' is not a "
                  + kindOfDocument
                  + " format; expected '"
                  + format
                  + "'",
              location);
        }
        return null;
      }

      @Override
      public void write(JsonGenerator out, String value, WriteContext context) {
        out.writeString(value);
      }
    };
  }

  /** An object whose keys are ids (checked as slugs) and whose values are of one kind. */
  public static <T> Kind<Map<String, T>> idMap(String kindOfId, Kind<T> value) {
    return new Kind<>("object") {
      @Override
      public Map<String, T> read(DocumentReader in, JsonPath path) {
        if (!in.expect(path, JsonToken.START_OBJECT, "an object keyed by " + kindOfId + " ids")) {
          return null;
        }
        Map<String, T> values = new LinkedHashMap<>();
        while (in.parser().nextToken() == JsonToken.PROPERTY_NAME) {
          String key = in.parser().currentName();
          JsonPath at = path.child(key);
          TokenStreamLocation location = in.parser().currentTokenLocation();
          in.parser().nextToken();
          var reason = Slugs.problem(key);
          if (reason.isPresent()) {
            in.problem(
                at,
                "'"
                    + Texts.abbreviate(key)
                    + "' is not a valid "
                    + kindOfId
                    + " id: "
                    + reason.get(),
                location);
            in.parser().skipChildren();
            continue;
          }
          if (values.containsKey(key)) {
            in.problem(at, kindOfId + " '" + key + "' appears more than once", location);
            in.parser().skipChildren();
            continue;
          }
          T item = value.read(in, at);
          if (item != null) {
            values.put(key, item);
          }
        }
        return values;
      }

      @Override
      public void write(JsonGenerator out, Map<String, T> values, WriteContext context) {
        out.writeStartObject();
        for (Map.Entry<String, T> entry : values.entrySet()) {
          out.writeName(entry.getKey());
          value.write(out, entry.getValue(), context);
        }
        out.writeEndObject();
      }
    };
  }

  /** An object of a shape. */
  public static <V, B> Kind<V> object(Shape<V, B> shape) {
    return new Kind<>("object") {
      @Override
      public V read(DocumentReader in, JsonPath path) {
        return shape.read(in, path);
      }

      @Override
      public void write(JsonGenerator out, V value, WriteContext context) {
        shape.write(out, value, context);
      }
    };
  }

  // ------------------------------------------------------------------------------- conversions

  /** An absolute URI, or null if the text is not one. */
  public static URI absoluteUri(String text) {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The locale of a BCP 47 language tag that names a language, or null. */
  public static Locale language(String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      return locale.getLanguage().isEmpty() ? null : locale;
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  /** The importance of its label, or null. */
  public static Importance importance(String text) {
    for (Importance importance : Importance.values()) {
      if (importance.label().equals(text)) {
        return importance;
      }
    }
    return null;
  }
}
