package io.github.competency.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The interchange formats of {@code export} and {@code import}. */
enum Interchange {
  /** 1EdTech CASE 1.1: a CFPackage. */
  CASE,
  /** Open Skills Network Rich Skill Descriptors. */
  RSD;

  static Interchange parse(String text, CommandSpec spec, String... others) {
    for (Interchange format : values()) {
      if (format.name().equalsIgnoreCase(text)) {
        return format;
      }
    }
    StringBuilder valid = new StringBuilder("case, rsd");
    for (String other : others) {
      valid.append(", ").append(other);
    }
    throw new ParameterException(
        spec.commandLine(), "unknown format '" + text + "'; valid formats: " + valid);
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The formats' names, for help, shell completion and tests that try every format. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(Interchange::label).iterator();
    }
  }
}
