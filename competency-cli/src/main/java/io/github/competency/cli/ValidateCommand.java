package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import io.github.competency.core.json.CatalogueJson;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: reads documents and prints every problem of each, with its position. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Reads each catalogue file and prints every problem with its path, line and "
        + "column. Exits with 0 when all are valid, 1 when any is not.")
final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to check.")
  private List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean allValid = true;
    for (Path file : files) {
      allValid &= check(file, out);
    }
    out.flush();
    return allValid ? 0 : Main.FAILURE;
  }

  private static boolean check(Path file, PrintWriter out) {
    if (!Files.isRegularFile(file)) {
      out.println(file + ": no such file");
      return false;
    }
    try {
      Catalogue catalogue = CatalogueJson.defaults().read(file);
      out.println(file + ": valid catalogue " + catalogue.id() + " " + catalogue.version() + " ("
          + catalogue.roles().size() + " roles, " + catalogue.skills().size() + " skills, "
          + catalogue.responsibilities().size() + " responsibilities)");
      return true;
    } catch (InvalidCatalogueException e) {
      List<Problem> problems = e.problems();
      out.println(file + ": invalid catalogue, " + problems.size()
          + (problems.size() == 1 ? " problem" : " problems"));
      problems.forEach(problem -> out.println("  " + problem));
      return false;
    } catch (UncheckedIOException e) {
      out.println(file + ": cannot be read: " + e.getCause().getMessage());
      return false;
    }
  }
}
