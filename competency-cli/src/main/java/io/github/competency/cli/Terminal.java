package io.github.competency.cli;

import io.github.competency.core.Problem;
import io.github.competency.core.ValidationException;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Untrusted text made safe for a terminal. Catalogue, profile, overlay and translation texts,
 * file names and field names are data: a control character in them could clear the screen,
 * set the window title, write the clipboard (OSC 52) or hide a link, a bidirectional override
 * could show text in another order than it is, and a line break could forge a line of output.
 * Each of these is shown visibly instead, in JSON's spelling, so that a JSON document stays the
 * same document: {@code \n}, {@code \r}, {@code \t}, else {@code \}{@code u001B}.
 *
 * <p>Two places use it: {@link #escape} where a value is formatted into a line, and
 * {@link #writer}, which every output of the command line goes through as a last line of
 * defence, escaping whatever still is unsafe except the line ends the command line writes.
 */
final class Terminal {

  private Terminal() {}

  /**
   * Tells whether a character is unsafe in a terminal: a C0 control (line breaks and tab
   * included), DEL, a C1 control (among them the one-byte introducer U+009B), a bidirectional
   * embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), or a line or paragraph
   * separator (U+2028, U+2029). The implicit marks (U+200E, U+200F, U+061C) stay: they only
   * steer neutral characters, and right-to-left texts need them.
   */
  static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028
        || c == 0x2029;
  }

  /** Returns the text with every unsafe character shown visibly, line breaks included. */
  static String escape(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        out.append(spelled(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (unsafe(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String spelled(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> String.format(Locale.ROOT, "\\u%04X", (int) c);
    };
  }

  /**
   * Prints a failure of the command line as its lines: for invalid input, its heading and then
   * each problem on a line of its own, each escaped, so that no problem can forge another line.
   */
  static void report(Throwable failure, PrintWriter err) {
    ValidationException invalid = null;
    for (Throwable t = failure; t != null && invalid == null; t = t.getCause()) {
      if (t instanceof ValidationException v && !v.problems().isEmpty()) {
        invalid = v;
      }
    }
    String message = String.valueOf(failure.getMessage());
    if (invalid == null) {
      err.println("competency: " + escape(message));
      return;
    }
    String own = String.valueOf(invalid.getMessage());
    String prefix =
        message.endsWith(own) ? message.substring(0, message.length() - own.length()) : "";
    int end = own.indexOf(System.lineSeparator());
    String heading = end < 0 ? own : own.substring(0, end);
    err.println("competency: " + escape(prefix + heading));
    for (Problem problem : invalid.problems()) {
      err.println("  " + escape(problem.toString()));
    }
  }

  /**
   * A writer in UTF-8 that escapes every unsafe character but the line ends: {@code \n}, and
   * {@code \r\n} where the platform ends lines so.
   */
  static PrintWriter writer(OutputStream out) {
    return new PrintWriter(new Filter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), true);
  }

  /** Escapes what is unsafe on its way to the wrapped writer. */
  static final class Filter extends FilterWriter {
    /** A carriage return not yet written: a line end if a line feed follows, else escaped. */
    private boolean pendingReturn;

    Filter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      write(new String(chars, offset, length), 0, length);
    }

    /** Writes runs of safe characters as they are and each unsafe one spelled out. */
    @Override
    public void write(String text, int offset, int length) throws IOException {
      int run = offset;
      int end = offset + length;
      for (int i = offset; i < end; i++) {
        char c = text.charAt(i);
        if (pendingReturn) {
          pendingReturn = false;
          out.write(c == '\n' ? "\r" : spelled('\r'));
        }
        if (c == '\n' || !unsafe(c)) {
          continue;
        }
        out.write(text, run, i - run);
        run = i + 1;
        if (c == '\r') {
          pendingReturn = true;
        } else {
          out.write(spelled(c));
        }
      }
      out.write(text, run, end - run);
    }

    @Override
    public void flush() throws IOException {
      if (pendingReturn) {
        pendingReturn = false;
        out.write(spelled('\r'));
      }
      super.flush();
    }
  }
}
