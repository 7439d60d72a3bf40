package io.github.competency.core;

import io.github.competency.core.internal.Slugs;

/**
 * What every id type shares: a text, compared and printed as it is. Ids of the catalogue are
 * lowercase slugs; a {@link ProfileId} follows a rule of its own ({@link #check(String)}). Ids
 * of different types are never equal, even when they are spelled alike.
 *
 * @param <I> the id type itself, for comparison
 */
abstract class AbstractId<I extends AbstractId<I>> implements Comparable<I> {

  private final String value;

  AbstractId(String value) {
    this.value = check(value); // check and kind() use only constants: safe to call here
  }

  /**
   * Returns {@code value} if it spells an id of this type: by default a lowercase slug.
   *
   * @param value the text
   * @return the text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException naming the kind of id and the rule otherwise
   */
  String check(String value) {
    return Slugs.require(value, kind());
  }

  /**
   * Returns the kind of item the id names, for messages: {@code "skill"}, {@code "role"} ...
   *
   * @return the kind, in lowercase
   */
  abstract String kind();

  /**
   * Returns the text of the id.
   *
   * @return the text, never blank
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
