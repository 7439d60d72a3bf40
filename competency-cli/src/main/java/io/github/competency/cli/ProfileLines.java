package io.github.competency.cli;

import io.github.competency.core.CompetencyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The profiles of a JSON-lines file or a folder, one at a time and each at most
 * {@value #MAX_BYTES} bytes, so that ranking a population holds one profile's text at a time: a
 * file is read line by line (a longer line is skipped to its end and reported, never held), a
 * folder file by file in the order of their names (only the names are listed up front).
 */
final class ProfileLines implements AutoCloseable {

  /** The largest profile read: far more than a person's ratings with evidence take. */
  static final int MAX_BYTES = 1 << 20;

  /** One profile's text, or why it could not be read, and where it is. */
  record Entry(String where, byte[] text, String problem) {}

  private final Path path;
  private final InputStream lines;
  private final Iterator<Path> files;
  private int number;
  private byte[] buffer = new byte[8192];
  private final byte[] chunk = new byte[1 << 16];
  private int start;
  private int limit;

  private ProfileLines(Path path, InputStream lines, Iterator<Path> files) {
    this.path = path;
    this.lines = lines;
    this.files = files;
  }

  /** Opens a folder of {@code *.json} files or a JSON-lines file. */
  static ProfileLines open(Path path) {
    try {
      if (Files.isDirectory(path)) {
        List<Path> names = new ArrayList<>();
        try (DirectoryStream<Path> folder = Files.newDirectoryStream(path, "*.json")) {
          folder.forEach(names::add);
        }
        names.sort(null);
        return new ProfileLines(path, null, names.iterator());
      }
      if (Files.isRegularFile(path)) {
        return new ProfileLines(path, Files.newInputStream(path), null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    throw new CompetencyException(path + ": no such file or folder");
  }

  /** The next profile's text, or null at the end; blank lines are skipped. */
  Entry next() {
    try {
      return files != null ? nextFile() : nextLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private Entry nextFile() throws IOException {
    if (!files.hasNext()) {
      return null;
    }
    Path file = files.next();
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      return new Entry(file.toString(), null, tooLong(size));
    }
    return new Entry(file.toString(), Files.readAllBytes(file), null);
  }

  private Entry nextLine() throws IOException {
    while (true) {
      if (!fill()) {
        return null;
      }
      number++;
      int length = 0;
      long seen = 0;
      while (true) {
        if (!fill()) {
          break; // the last line, without a newline
        }
        int end = start;
        while (end < limit && chunk[end] != '\n') {
          end++;
        }
        int piece = end - start;
        if (seen + piece <= MAX_BYTES) {
          if (length + piece > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(length + piece, 2 * buffer.length));
          }
          System.arraycopy(chunk, start, buffer, length, piece);
          length += piece;
        }
        seen += piece;
        start = end;
        if (end < limit) {
          start++; // past the newline
          break;
        }
      }
      String where = path + ":" + number;
      if (seen > MAX_BYTES) {
        return new Entry(where, null, tooLong(seen));
      }
      if (!blank(buffer, length)) {
        return new Entry(where, Arrays.copyOf(buffer, length), null);
      }
    }
  }

  /** Makes sure the chunk has unread bytes; false at the end of the file. */
  private boolean fill() throws IOException {
    if (start < limit) {
      return true;
    }
    limit = lines.read(chunk, 0, chunk.length);
    start = 0;
    if (limit <= 0) {
      limit = 0;
      return false;
    }
    return true;
  }

  private static boolean blank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String tooLong(long size) {
    return "has "
        + size
        + " bytes; a profile to rank has at most "
        + MAX_BYTES
        + " bytes (it was skipped)";
  }

  @Override
  public void close() {
    if (lines != null) {
      try {
        lines.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close " + path + ": " + e.getMessage(), e);
      }
    }
  }
}
