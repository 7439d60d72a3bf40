package io.github.competency.core;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A company's changes to a shipped catalogue, kept apart from it: items added, items put in
 * place of those with the same ids, items removed, and single fields patched. An overlay names
 * the catalogue it applies to and the versions it was written for; {@link Overlays} applies
 * overlays in order and records where each item of the result comes from.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Overlay {

  Overlay() {}

  /**
   * Returns the id of the overlay.
   *
   * @return the id
   */
  public abstract OverlayId id();

  /**
   * Returns what the overlay is, for people.
   *
   * @return the title, empty if none was given
   */
  @Value.Default
  public String title() {
    return "";
  }

  /**
   * Returns the catalogue the overlay applies to.
   *
   * @return the catalogue's id
   */
  public abstract CatalogueId base();

  /**
   * Returns the versions of the catalogue the overlay applies to: exact versions such as
   * {@code 2.0.0}, or prefixes ending in {@code *} such as {@code 2.*}.
   *
   * @return the versions; empty means any version
   */
  public abstract List<String> versions();

  /**
   * Returns the items the overlay adds; their ids must be new.
   *
   * @return the items
   */
  @Value.Default
  public Items add() {
    return Items.none();
  }

  /**
   * Returns the items the overlay puts in place of the items with the same ids.
   *
   * @return the items
   */
  @Value.Default
  public Items replace() {
    return Items.none();
  }

  /**
   * Returns the ids of the items the overlay removes.
   *
   * @return the ids, in the order given
   */
  public abstract List<ItemId<?>> remove();

  /**
   * Returns the changes to single fields of items.
   *
   * @return the patches, in the order given
   */
  public abstract List<Patch> patches();

  /**
   * Tells whether the overlay applies to a version of its catalogue.
   *
   * @param version a version of the catalogue {@link #base()}
   * @return true if {@link #versions()} is empty, names the version or a prefix of it
   */
  public final boolean appliesTo(String version) {
    Objects.requireNonNull(version, "version");
    return versions().isEmpty()
        || versions().stream()
            .anyMatch(
                pattern ->
                    pattern.endsWith("*")
                        ? version.startsWith(pattern.substring(0, pattern.length() - 1))
                        : version.equals(pattern));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Overlay}; not thread-safe. */
  public static final class Builder extends ImmutableOverlay.Builder {
    Builder() {}
  }
}
