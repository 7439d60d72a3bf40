package io.github.competency.interchange.internal;

import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Decodes documents that must be UTF-8, with the core's rules for catalogues: a UTF-8 byte-order
 * mark is skipped; UTF-16, UTF-32 and malformed UTF-8 are refused with a problem at {@code $}.
 * (The core's decoder is not part of its API, hence these few lines here.)
 */
final class Utf8 {

  private Utf8() {}

  static String decode(byte[] bytes) {
    String other = otherEncoding(bytes);
    if (other != null) {
      throw refused("the document must be UTF-8; it looks like " + other, 1, 1);
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      throw notUtf8(bytes, input.position(), output);
    }
    output.flip();
    return output.toString();
  }

  /** The problem for a byte that does not decode, at the line and column it comes at. */
  private static InvalidCatalogueException notUtf8(byte[] bytes, int at, CharBuffer decoded) {
    decoded.flip();
    int line = 1;
    int column = 1;
    for (int i = 0; i < decoded.length(); i++) {
      if (decoded.charAt(i) == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(decoded.charAt(i))) {
        column++;
      }
    }
    String bad =
        at < bytes.length ? String.format(Locale.ROOT, "0x%02X", bytes[at] & 0xFF) : "the end";
    return refused(
        "the document is not valid UTF-8: byte "
            + bad
            + " at offset "
            + at
            + " does not continue or start a character",
        line,
        column);
  }

  private static InvalidCatalogueException refused(String message, int line, int column) {
    return new InvalidCatalogueException(List.of(Problem.of(Paths.ROOT, message, line, column)));
  }

  /** Names the encoding of a document that is plainly not UTF-8, or null. */
  private static String otherEncoding(byte[] b) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return "UTF-32 (big-endian byte-order mark)";
    }
    if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32 (little-endian byte-order mark)";
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return "UTF-16 (big-endian byte-order mark)";
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return "UTF-16 (little-endian byte-order mark)";
    }
    for (int i = 0; i < Math.min(n, 4); i++) {
      if (b[i] == 0) {
        return "UTF-16 or UTF-32: it has zero bytes at its start";
      }
    }
    return null;
  }
}
