package io.github.competency.core;

/**
 * Identifies an {@link Overlay}, so that a customised catalogue can say which overlay each
 * changed item comes from; spelled as a lowercase slug such as {@code acme-backend}.
 *
 * <p>A slug is 1 to 64 characters of {@code a-z} and {@code 0-9} in groups joined by single
 * hyphens. Instances are immutable and thread-safe; ids compare by their text.
 */
public final class OverlayId extends AbstractId<OverlayId> {

  private OverlayId(String value) {
    super(value);
  }

  /**
   * Obtains the id spelled by {@code value}.
   *
   * @param value a lowercase slug, for example {@code "acme-backend"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static OverlayId of(String value) {
    return new OverlayId(value);
  }

  @Override
  String kind() {
    return "overlay";
  }
}
