package io.github.competency.core.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers for messages and search. */
public final class Texts {

  private static final int MESSAGE_VALUE_LIMIT = 80;

  private Texts() {}

  /** Shortens a value quoted in an error message, so that hostile input cannot flood it. */
  public static String abbreviate(String value) {
    if (value.length() <= MESSAGE_VALUE_LIMIT) {
      return value;
    }
    return value.substring(0, MESSAGE_VALUE_LIMIT) + "... (" + value.length() + " characters)";
  }

  /** Spells a code point for an error message: itself if printable, U+XXXX otherwise. */
  public static String printable(int codePoint) {
    if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
        || !Character.isDefined(codePoint)) {
      return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
    return new String(Character.toChars(codePoint));
  }

  /**
   * Folds text for case- and accent-insensitive comparison: decomposes, drops combining marks,
   * lowercases in the root locale.
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      out.appendCodePoint(cp);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
