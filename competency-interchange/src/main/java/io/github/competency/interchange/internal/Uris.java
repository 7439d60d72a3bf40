package io.github.competency.interchange.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** URIs as CASE wants them. */
final class Uris {

  private Uris() {}

  /** Tells whether a URI can stand in a CASE field of format uri as it is: absolute ASCII. */
  static boolean isPlain(URI uri) {
    return uri.isAbsolute() && uri.toString().equals(uri.toASCIIString());
  }

  /** Percent-encodes every byte of the UTF-8 form except RFC 3986's unreserved characters. */
  static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
      }
    }
    return out.toString();
  }
}
