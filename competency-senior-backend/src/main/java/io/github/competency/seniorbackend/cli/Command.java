package io.github.competency.seniorbackend.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line, such as {@code show}. New commands join {@link Main#COMMANDS}. */
interface Command {

  /** The word that selects the command. */
  String name();

  /** One line saying what the command does, for the help text. */
  String summary();

  /** The options the command takes, one per line, for the help text. */
  List<String> usage();

  /** Runs the command with the arguments after its name. */
  void run(List<String> args, PrintStream out) throws UsageException;
}
