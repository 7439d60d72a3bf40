package io.github.competency.interchange.internal;

import io.github.competency.core.internal.Slugs;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes ids for items that arrive without one: a lowercase slug of a name or code, unique among
 * the ids already given out. Not thread-safe; one instance serves one kind of id in one import.
 */
final class Ids {

  private final Set<String> taken = new HashSet<>();

  /**
   * Turns a text into a slug: accents dropped, lowercase, every run of other characters a single
   * hyphen, cut to the longest id at a hyphen where possible.
   *
   * @param text any text
   * @return the slug, empty if the text has no letter or digit of a-z and 0-9
   */
  static String of(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        slug.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK
          && slug.length() > 0
          && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    return cut(slug.toString(), Slugs.MAX_LENGTH);
  }

  /**
   * Notes an id as given out, so that {@link #unique} avoids it.
   *
   * @param id an id
   */
  void take(String id) {
    taken.add(id);
  }

  /**
   * Returns a slug of the first text that has one, or of the fallback, made unique by a numeric
   * suffix ({@code -2}, {@code -3} ...) if it is already taken, and notes it as taken.
   *
   * @param fallback the slug to use if no text has one; itself a slug
   * @param texts candidate texts, best first
   * @return a slug no earlier call returned
   */
  String unique(String fallback, String... texts) {
    String base = fallback;
    for (String text : texts) {
      String slug = text == null ? "" : of(text);
      if (!slug.isEmpty()) {
        base = slug;
        break;
      }
    }
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      String suffix = "-" + n;
      id = cut(base, Slugs.MAX_LENGTH - suffix.length()) + suffix;
    }
    return id;
  }

  private static String cut(String slug, int length) {
    String cut = slug;
    if (cut.length() > length) {
      cut = cut.substring(0, length);
      int hyphen = cut.lastIndexOf('-');
      if (hyphen > length / 2) {
        cut = cut.substring(0, hyphen);
      }
    }
    while (cut.endsWith("-")) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut;
  }
}
