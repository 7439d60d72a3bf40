package io.github.competency.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How complete a catalogue's translation into one language is: which of its texts have no
 * translation in that language (nor in the languages it falls back to before the catalogue's
 * own), and which translations are stale because their source text changed since.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param language the language reported on
 * @param total how many texts the catalogue has
 * @param missing the texts without a translation, in catalogue order
 * @param stale the texts whose translation was made from another version of the source text,
 *     in catalogue order
 */
public record TranslationReport(
    Locale language, int total, List<TextKey> missing, List<TextKey> stale) {

  /**
   * Checks and copies the parts.
   *
   * @param language the language reported on
   * @param total how many texts the catalogue has
   * @param missing the texts without a translation
   * @param stale the texts whose translation is stale
   */
  public TranslationReport {
    Objects.requireNonNull(language, "language");
    missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
    stale = List.copyOf(Objects.requireNonNull(stale, "stale"));
  }

  /**
   * Tells whether every text is translated and no translation is stale.
   *
   * @return true for a complete, current translation
   */
  public boolean isComplete() {
    return missing.isEmpty() && stale.isEmpty();
  }

  /**
   * Returns how many texts have a current translation.
   *
   * @return the count
   */
  public int current() {
    return total - missing.size() - stale.size();
  }

  /**
   * Returns one line for a person.
   *
   * @return for example {@code de: 640 of 647 texts current, 5 missing, 2 stale}
   */
  @Override
  public String toString() {
    return language.toLanguageTag()
        + ": "
        + current()
        + " of "
        + total
        + " texts current, "
        + missing.size()
        + " missing, "
        + stale.size()
        + " stale";
  }
}
