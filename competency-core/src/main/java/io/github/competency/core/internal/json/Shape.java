package io.github.competency.core.internal.json;

import io.github.competency.core.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The one description of a JSON object of the library's formats: its fields in their written
 * order, from which both the reader and the writer run, and against which the shipped JSON
 * Schema is tested. Other formats take parts of a shape ({@link #only}, {@link #without}) to
 * carry the fields they have no place of their own for.
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
  private final BiConsumer<B, String> unknown;
  private final ObjIntConsumer<B> present;

  /**
   * Describes an object.
   *
   * @param type the Java type of the object
   * @param noun what the object is, for messages, such as {@code "skill"}
   * @param article "a" or "an"
   * @param builder makes a new builder
   * @param build builds a builder, throwing what is wrong with it
   * @param fields the fields, in the order they are written
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the fields are copied into a list, which alone is kept
  public Shape(
      Class<V> type,
      String noun,
      String article,
      Supplier<B> builder,
      Function<B, V> build,
      Field<V, B, ?>... fields) {
    this(type, noun, article + " " + noun, builder, build, List.of(fields), null, null);
  }

  private Shape(
      Class<V> type,
      String noun,
      String what,
      Supplier<B> builder,
      Function<B, V> build,
      List<Field<V, B, ?>> fields,
      BiConsumer<B, String> unknown,
      ObjIntConsumer<B> present) {
    this.type = type;
    this.noun = noun;
    this.what = what;
    this.builder = builder;
    this.build = build;
    this.unknown = unknown;
    this.present = present;
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
   *
   * @param type the Java type of the object
   * @param noun what the object is, for messages
   * @param article "a" or "an"
   * @param fields the fields, in the order they are written
   * @return the shape
   * @param <V> the type of the object
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

  /**
   * Describes an object by a list of its fields.
   *
   * @param type the Java type of the object
   * @param noun what the object is, for messages
   * @param article "a" or "an"
   * @param builder makes a new builder
   * @param build builds a builder
   * @param fields the fields, in the order they are written
   * @return the shape
   * @param <V> the type of the object
   * @param <B> the type of its builder
   */
  public static <V, B> Shape<V, B> of(
      Class<V> type,
      String noun,
      String article,
      Supplier<B> builder,
      Function<B, V> build,
      List<Field<V, B, ?>> fields) {
    return new Shape<>(type, noun, article + " " + noun, builder, build, fields, null, null);
  }

  /**
   * Returns the part of this shape made of some of its fields, in this shape's order, required
   * where this shape requires them; for a format that carries these fields of the object in a
   * place of its own.
   *
   * @param what what the part is, for messages, such as {@code "a skill's extension"}
   * @param kept the names of the fields kept
   * @return the part
   * @throws IllegalArgumentException if the shape has no field of one of the names
   */
  public Shape<V, B> only(String what, Set<String> kept) {
    check(kept);
    return part(what, field -> kept.contains(field.name()));
  }

  /**
   * Returns the part of this shape without some of its fields, the others in this shape's order
   * and required where this shape requires them; for a format that carries the fields left out
   * in places of its own and the rest, whatever they are, in one object.
   *
   * @param what what the part is, for messages
   * @param left the names of the fields left out
   * @return the part
   * @throws IllegalArgumentException if the shape has no field of one of the names
   */
  public Shape<V, B> without(String what, Set<String> left) {
    check(left);
    return part(what, field -> !left.contains(field.name()));
  }

  private void check(Set<String> named) {
    for (String name : named) {
      if (!byName.containsKey(name)) {
        throw new IllegalArgumentException(noun + " has no field '" + name + "'");
      }
    }
  }

  private Shape<V, B> part(String what, Predicate<Field<V, B, ?>> keep) {
    List<Field<V, B, ?>> kept = new ArrayList<>();
    for (Field<V, B, ?> field : fields) {
      if (keep.test(field)) {
        kept.add(field);
      }
    }
    return new Shape<>(type, noun, what, builder, build, kept, unknown, present);
  }

  /**
   * Returns a copy that also has more fields, after its own.
   *
   * @param more the fields
   * @return the copy
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the fields are copied into a list, which alone is kept
  public final Shape<V, B> plus(Field<V, B, ?>... more) {
    List<Field<V, B, ?>> all = new ArrayList<>(fields);
    all.addAll(List.of(more));
    return new Shape<>(type, noun, what, builder, build, all, unknown, present);
  }

  /**
   * Returns a copy that allows fields it does not have, passing their names to the builder;
   * their values are skipped. For formats of other systems, whose objects hold more than this
   * library reads.
   *
   * @param unknown takes the builder and the name of each such field
   * @return the copy
   */
  public Shape<V, B> lenient(BiConsumer<B, String> unknown) {
    return new Shape<>(type, noun, what, builder, build, fields, unknown, present);
  }

  /**
   * Returns a copy that tells the builder which of its fields an object has, whether or not
   * their values are valid; {@code null} counts as absent. For formats that tell a field that is
   * missing from one that is wrong.
   *
   * @param present takes the builder and the position of each such field
   * @return the copy
   */
  public Shape<V, B> noting(ObjIntConsumer<B> present) {
    return new Shape<>(type, noun, what, builder, build, fields, unknown, present);
  }

  /**
   * Returns the Java type of the object.
   *
   * @return the type
   */
  public Class<V> type() {
    return type;
  }

  /**
   * Returns what the object is, for messages, such as {@code "skill"}.
   *
   * @return the noun
   */
  public String noun() {
    return noun;
  }

  /**
   * Returns the object with its article, for messages, such as {@code "a skill"}.
   *
   * @return the words
   */
  public String what() {
    return what;
  }

  /**
   * Returns the fields in the order they are written.
   *
   * @return the fields
   */
  public List<Field<V, B, ?>> fields() {
    return fields;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public B newBuilder() {
    return builder.get();
  }

  /**
   * Reads the object at the current token into a new builder.
   *
   * @param in the reader
   * @param path the object's path
   * @return the builder, or null if the object had problems
   */
  public B readBuilder(DocumentReader in, JsonPath path) {
    B b = builder.get();
    return readInto(in, path, b) ? b : null;
  }

  /**
   * Reads the object at the current token into a builder.
   *
   * @param in the reader
   * @param path the object's path
   * @param b the builder
   * @return true if the object and everything in it read without a problem
   */
  public boolean readInto(DocumentReader in, JsonPath path, B b) {
    return in.object(
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
            if (present != null && in.parser().currentToken() != JsonToken.VALUE_NULL) {
              present.accept(b, index);
            }
            readField(in, at, fields.get(index), b);
          }

          @Override
          public boolean unknown(String name, JsonPath at) {
            if (unknown == null) {
              return false;
            }
            unknown.accept(b, name);
            return true;
          }
        },
        names,
        requiredMask);
  }

  private static <V, B, T> void readField(
      DocumentReader in, JsonPath path, Field<V, B, T> field, B b) {
    T value = field.kind().read(in, path);
    if (value != null) {
      field.into().accept(b, value);
    }
  }

  /**
   * Reads and builds the object at the current token.
   *
   * @param in the reader
   * @param path the object's path
   * @return the object, or null if it had problems
   */
  public V read(DocumentReader in, JsonPath path) {
    B b = readBuilder(in, path);
    return b == null ? null : build(in, path, b);
  }

  /**
   * Builds a builder read from a document; a failed check is a problem at the path.
   *
   * @param in the reader, which takes the problem
   * @param path the object's path
   * @param b the builder
   * @return the object, or null if it failed its checks
   */
  public V build(DocumentReader in, JsonPath path, B b) {
    try {
      return build.apply(b);
    } catch (IllegalStateException | IllegalArgumentException e) {
      in.problem(path, Texts.abbreviate(String.valueOf(e.getMessage())), null);
      return null;
    }
  }

  /**
   * Builds a builder whose build checks the value as a whole and throws its own problems.
   *
   * @param b the builder
   * @return the object
   */
  public V buildWhole(B b) {
    return build.apply(b);
  }

  /**
   * Tells whether writing a value would write no field.
   *
   * @param value the value
   * @return true if every field of the value is left out
   */
  public boolean isEmpty(V value) {
    for (Field<V, B, ?> field : fields) {
      if (field.valueOf(value) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes a value as an object.
   *
   * @param out the generator
   * @param value the value
   * @param context the order of steps
   */
  public void write(JsonGenerator out, V value, Kind.WriteContext context) {
    out.writeStartObject();
    writeFields(out, value, context);
    out.writeEndObject();
  }

  /**
   * Writes the fields of a value into the object being written.
   *
   * @param out the generator, inside an object
   * @param value the value
   * @param context the order of steps
   */
  public void writeFields(JsonGenerator out, V value, Kind.WriteContext context) {
    for (Field<V, B, ?> field : fields) {
      writeField(out, field, value, context);
    }
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
