package io.github.competency.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command of the command line and every choice of its {@code --format} (or
 * {@code --from}), found through picocli's model, and the arguments that run each with a set
 * of input files. Options are filled by name, so that a new command with the usual options is
 * driven as soon as it exists; an option or positional parameter this class does not know
 * fails the tests that use it, until it is taught here.
 */
final class Invocations {

  /** The input files a command is run with. */
  record Kit(
      Path catalogue,
      Path overlay,
      Path translation,
      Path profile,
      Path profiles,
      Path caseFile,
      Path rsdFile,
      List<Path> documents) {}

  /** One run: the command's name, its format (or null), what it is for, and its arguments. */
  record Invocation(String command, String format, String scenario, List<String> args) {
    @Override
    public String toString() {
      return String.join(" ", args).replaceAll("\\p{Cntrl}", "?");
    }
  }

  /** What a run printed and returned. */
  record Result(int code, String out, String err) {}

  /** Options each scenario fills itself; any other option must be in {@link #filled}. */
  private static final Set<String> SKIPPED =
      Set.of("--help", "--version", "--role", "--base-uri", "--top", "--mode");

  private Invocations() {}

  /** The subcommands of the top command, by name, in the order the help lists them. */
  static Map<String, CommandSpec> commands() {
    Map<String, CommandSpec> commands = new LinkedHashMap<>();
    Main.commandLine()
        .getSubcommands()
        .forEach((name, line) -> commands.put(name, line.getCommandSpec()));
    return commands;
  }

  /** The choices of a command's format option, or a single null if it has none. */
  static List<String> formats(CommandSpec command) {
    List<String> formats = new ArrayList<>();
    for (String name : List.of("--format", "--from")) {
      OptionSpec option = command.findOption(name);
      if (option != null) {
        if (option.completionCandidates() == null) {
          fail(command.name() + " " + name + " names no choices to enumerate");
        }
        option.completionCandidates().forEach(formats::add);
      }
    }
    if (formats.isEmpty()) {
      formats.add(null);
    }
    return formats;
  }

  /**
   * The runs of a command in one format: with every input it takes, with the plain inputs
   * only, with its flags set, and ranking profiles if it ranks.
   */
  static List<Invocation> of(CommandSpec command, String format, Kit kit) {
    List<Invocation> runs = new ArrayList<>();
    runs.add(
        new Invocation(
            command.name(), format, "every input", args(command, format, kit, true, false)));
    runs.add(
        new Invocation(
            command.name(), format, "plain inputs", args(command, format, kit, false, false)));
    boolean flags =
        command.options().stream()
            .anyMatch(o -> !o.usageHelp() && !o.versionHelp() && o.arity().max() == 0);
    if (flags) {
      runs.add(
          new Invocation(command.name(), format, "flags", args(command, format, kit, true, true)));
    }
    if (command.findOption("--rank") != null) {
      List<String> rank =
          new ArrayList<>(List.of(command.name(), "--rank", kit.profiles().toString()));
      rank.addAll(List.of("--catalogue", kit.catalogue().toString()));
      if (format != null) {
        rank.addAll(List.of("--format", format));
      }
      runs.add(new Invocation(command.name(), format, "rank", rank));
    }
    return runs;
  }

  /** The arguments that run a command on the kit's files. */
  static List<String> args(
      CommandSpec command, String format, Kit kit, boolean everything, boolean flags) {
    List<String> args = new ArrayList<>(List.of(command.name()));
    for (OptionSpec option : command.options()) {
      String name = option.longestName();
      if (option.usageHelp() || option.versionHelp() || SKIPPED.contains(name)) {
        continue;
      }
      if (option.arity().max() == 0) {
        if (flags) {
          args.add(name);
        }
        continue;
      }
      List<String> values = filled(command, name, format, kit, everything);
      if (values == null) {
        fail(
            "the tests do not know how to fill the option "
                + name
                + " of '"
                + command.name()
                + "'; teach Invocations");
      }
      for (String value : values) {
        args.add(name);
        args.add(value);
      }
    }
    args.addAll(positionals(command, format, kit));
    return args;
  }

  /** The values of an option, none to leave it out, or null if the option is unknown. */
  private static List<String> filled(
      CommandSpec command, String name, String format, Kit kit, boolean everything) {
    return switch (name) {
      case "--format", "--from" -> List.of(format);
      case "--catalogue" ->
          everything || command.positionalParameters().isEmpty()
              ? List.of(kit.catalogue().toString())
              : List.of(); // plain: the catalogue the positional documents name
      case "--overlay" -> everything ? List.of(kit.overlay().toString()) : List.of();
      case "--lang" ->
          everything && command.findOption("--translation") != null ? List.of("de") : List.of();
      case "--translation" -> everything ? List.of(kit.translation().toString()) : List.of();
      case "--rank" -> List.of(); // a scenario of its own
      case "--output" ->
          "xlsx".equals(format)
              ? List.of(kit.catalogue().resolveSibling("export.xlsx").toString())
              : List.of();
      // ratings sheets and their options have tests of their own (SheetCommandsTest)
      case "--ratings",
          "--person",
          "--out",
          "--mapping",
          "--sheet",
          "--layout",
          "--separator",
          "--encoding",
          "--numbering",
          "--date-format",
          "--assessed-on",
          "--rater-kind",
          "--ignore-column" ->
          List.of();
      default -> null;
    };
  }

  /** The positional parameters of a command, by what it reads. */
  static List<String> positionals(CommandSpec command, String format, Kit kit) {
    if (command.positionalParameters().isEmpty()) {
      return List.of();
    }
    List<String> values =
        switch (command.name()) {
          case "list" -> List.of(kit.catalogue().toString());
          case "validate" -> kit.documents().stream().map(Path::toString).toList();
          case "assess" -> List.of(kit.profile().toString());
          case "diff" -> List.of(kit.catalogue().toString(), CatalogueChoice.DEFAULT.value());
          case "import" ->
              List.of(
                  ("rsd".equals(format)
                          ? kit.rsdFile()
                          : "xlsx".equals(format) ? workbook(kit) : kit.caseFile())
                      .toString());
          default -> null;
        };
    if (values == null) {
      fail(
          "the tests do not know the positional parameters of '"
              + command.name()
              + "'; teach Invocations");
    }
    return values;
  }

  /** The kit's catalogue as a workbook, written beside it on first use. */
  static Path workbook(Kit kit) {
    Path workbook = kit.catalogue().resolveSibling("catalogue-workbook.xlsx");
    if (!java.nio.file.Files.exists(workbook)) {
      try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(workbook)) {
        io.github.competency.tabular.CatalogueWorkbook.defaults()
            .write(
                io.github.competency.core.json.CatalogueJson.defaults().read(kit.catalogue()), out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return workbook;
  }

  /** Runs the command line in this JVM, as {@link Main#main} does but capturing its output. */
  static Result run(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The exit codes, for messages. */
  static final int USAGE = CommandLine.ExitCode.USAGE;
}
