package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CompetencyException;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.json.CatalogueJson;
import io.github.competency.interchange.CaseJson;
import io.github.competency.interchange.ImportResult;
import io.github.competency.interchange.ImportWarning;
import io.github.competency.interchange.RsdJson;
import io.github.competency.tabular.CatalogueWorkbook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import}: a CASE package, a collection of Rich Skill Descriptors or a catalogue workbook
 * as a catalogue.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Reads a CASE package (1.1, or 1.0 as OpenSALT serves it) or a collection of "
            + "Rich Skill Descriptors, or a catalogue workbook (XLSX), and writes it as a "
            + "competency catalogue on standard output; "
            + "what could not be mapped is listed on standard error.")
final class ImportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      required = true,
      completionCandidates = ImportCommand.Formats.class,
      description = "case, rsd or xlsx (a catalogue workbook as export --format xlsx writes it).")
  private String from;

  @Parameters(paramLabel = "FILE", description = "The package or collection to read.")
  private Path file;

  /** The formats of {@code --from}, for help and shell completion. */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      new Interchange.Names().forEach(names::add);
      names.add("xlsx");
      return names.iterator();
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (from.equalsIgnoreCase("xlsx")) {
      Inputs.file(file);
      Catalogue catalogue;
      try {
        catalogue = CatalogueWorkbook.defaults().read(file);
      } catch (InvalidCatalogueException e) {
        throw new CompetencyException(file + ": cannot import as xlsx: " + e.getMessage(), e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(CatalogueJson.defaults().toJson(catalogue));
      out.flush();
      err.println(Terminal.escape("competency: imported " + catalogue + " from " + file));
      err.flush();
      return 0;
    }
    Interchange format = Interchange.parse(from, spec, "xlsx");
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
