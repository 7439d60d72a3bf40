package io.github.competency.tabular.internal;

/**
 * The {@code _xHHHH_} escapes with which spreadsheets (ECMA-376, ST_Xstring) carry characters that
 * XML 1.0 cannot, such as U+0001, and a carriage return, which XML would turn into a line feed. A
 * text that itself contains {@code _xHHHH_} has its underscore escaped as {@code _x005F_}, so that
 * every text comes back as it was written.
 */
public final class Escapes {

  private Escapes() {}

  /** Escapes a text for a workbook cell. */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = null;
      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF) {
        replacement = String.format("_x%04X_", (int) c);
      } else if (c == '_' && isEscape(text, i)) {
        replacement = "_x005F_";
      } else if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        if (!paired) {
          replacement = String.format("_x%04X_", (int) c);
        }
      }
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Undoes {@link #escape}. */
  public static String unescape(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '_' && isEscape(text, i)) {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 6;
      } else {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  private static boolean isEscape(String text, int at) {
    if (at + 7 > text.length() || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
      return false;
    }
    for (int i = at + 2; i < at + 6; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
