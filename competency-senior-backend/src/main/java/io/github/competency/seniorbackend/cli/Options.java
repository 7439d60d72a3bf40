package io.github.competency.seniorbackend.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses {@code --name value} and {@code --name=value} options against a fixed set of names. */
final class Options {

  private final Map<String, String> values = new LinkedHashMap<>();

  private Options() {}

  static Options parse(List<String> args, List<String> names) throws UsageException {
    Options options = new Options();
    String valid = "valid options: --" + String.join(", --", names) + ", --help";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument '" + arg + "'; " + valid);
      }
      String name = arg.substring(2);
      String value = null;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      if (!names.contains(name)) {
        throw new UsageException("unknown option '--" + name + "'; " + valid);
      }
      if (value == null) {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
          throw new UsageException("option --" + name + " needs a value");
        }
        value = args.get(++i);
      }
      if (options.values.put(name, value) != null) {
        throw new UsageException("option --" + name + " is given twice");
      }
    }
    return options;
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }
}
