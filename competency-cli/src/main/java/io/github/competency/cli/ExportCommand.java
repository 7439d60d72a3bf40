package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.interchange.CaseJson;
import io.github.competency.interchange.RsdJson;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: a catalogue as a CASE 1.1 package or as Rich Skill Descriptors. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes a catalogue as a 1EdTech CASE 1.1 package (valid against the "
            + "CFPackage schema) or its skills as Open Skills Network Rich Skill Descriptors, on "
            + "standard output.")
final class ExportCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      required = true,
      completionCandidates = Interchange.Names.class,
      description = "case or rsd.")
  private String format;

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

  @Override
  public void run() {
    Catalogue loaded = CatalogueChoice.load(Optional.ofNullable(catalogue), spec).catalogue();
    PrintWriter out = spec.commandLine().getOut();
    switch (Interchange.parse(format, spec)) {
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
