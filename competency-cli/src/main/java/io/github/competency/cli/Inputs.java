package io.github.competency.cli;

import io.github.competency.core.CompetencyException;
import io.github.competency.core.Problem;
import io.github.competency.core.json.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Files as people name them on the command line. One rule for every command: a file that is
 * not there, is a folder or cannot be read is data that cannot be used (exit code 1), with a
 * message that names the file; its bytes go to the library's readers as they are, so that a
 * file in another encoding than UTF-8 is reported with its byte, line and column.
 */
final class Inputs {

  private Inputs() {}

  /**
   * Returns a path that names a regular file.
   *
   * @throws CompetencyException naming the file if it is missing or a folder
   */
  static Path file(Path path) {
    if (Files.isRegularFile(path)) {
      return path;
    }
    throw new CompetencyException(path + ": " + (Files.isDirectory(path) ? FOLDER : MISSING));
  }

  static final String MISSING = "no such file";
  static final String FOLDER = "a folder, not a file";

  /**
   * Tells whether a value given for {@code ID|FILE} means a file: it names one, or it looks like
   * one (a path with a separator, or a name ending in {@code .json}), so that a mistyped file
   * name is reported as a missing file, not as an unknown id.
   */
  static boolean meansFile(String value) {
    try {
      if (Files.exists(Path.of(value))) {
        return true;
      }
    } catch (InvalidPathException e) {
      return false; // no file can have that name
    }
    return value.indexOf('/') >= 0
        || value.indexOf(java.io.File.separatorChar) >= 0
        || value.endsWith(".json");
  }

  /**
   * Reads a file's bytes, at most one more than a document may have, so that the reader says
   * the document is too large instead of this running out of memory.
   *
   * @throws CompetencyException naming the file if it cannot be read
   */
  static byte[] bytes(Path path) {
    file(path);
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(ReadLimits.defaults().maxDocumentBytes() + 1);
    } catch (NoSuchFileException e) {
      throw new CompetencyException(path + ": " + MISSING, e);
    } catch (AccessDeniedException e) {
      throw new CompetencyException(path + ": permission denied", e);
    } catch (IOException e) {
      throw new CompetencyException(path + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Finds a top-level field of a JSON document and its value, if it is a string.
   *
   * @return the value and its position, or empty if the document has no such field
   */
  static Optional<Located> field(byte[] json, String name) {
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals(name) && value == JsonToken.VALUE_STRING) {
          TokenStreamLocation at = parser.currentTokenLocation();
          return Optional.of(new Located(parser.getString(), at.getLineNr(), at.getColumnNr()));
        }
        parser.skipChildren();
      }
    } catch (RuntimeException e) {
      // not JSON there: the library's reader says what is wrong, with its position
    }
    return Optional.empty();
  }

  /** A string value of a document and where it is. */
  record Located(String value, int line, int column) {
    /** A problem at this value: {@code path: message (line L, column C)}. */
    Problem problem(String path, String message) {
      return line >= 1 && column >= 1
          ? Problem.of(path, message, line, column)
          : Problem.of(path, message);
    }
  }
}
