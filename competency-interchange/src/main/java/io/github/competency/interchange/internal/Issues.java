package io.github.competency.interchange.internal;

import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.internal.Texts;
import io.github.competency.core.internal.json.DocumentReader;
import io.github.competency.core.internal.json.JsonDocuments;
import io.github.competency.core.internal.json.JsonPath;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.core.JsonParser;

/**
 * What an import finds wrong (problems, which make it fail, kept by the document's reader up to
 * its limit) and what it cannot carry over (warnings, which it reports beside the catalogue, up
 * to {@value #MAX_WARNINGS} and then how many more). Not thread-safe; one per import.
 */
final class Issues {

  /** The most warnings an import keeps; one more says how many there were beyond. */
  static final int MAX_WARNINGS = 1_000;

  private final JsonDocuments<InvalidCatalogueException>.Input input;
  private final DocumentReader reader;
  private final List<Imported.Warning> warnings = new ArrayList<>();
  private int beyond;
  private boolean muted;

  /** The memory an import keeps, beyond 4 bytes for each byte (or character) of the document. */
  static final long BASE_BUDGET = 32L << 20;

  Issues(JsonDocuments<InvalidCatalogueException>.Input input) {
    this.input = input;
    this.reader = input.reader();
    reader.limitMemory(
        BASE_BUDGET + 4L * input.length(),
        total ->
            String.format(
                java.util.Locale.ROOT,
                "the document holds more records than an import keeps for a document of its"
                    + " size (an estimated %,d bytes: 32 MiB and 4 for each of its bytes); it is"
                    + " not read further",
                total));
  }

  /** The reader of the whole document, which holds the problems. */
  DocumentReader reader() {
    return reader;
  }

  /** The document. */
  JsonDocuments<InvalidCatalogueException>.Input input() {
    return input;
  }

  /**
   * Notes a problem; throws every problem once the limit of problems is reached.
   *
   * @param path where, as problems spell paths
   * @param message what is wrong
   */
  void problem(String path, String message) {
    reader.problem(path, message, null);
  }

  /** Leaves out the warnings from now on: the same mapping gave them before. */
  void mute() {
    muted = true;
  }

  /** Notes something that could not be carried over. */
  void warn(String path, Optional<String> identifier, String message) {
    if (muted) {
      return;
    }
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(new Imported.Warning(path, identifier.map(Texts::abbreviate), message));
    } else {
      beyond++;
    }
  }

  /** Throws the problems found, if any; the import's entry gives them their positions. */
  void failIfProblems() {
    reader.failIfProblems();
  }

  /** Tells whether a problem was found. */
  boolean failed() {
    return reader.problemCount() > 0;
  }

  /** The warnings, with one more at the end if some were left out. */
  List<Imported.Warning> warnings() {
    return warnings(list -> list);
  }

  /** The warnings in an order, with one more at the end if some were left out. */
  List<Imported.Warning> warnings(UnaryOperator<List<Imported.Warning>> order) {
    List<Imported.Warning> all = new ArrayList<>(order.apply(warnings));
    if (beyond > 0) {
      all.add(
          new Imported.Warning(
              "$",
              Optional.empty(),
              String.format(
                  java.util.Locale.ROOT,
                  "%,d more warnings are left out; an import keeps the first %,d",
                  beyond,
                  MAX_WARNINGS)));
    }
    return all;
  }

  /** What reading a record's extension found. */
  enum Extension {
    /** The record has none. */
    ABSENT,
    /** It was read. */
    READ,
    /** It has problems. */
    BROKEN;

    boolean present() {
      return this != ABSENT;
    }
  }

  /**
   * Reads an object of this project in another system's record, which the first pass skipped,
   * into a builder: strictly, its problems at their paths and positions in the whole document.
   *
   * @param span where the object starts, or null if the record has none
   * @param path its path, as problems spell paths, such as {@code CFItems[3].extensions.competency}
   * @return what was found
   */
  <B> Extension read(Span span, String path, Shape<?, B> shape, B builder) {
    if (span == null) {
      return Extension.ABSENT;
    }
    JsonPath at = path(path);
    Boolean read;
    try (JsonParser parser = input.parser(span)) {
      read =
          reader
              .at(parser, span)
              .guarded(
                  at,
                  in -> {
                    in.parser().nextToken();
                    return shape.readInto(in, at, builder);
                  });
    }
    return Boolean.TRUE.equals(read) ? Extension.READ : Extension.BROKEN;
  }

  /** A path as problems spell it, such as {@code skills[3].competency}, as the engine's. */
  static JsonPath path(String path) {
    JsonPath at = JsonPath.ROOT;
    for (String part : path.split("\\.")) {
      int open = part.indexOf('[');
      String name = open < 0 ? part : part.substring(0, open);
      if (!name.equals("$")) {
        at = at.child(name);
      }
      while (open >= 0) {
        int close = part.indexOf(']', open);
        at = at.index(Integer.parseInt(part.substring(open + 1, close)));
        open = part.indexOf('[', close);
      }
    }
    return at;
  }

  /** Shortens a value quoted in a message, so that hostile input cannot flood it. */
  static String quote(String value) {
    return Texts.abbreviate(value);
  }
}
