package io.github.competency.core.internal.json;

import io.github.competency.core.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;

/**
 * The one description of a JSON object of the library's formats: its fields in their written
 * order, from which both the reader and the writer run, and against which the shipped JSON
 * Schema is tested.
 *
 * @param <V> the type of the object
 * @param <B> the type of its builder
 */
public final class Shape<V, B> {

  private final Class<V> type;
  private final String noun;
  private final String what;
  private final Supplier<B> builder;
  private final Function<B, V> build;
  private final List<Field<V, B, ?>> fields;
  private final Map<String, Integer> byName = new HashMap<>();
  private final List<String> names;
  private final long requiredMask;

  /**
   * Describes an object.
   *
   * @param type the Java type of the object
   * @param noun what the object is, for messages, such as {@code "skill"}
   * @param article "a" or "an"
   */
  @SafeVarargs
  public Shape(
      Class<V> type,
      String noun,
      String article,
      Supplier<B> builder,
      Function<B, V> build,
      Field<V, B, ?>... fields) {
    this.type = type;
    this.noun = noun;
    this.what = article + " " + noun;
    this.builder = builder;
    this.build = build;
    List<Field<V, B, ?>> all = new ArrayList<>();
    long mask = 0;
    for (Field<V, B, ?> field : fields) {
      if (field.required()) {
        mask |= 1L << all.size();
      }
      byName.put(field.name(), all.size());
      all.add(field);
    }
    if (all.size() > 64) {
      throw new IllegalArgumentException("an object of the format has at most 64 fields");
    }
    this.fields = List.copyOf(all);
    this.names = this.fields.stream().map(Field::name).toList();
    this.requiredMask = mask;
  }

  /**
   * Describes an object the library writes but never reads, such as a result of assessment.
   */
  public static <V> Shape<V, Void> out(
      Class<V> type, String noun, String article, List<Field<V, Void, ?>> fields) {
    return of(
        type,
        noun,
        article,
        () -> {
          throw new UnsupportedOperationException(article + " " + noun + " is written, never read");
        },
        b -> {
          throw new UnsupportedOperationException(article + " " + noun + " is written, never read");
        },
        fields);
  }

  /** Describes an object by a list of its fields. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <V, B> Shape<V, B> of(
      Class<V> type,
      String noun,
      String article,
      Supplier<B> builder,
      Function<B, V> build,
      List<Field<V, B, ?>> fields) {
    return new Shape<>(type, noun, article, builder, build, fields.toArray(new Field[0]));
  }

  public Class<V> type() {
    return type;
  }

  public String noun() {
    return noun;
  }

  public String what() {
    return what;
  }

  public List<Field<V, B, ?>> fields() {
    return fields;
  }

  /** Reads the object at the current token into a new builder; null if it had problems. */
  public B readBuilder(DocumentReader in, JsonPath path) {
    B b = builder.get();
    boolean complete =
        in.object(
            path,
            what,
            new DocumentReader.Fields() {
              @Override
              public int indexOf(String name) {
                Integer index = byName.get(name);
                return index == null ? -1 : index;
              }

              @Override
              public void read(int index, JsonPath at) {
                readField(in, at, fields.get(index), b);
              }
            },
            names,
            requiredMask);
    return complete ? b : null;
  }

  private static <V, B, T> void readField(
      DocumentReader in, JsonPath path, Field<V, B, T> field, B b) {
    T value = field.kind().read(in, path);
    if (value != null) {
      field.into().accept(b, value);
    }
  }

  /** Reads and builds the object at the current token; null if it had problems. */
  public V read(DocumentReader in, JsonPath path) {
    B b = readBuilder(in, path);
    return b == null ? null : build(in, path, b);
  }

  /** Builds a builder read from a document; a failed check is a problem at the path. */
  public V build(DocumentReader in, JsonPath path, B b) {
    try {
      return build.apply(b);
    } catch (IllegalStateException | IllegalArgumentException e) {
      in.problem(path, Texts.abbreviate(String.valueOf(e.getMessage())), null);
      return null;
    }
  }

  /** Builds a builder whose build checks the value as a whole and throws its own problems. */
  public V buildWhole(B b) {
    return build.apply(b);
  }

  public void write(JsonGenerator out, V value, Kind.WriteContext context) {
    out.writeStartObject();
    for (Field<V, B, ?> field : fields) {
      writeField(out, field, value, context);
    }
    out.writeEndObject();
  }

  private static <V, B, T> void writeField(
      JsonGenerator out, Field<V, B, T> field, V value, Kind.WriteContext context) {
    T fieldValue = field.valueOf(value);
    if (fieldValue != null) {
      out.writeName(field.name());
      field.kind().write(out, fieldValue, context);
    }
  }
}
