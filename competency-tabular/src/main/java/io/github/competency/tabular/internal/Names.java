package io.github.competency.tabular.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How sheet texts are compared: folded (decomposed, combining marks dropped, lowercase in the root
 * locale) and compacted (only letters, digits, '#' and '+' kept), the way the catalogue's skill
 * search compares names, so that "Person ID", "person_id" and "PersonId" are one column, and
 * "Node.js" and "node js" one skill.
 */
public final class Names {

  private Names() {}

  /** The folded, compacted form of a text; empty for a text of separators only. */
  public static String key(CharSequence text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      plain = isWord(text.charAt(i));
    }
    if (plain) {
      return text.toString();
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(cp) || cp == '#' || cp == '+') {
        out.appendCodePoint(cp);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** A text folded for comparison: decomposed, combining marks dropped, lowercase. */
  public static String fold(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return text.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type != Character.NON_SPACING_MARK
          && type != Character.ENCLOSING_MARK
          && type != Character.COMBINING_SPACING_MARK) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '#' || c == '+';
  }

  /**
   * The closest of some names to a text that matches none of them, for a "did you mean": the
   * smallest edit distance between keys (insertions, deletions, substitutions and swaps of two
   * neighbours), at most a third of the text's length and at most 3; or else a name whose key
   * starts with the text's key or is contained in it (at least 4 characters).
   *
   * @param text what was written
   * @param names what could have been meant, in the order to prefer on ties
   * @return the best name, if one is close enough
   */
  public static Optional<String> closest(String text, List<String> names) {
    int at = closestIndex(text, names);
    return at < 0 ? Optional.empty() : Optional.of(names.get(at));
  }

  /**
   * The position of the closest name, as {@link #closest} chooses it.
   *
   * @param text what was written
   * @param names what could have been meant
   * @return its index, or -1 if none is close enough
   */
  public static int closestIndex(String text, List<String> names) {
    String key = key(text);
    if (key.isEmpty()) {
      return -1;
    }
    int limit = Math.min(3, Math.max(1, key.length() / 3));
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < names.size(); i++) {
      int distance = distance(key, key(names.get(i)), limit);
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    if (best >= 0 && bestDistance <= limit) {
      return best;
    }
    if (key.length() >= 4) {
      for (int i = 0; i < names.size(); i++) {
        String other = key(names.get(i));
        if (other.length() >= 4 && (other.startsWith(key) || key.contains(other))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Optimal string alignment distance, or {@code limit + 1} once it must exceed the limit. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    if (a.length() > 64 || b.length() > 64) {
      return a.equals(b) ? 0 : limit + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
    }
    return d[a.length()][b.length()];
  }

  /** A text quoted in a message: shortened, so that hostile input cannot flood it. */
  public static String quote(String text) {
    String shown = text.length() <= 60 ? text : text.substring(0, 60) + "...";
    StringBuilder out = new StringBuilder("'");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('\'');
    if (text.length() > 60) {
      out.append(" (").append(text.length()).append(" characters)");
    }
    return out.toString();
  }

  /** The spreadsheet name of a 0-based column: A, B, ..., Z, AA, ... */
  public static String column(int index) {
    StringBuilder name = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      name.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return name.toString();
  }
}
