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
    if (Character.isISOControl(codePoint)
        || Character.isWhitespace(codePoint)
        || !Character.isDefined(codePoint)) {
      return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
    return new String(Character.toChars(codePoint));
  }

  /**
   * Tells whether a text is blank: empty or only white space, by the same definition as the
   * JSON Schema's (ECMAScript's) white space and line terminators, so that the schema and the
   * validator agree on every string.
   */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return switch (c) {
      case '\t',
          '\n',
          0x0B,
          '\f',
          '\r',
          ' ',
          0xA0,
          0x1680,
          0x2028,
          0x2029,
          0x202F,
          0x205F,
          0x3000,
          0xFEFF ->
          true;
      default -> c >= 0x2000 && c <= 0x200A;
    };
  }

  /**
   * Finds the first unpaired surrogate of a text, which no Unicode encoding can carry.
   *
   * @return its index, or -1 if the text is well-formed UTF-16
   */
  public static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
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
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      out.appendCodePoint(cp);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
