package io.github.competency.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds what a mistyped id probably meant, for "did you mean" messages: the known ids closest to
 * it by edit distance (insertions, deletions, substitutions and swaps of neighbours), and ids
 * whose item is named or aliased as the text spells it, such as {@code postgres} for the skill
 * {@code postgresql}. Every candidate is considered, not a cut-off list.
 */
public final class Suggestions {

  /** The most suggestions a message offers. */
  private static final int MAX_SUGGESTIONS = 3;

  /** Spellings longer than this are not compared: names are short, and the cost is square. */
  private static final int MAX_COMPARED = 64;

  private final String wanted;
  private final Map<String, Integer> best = new LinkedHashMap<>();

  private Suggestions(String wanted) {
    this.wanted = slug(wanted);
  }

  /** Starts collecting suggestions for a mistyped id. */
  public static Suggestions forId(String wanted) {
    return new Suggestions(wanted);
  }

  /**
   * Considers a known id under one of its spellings: the id itself, or its item's name or an
   * alias, compared as a slug ("Node.js" as {@code node-js}).
   */
  public Suggestions consider(String id, String spelling) {
    if (spelling.length() > MAX_COMPARED || wanted.length() > MAX_COMPARED) {
      return this;
    }
    String spelled = slug(spelling);
    int allowed = Math.max(1, Math.min(wanted.length(), spelled.length()) / 3);
    if (spelled.isEmpty() || Math.abs(spelled.length() - wanted.length()) > allowed) {
      return this;
    }
    int distance = spelled.equals(wanted) ? 0 : distance(wanted, spelled);
    if (distance <= allowed) {
      best.merge(id, distance, Math::min);
    }
    return this;
  }

  /**
   * The suggestions: the ids at the smallest distance found, in the order considered; at most
   * three.
   */
  public List<String> closest() {
    int smallest = Integer.MAX_VALUE;
    for (int distance : best.values()) {
      smallest = Math.min(smallest, distance);
    }
    List<String> result = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : best.entrySet()) {
      if (entry.getValue() == smallest && result.size() < MAX_SUGGESTIONS) {
        result.add(entry.getKey());
      }
    }
    return result;
  }

  /** "did you mean 'a'?" or "did you mean 'a', 'b' or 'c'?"; empty if there is nothing close. */
  public String sentence() {
    List<String> closest = closest();
    if (closest.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("did you mean ");
    for (int i = 0; i < closest.size(); i++) {
      if (i > 0) {
        text.append(i == closest.size() - 1 ? " or " : ", ");
      }
      text.append('\'').append(closest.get(i)).append('\'');
    }
    return text.append('?').toString();
  }

  /** Lowercase, accents off, every run of other characters one hyphen. */
  static String slug(String text) {
    String folded = Texts.fold(text).toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(folded.length());
    boolean hyphen = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        hyphen = false;
      } else {
        hyphen = true;
      }
    }
    return slug.toString();
  }

  /** Optimal string alignment distance: Levenshtein with swaps of neighbouring characters. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, d[i - 2][j - 2] + 1);
        }
        d[i][j] = value;
      }
    }
    return d[a.length()][b.length()];
  }
}
