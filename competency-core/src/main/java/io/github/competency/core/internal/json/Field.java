package io.github.competency.core.internal.json;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One field of a {@link Shape}: its JSON name and type, whether a document must have it, how a
 * value read goes into the builder and how the value to write is taken from the object.
 *
 * @param <V> the type of the object
 * @param <B> the type of its builder
 * @param <T> the type of the field's value
 */
public record Field<V, B, T>(
    String name, Kind<T> kind, boolean required, BiConsumer<B, T> into, Function<V, T> from) {

  /** A field a document must have; always written. */
  public static <V, B, T> Field<V, B, T> required(
      String name, Kind<T> kind, BiConsumer<B, T> into, Function<V, T> from) {
    return new Field<>(name, kind, true, into, from);
  }

  /** A field a document may leave out; written whenever {@code from} gives a value. */
  public static <V, B, T> Field<V, B, T> optional(
      String name, Kind<T> kind, BiConsumer<B, T> into, Function<V, T> from) {
    return new Field<>(name, kind, false, into, from);
  }

  /** An optional text, left out when empty. */
  public static <V, B> Field<V, B, String> text(
      String name, BiConsumer<B, String> into, Function<V, String> from) {
    return optional(name, Kind.STRING, into, v -> nonEmpty(from.apply(v)));
  }

  /** An optional collection, left out when empty. */
  public static <V, B, T extends Collection<?>> Field<V, B, T> many(
      String name, Kind<T> kind, BiConsumer<B, T> into, Function<V, T> from) {
    return optional(name, kind, into, v -> nonEmpty(from.apply(v)));
  }

  /** An optional object from a map, left out when empty. */
  public static <V, B, K, E> Field<V, B, Map<K, E>> map(
      String name,
      Kind<Map<K, E>> kind,
      BiConsumer<B, Map<K, E>> into,
      Function<V, Map<K, E>> from) {
    return optional(
        name,
        kind,
        into,
        v -> {
          Map<K, E> map = from.apply(v);
          return map.isEmpty() ? null : map;
        });
  }

  /**
   * A field of an object the library writes but never reads (a result of assessment): always
   * written.
   */
  public static <V, T> Field<V, Void, T> out(String name, Kind<T> kind, Function<V, T> from) {
    return new Field<>(name, kind, true, Field::notRead, from);
  }

  /** A field of a written-only object, left out when {@code from} gives null. */
  public static <V, T> Field<V, Void, T> outIfPresent(
      String name, Kind<T> kind, Function<V, T> from) {
    return new Field<>(name, kind, false, Field::notRead, from);
  }

  /**
   * The same field on a larger object that holds this one's: for a document made of parts, so
   * that a field added to a part is added to the document too.
   */
  public <W> Field<W, Void, T> on(Function<W, V> part) {
    return new Field<>(name, kind, required, Field::notRead, w -> from.apply(part.apply(w)));
  }

  private static <T> void notRead(Void builder, T value) {
    throw new UnsupportedOperationException("this object is written, never read");
  }

  /** The value to write, or null to leave the field out. */
  public T valueOf(V value) {
    return from.apply(value);
  }

  public static String nonEmpty(String text) {
    return text.isEmpty() ? null : text;
  }

  public static <T extends Collection<?>> T nonEmpty(T values) {
    return values.isEmpty() ? null : values;
  }

  public static <T> T orNull(Optional<T> value) {
    return value.orElse(null);
  }

  public static Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  public static Integer orNull(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
