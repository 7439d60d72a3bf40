package io.github.competency.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The profiles a ranking set aside, as one compact JSON object a line in a temporary file, so
 * that the JSON ranking can list every one of them without holding them in memory. Deleted when
 * closed.
 */
final class SetAsideSpool implements AutoCloseable {

  private Path file;
  private BufferedWriter writer;

  /** Adds one entry, a JSON object without line breaks. */
  void add(String entry) {
    try {
      if (writer == null) {
        file = Files.createTempFile("competency-set-aside-", ".jsonl");
        file.toFile().deleteOnExit();
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      }
      writer.write(entry);
      writer.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the set-aside profiles: " + e.getMessage(), e);
    }
  }

  /** Hands every entry, in the order added, to {@code each}. */
  void forEach(Consumer<String> each) {
    if (writer == null) {
      return;
    }
    try {
      writer.flush();
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          each.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the set-aside profiles: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (writer == null) {
      return;
    }
    try {
      writer.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
    }
  }
}
