package io.github.competency.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Bytes decoded strictly into text in one encoding (UTF-8 unless given), a UTF-8 byte-order
 * mark dropped; bytes that are not valid in it, or a UTF-16 byte-order mark where UTF-8 is
 * expected, end the reading with the line and column where they are, instead of turning
 * silently into U+FFFD.
 */
public final class TextInput extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final Charset charset;
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
  private boolean eof;
  private boolean done;
  private final boolean countBytes;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;

  /** The line feed bytes in a range: eight bytes at a time, each zero byte of x ^ 0x0A... */
  static int newlines(byte[] bytes, int from, int to) {
    int count = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(bytes, i) ^ LINE_FEEDS;
      long y = ((x & LOW_SEVEN) + LOW_SEVEN) | x;
      count += Long.bitCount(~y & ~LOW_SEVEN);
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n') {
        count++;
      }
    }
    return count;
  }

  private long line = 1;
  private long column;
  private long bytesRead;

  private TextInput(InputStream in, Charset charset, byte[] start, int startLength) {
    this.in = in;
    this.charset = charset;
    // in UTF-8 and one-byte encodings a line feed is the byte 0x0A and no other character holds
    // it, so lines are counted in the bytes, eight at a time
    this.countBytes =
        charset.equals(StandardCharsets.UTF_8)
            || (charset.newEncoder().maxBytesPerChar() == 1
                && Arrays.equals("\n".getBytes(charset), new byte[] {'\n'}));
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.put(start, 0, startLength);
    bytes.flip();
  }

  /**
   * Opens text in a stream.
   *
   * @param in the bytes
   * @param charset the encoding when there is no byte-order mark
   * @return the text
   */
  public static TextInput open(InputStream in, Charset charset) {
    byte[] start = new byte[3];
    int n = 0;
    try {
      while (n < 3) {
        int read = in.read(start, n, 3 - n);
        if (read < 0) {
          break;
        }
        n += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (n >= 3
        && (start[0] & 0xFF) == 0xEF
        && (start[1] & 0xFF) == 0xBB
        && (start[2] & 0xFF) == 0xBF) {
      return new TextInput(in, StandardCharsets.UTF_8, start, 0);
    }
    boolean utf16 =
        n >= 2
            && (((start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE)
                || ((start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF));
    if (utf16 && charset.equals(StandardCharsets.UTF_8)) {
      throw new SheetFailure(
          "file",
          "the file is not UTF-8 text: it starts with the byte-order mark of UTF-16; save the"
              + " sheet as CSV UTF-8, or give its encoding (UTF-16)",
          1,
          1);
    }
    return new TextInput(in, charset, start, n);
  }

  /** The encoding the text is read in. */
  public Charset charset() {
    return charset;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (done) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (out.position() == offset) {
      int before = bytes.position();
      int charsBefore = out.position();
      CoderResult result = decoder.decode(bytes, out, eof);
      if (countBytes) {
        int after = bytes.position();
        int lines = newlines(bytes.array(), before, after);
        line += lines;
        if (lines == 0) {
          column += after - before;
        } else {
          int last = after - 1;
          while (bytes.array()[last] != '\n') {
            last--;
          }
          column = after - last - 1;
        }
      } else {
        for (int i = charsBefore; i < out.position(); i++) {
          column = buffer[i] == '\n' ? 0 : column + 1;
        }
      }
      if (result.isError()) {
        fail(buffer, offset, out.position(), result);
      }
      if (out.position() > offset) {
        break;
      }
      if (eof) {
        CoderResult flushed = decoder.flush(out);
        if (flushed.isError()) {
          fail(buffer, offset, out.position(), flushed);
        }
        done = true;
        if (out.position() == offset) {
          return -1;
        }
        break;
      }
      bytes.compact();
      int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (read < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + read);
        bytesRead += read;
      }
      bytes.flip();
    }
    int end = out.position();
    if (!countBytes) {
      for (int i = offset; i < end; i++) {
        if (buffer[i] == '\n') {
          line++;
        }
      }
    }
    return end - offset;
  }

  private void fail(char[] buffer, int offset, int end, CoderResult result)
      throws CharacterCodingException {
    if (!countBytes) {
      for (int i = offset; i < end; i++) {
        if (buffer[i] == '\n') {
          line++;
        }
      }
    }
    // the column was counted up to the bad byte; in UTF-8 it counts bytes
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < result.length() && bytes.position() + i < bytes.limit(); i++) {
      shown.append(
          String.format(
              Locale.ROOT, "%s0x%02X", i == 0 ? "" : " ", bytes.get(bytes.position() + i)));
    }
    throw new SheetFailure(
        "file",
        "the file is not "
            + charset.name()
            + " text: the bytes "
            + shown
            + " cannot be read as "
            + charset.name()
            + "; save the sheet as CSV UTF-8, or give its encoding (such as windows-1252)",
        (int) Math.min(Integer.MAX_VALUE, line),
        (int) Math.min(Integer.MAX_VALUE, column + 1));
  }

  /** How many bytes were read so far, for limits. */
  long bytesRead() {
    return bytesRead;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
