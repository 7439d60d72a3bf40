package io.github.competency.cli;

import io.github.competency.core.CompetencyException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code competency [command] [options]}. Without a command it runs
 * {@code show}, which prints a role of a catalogue for a person to read. A mistake on the
 * command line ends in a line on standard error naming the valid choices and exit code 2; data
 * that cannot be used (an invalid catalogue, an unreadable file) ends in exit code 1.
 */
public final class Main {

  /** Exit code for a mistake on the command line. */
  static final int USAGE = CommandLine.ExitCode.USAGE;

  /** Exit code for data that cannot be used, such as an invalid catalogue. */
  static final int FAILURE = CommandLine.ExitCode.SOFTWARE;

  /** Options of the top command; anything else starting with '-' goes to the default command. */
  private static final Set<String> TOP_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  private Main() {}

  /**
   * Runs the command line and exits with a non-zero code on failure.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command line; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine line = commandLine();
    // everything printed goes through the terminal filter, whoever prints it
    PrintWriter outWriter = Terminal.writer(out);
    PrintWriter errWriter = Terminal.writer(err);
    line.setOut(outWriter);
    line.setErr(errWriter);
    int code = line.execute(withDefaultCommand(line, args));
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** The command tree, configured; one per run, since picocli keeps parsed state in it. */
  static CommandLine commandLine() {
    CommandLine line = new CommandLine(new CompetencyCommand());
    // plain help: every output goes through the terminal filter, which would show picocli's
    // colours as escapes
    line.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setAbbreviatedOptionsAllowed(false);
    line.setParameterExceptionHandler(Main::usageError);
    line.setExecutionExceptionHandler(
        (e, failed, parsed) -> {
          if (e instanceof CompetencyException || e instanceof UncheckedIOException) {
            Terminal.report(e, failed.getErr());
            return FAILURE;
          }
          throw e;
        });
    return line;
  }

  /** {@code competency --role x} means {@code competency show --role x}. */
  private static String[] withDefaultCommand(CommandLine line, String[] args) {
    if (args.length > 0 && (!args[0].startsWith("-") || TOP_OPTIONS.contains(args[0]))) {
      return args; // a command, a mistyped one (which picocli answers with suggestions), or help
    }
    List<String> all = new ArrayList<>(List.of(args));
    all.add(0, ShowCommand.NAME);
    return all.toArray(String[]::new);
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine failed = e.getCommandLine();
    PrintWriter err = failed.getErr();
    err.println("competency: " + Terminal.escape(String.valueOf(e.getMessage())));
    UnmatchedArgumentException.printSuggestions(e, err);
    return USAGE;
  }
}
