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
   * Refuses what is wrong in the overlay whatever catalogue it is applied to: an item added,
   * replaced or removed twice, an item both added and replaced, a rank below 1, two proficiency
   * steps or two levels of the overlay with the same rank.
   */
  @Value.Check
  final void check() {
    List<Problem> problems = OverlayCheck.problems(this);
    if (!problems.isEmpty()) {
      throw new ValidationException("overlay '" + id() + "'", problems);
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Overlay}; not thread-safe. {@code build()} throws a
   * {@link ValidationException} listing every problem the overlay has on its own, at its paths
   * in the overlay format ({@code add.roles[1].id}, {@code replace.levels[0].rank}): an item
   * added, replaced or removed twice, an item both added and replaced, a rank below 1, or two
   * steps or levels of the overlay with the same rank. What depends on the catalogue is
   * checked when the overlay is applied ({@link Overlays#apply}).
   */
  public static final class Builder extends ImmutableOverlay.Builder {
    Builder() {}
  }
}
