package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CompetencyException;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.json.CatalogueJson;
import io.github.competency.interchange.CaseJson;
import io.github.competency.interchange.ImportResult;
import io.github.competency.interchange.ImportWarning;
import io.github.competency.interchange.RsdJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import}: a CASE package or a collection of Rich Skill Descriptors as a catalogue. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Reads a CASE package (1.1, or 1.0 as OpenSALT serves it) or a collection of "
            + "Rich Skill Descriptors and writes it as a competency catalogue on standard output; "
            + "what could not be mapped is listed on standard error.")
final class ImportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      required = true,
      completionCandidates = Interchange.Names.class,
      description = "case or rsd.")
  private String from;

  @Parameters(paramLabel = "FILE", description = "The package or collection to read.")
  private Path file;

  @Override
  public Integer call() {
    Interchange format = Interchange.parse(from, spec);
    PrintWriter err = spec.commandLine().getErr();
    Inputs.file(file);
    ImportResult result;
    try {
      result =
          format == Interchange.CASE
              ? CaseJson.defaults().read(file)
              : RsdJson.defaults().read(file);
    } catch (InvalidCatalogueException e) {
      throw new CompetencyException(
          file + ": cannot import as " + format.label() + ": " + e.getMessage(), e);
    }
    Catalogue catalogue = result.catalogue();
    PrintWriter out = spec.commandLine().getOut();
    out.print(CatalogueJson.defaults().toJson(catalogue));
    out.flush();
    err.println(
        Terminal.escape(
            "competency: imported "
                + catalogue
                + " from "
                + file
                + " with "
                + result.warnings().size()
                + (result.warnings().size() == 1 ? " warning" : " warnings")));
    for (ImportWarning warning : result.warnings()) {
      err.println("  " + Terminal.escape(warning.toString()));
    }
    err.flush();
    return 0;
  }
}
