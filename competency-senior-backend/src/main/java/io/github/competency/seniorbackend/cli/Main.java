package io.github.competency.seniorbackend.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code competency [command] [options]}. Without a command it runs
 * {@code show}, which prints a role of a catalogue for a person to read. Mistakes end in one
 * line on standard error, naming the valid choices, and exit code 2.
 */
public final class Main {

  /** Exit code for a mistake on the command line. */
  static final int USAGE = 2;

  /** Exit code for data that cannot be used, such as an invalid catalogue. */
  static final int FAILURE = 1;

  static final Map<String, Command> COMMANDS = commands(new ShowCommand());

  private Main() {}

  /**
   * Runs the command line and exits with a non-zero code on failure.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command line; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> arguments = Arrays.asList(args);
    String name = "show";
    List<String> rest = arguments;
    if (!arguments.isEmpty() && !arguments.get(0).startsWith("-")) {
      name = arguments.get(0);
      rest = arguments.subList(1, arguments.size());
    }
    if (name.equals("help") || rest.contains("--help") || rest.contains("-h")) {
      help(out);
      return 0;
    }
    Command command = COMMANDS.get(name);
    try {
      if (command == null) {
        throw new UsageException("unknown command '" + name + "'; valid commands: "
            + String.join(", ", COMMANDS.keySet()) + ", help");
      }
      command.run(rest, out);
      return 0;
    } catch (UsageException e) {
      err.println("competency: " + e.getMessage());
      return USAGE;
    } catch (RuntimeException e) {
      err.println("competency: " + e.getMessage());
      return FAILURE;
    }
  }

  private static void help(PrintStream out) {
    out.println("usage: competency [command] [options]");
    out.println();
    out.println("commands:");
    for (Command command : COMMANDS.values()) {
      out.printf("  %-8s %s%n", command.name(), command.summary());
      for (String line : command.usage()) {
        out.println("           " + line);
      }
    }
    out.printf("  %-8s %s%n", "help", "print this text");
    out.println();
    out.println("Without a command, 'show' runs.");
  }

  private static Map<String, Command> commands(Command... commands) {
    Map<String, Command> byName = new LinkedHashMap<>();
    for (Command command : commands) {
      byName.put(command.name(), command);
    }
    return byName;
  }
}
