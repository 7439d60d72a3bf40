package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CompetencyException;
import io.github.competency.interchange.CaseJson;
import io.github.competency.interchange.RsdJson;
import io.github.competency.tabular.CatalogueWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export}: a catalogue as a CASE 1.1 package, as Rich Skill Descriptors, as a workbook or
 * its matrix as CSV.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes a catalogue as a 1EdTech CASE 1.1 package (valid against the "
            + "CFPackage schema), its skills as Open Skills Network Rich Skill Descriptors, the "
            + "whole catalogue as an XLSX workbook to edit and import again, or its roles-by-skills "
            + "matrix as CSV; on standard output or to --output.")
final class ExportCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      required = true,
      completionCandidates = ExportCommand.Formats.class,
      description =
          "case, rsd, xlsx (the catalogue as a workbook to edit and import again) or csv (the"
              + " roles-by-skills matrix alone).")
  private String format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to a file instead of standard output; needed for xlsx.")
  private Path output;

  @Option(
      names = "--catalogue",
      paramLabel = "ID|FILE",
      description =
          "A shipped catalogue by id, or a catalogue file (default: " + "senior-backend-engineer).")
  private String catalogue;

  @Option(
      names = "--base-uri",
      paramLabel = "URI",
      description = "Where the exported identifiers' URIs live (default: the library's).")
  private URI baseUri;

  /** The formats of {@code --format}, for help and shell completion. */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      new Interchange.Names().forEach(names::add);
      names.add("xlsx");
      names.add("csv");
      return names.iterator();
    }
  }

  @Override
  public void run() {
    Catalogue loaded = CatalogueChoice.load(Optional.ofNullable(catalogue), spec).catalogue();
    if (format.equalsIgnoreCase("xlsx")) {
      if (output == null) {
        throw new ParameterException(
            spec.commandLine(), "--format xlsx writes a binary workbook: give --output FILE.xlsx");
      }
      try (OutputStream file = Files.newOutputStream(output)) {
        CatalogueWorkbook.defaults().write(loaded, file);
      } catch (IOException e) {
        throw new CompetencyException(output + ": cannot be written: " + e.getMessage(), e);
      }
      spec.commandLine()
          .getErr()
          .println(Terminal.escape("competency: wrote " + loaded + " to " + output));
      return;
    }
    StringWriter text = new StringWriter();
    write(loaded, new PrintWriter(text), output == null);
    if (output == null) {
      // standard output's writer shows a carriage return as text: lines end with LF there
      spec.commandLine().getOut().print(text.toString().replace("\r\n", "\n"));
      spec.commandLine().getOut().flush();
      return;
    }
    try {
      Files.writeString(output, text.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CompetencyException(output + ": cannot be written: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a text format; CSV with CRLF line ends, as spreadsheets save it, and for a terminal
   * with the line breaks and controls of its texts shown, not obeyed.
   */
  private void write(Catalogue loaded, PrintWriter out, boolean terminal) {
    if (format.equalsIgnoreCase("csv")) {
      CatalogueWorkbook.defaults()
          .writeMatrixCsv(loaded, out, terminal ? Terminal::escape : UnaryOperator.identity());
      out.flush();
      return;
    }
    switch (Interchange.parse(format, spec, "xlsx", "csv")) {
      case CASE -> {
        CaseJson json =
            baseUri == null ? CaseJson.defaults() : CaseJson.defaults().withBaseUri(baseUri);
        out.print(json.toJson(loaded));
      }
      case RSD -> {
        RsdJson json =
            baseUri == null ? RsdJson.defaults() : RsdJson.defaults().withBaseUri(baseUri);
        out.print(json.toJson(loaded));
      }
    }
    out.flush();
  }
}
