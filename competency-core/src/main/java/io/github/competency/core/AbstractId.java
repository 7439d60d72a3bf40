package io.github.competency.core;

import io.github.competency.core.internal.Slugs;

/**
 * What every id type shares: a lowercase slug, compared and printed as its text. Ids of
 * different types are never equal, even when they are spelled alike.
 *
 * @param <I> the id type itself, for comparison
 */
abstract class AbstractId<I extends AbstractId<I>> implements Comparable<I> {

  private final String value;

  AbstractId(String value) {
    this.value = Slugs.require(value, kind()); // kind() returns a constant: safe to call here
  }

  /**
   * Returns the kind of item the id names, for messages: {@code "skill"}, {@code "role"} ...
   *
   * @return the kind, in lowercase
   */
  abstract String kind();

  /**
   * Returns the slug.
   *
   * @return the slug, never blank
   */
  public final String value() {
    return value;
  }

  /**
   * Compares two ids of the same type by their text.
   *
   * @param other the other id
   * @return the comparison of the slugs
   */
  @Override
  public final int compareTo(I other) {
    return value.compareTo(other.value());
  }

  /**
   * Tells whether another object is an id of the same type with the same slug.
   *
   * @param other any object
   * @return true for an equal id
   */
  @Override
  public final boolean equals(Object other) {
    return other == this
        || (other != null
            && other.getClass() == getClass()
            && ((AbstractId<?>) other).value.equals(value));
  }

  /**
   * Returns a hash of the slug.
   *
   * @return the hash
   */
  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the slug, so that an id prints as it is spelled in JSON.
   *
   * @return the slug
   */
  @Override
  public final String toString() {
    return value;
  }
}
