package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Role;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code show}: prints one role of a catalogue as text, Markdown or JSON. */
@Command(
    name = ShowCommand.NAME,
    mixinStandardHelpOptions = true,
    description =
        "Prints a role: summary, responsibilities, required skills, career path and "
            + "references.")
final class ShowCommand implements Runnable {

  static final String NAME = "show";

  /** How a role is printed. */
  enum Format {
    /** Plain text for a terminal. */
    text,
    /** A Markdown page with a competency matrix. */
    markdown,
    /** A role sheet in JSON. */
    json
  }

  @Spec private CommandSpec spec;

  @Option(
      names = "--role",
      paramLabel = "ID",
      description =
          "The role to show (default: senior-backend-engineer in the shipped "
              + "catalogue, the first role in any other).")
  private String role;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown (a competency matrix) or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--detail",
      description =
          "In text: add descriptions, indicators and what each required skill looks "
              + "like at its step.")
  private boolean detail;

  @Option(
      names = "--catalogue",
      paramLabel = "ID|FILE",
      description =
          "A shipped catalogue by id, or a catalogue file (default: " + "senior-backend-engineer).")
  private String catalogue;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "Show the role in this language (a BCP 47 tag such as de or de-CH), from "
              + "the catalogue's shipped translations or those given with --translation.")
  private String lang;

  @Option(
      names = "--translation",
      paramLabel = "FILE",
      description = "A translation of the catalogue (competency-translation/1); repeatable.")
  private List<Path> translations = new ArrayList<>();

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description =
          "An overlay (competency-overlay/1) to apply to the catalogue first; "
              + "repeatable, applied in order.")
  private List<Path> overlays = new ArrayList<>();

  @Override
  public void run() {
    CatalogueChoice.Loaded chosen = CatalogueChoice.load(Optional.ofNullable(catalogue), spec);
    Catalogue loaded =
        Languages.translate(
            CatalogueChoice.withOverlays(chosen, overlays), lang, translations, spec);
    RoleReport report = new RoleReport(loaded, role(loaded));
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case markdown -> out.print(new MarkdownRenderer(report).render());
      case json -> out.print(JsonRenderer.render(report));
      default -> out.print(new TextRenderer(report, detail).render());
    }
    out.flush();
  }

  private Role role(Catalogue loaded) {
    String wanted = role;
    if (wanted == null) {
      boolean hasDefault =
          loaded.roles().stream().anyMatch(r -> r.id().value().equals("senior-backend-engineer"));
      if (hasDefault || loaded.roles().isEmpty()) {
        wanted = "senior-backend-engineer";
      } else {
        return loaded.roles().get(0);
      }
    }
    for (Role candidate : loaded.roles()) {
      if (candidate.id().value().equals(wanted)) {
        return candidate;
      }
    }
    throw new ParameterException(
        spec.commandLine(),
        "unknown role '"
            + wanted
            + "'; valid roles: "
            + (loaded.roles().isEmpty()
                ? "none, the catalogue has no roles"
                : loaded.roles().stream()
                    .map(r -> r.id().value())
                    .collect(Collectors.joining(", "))));
  }
}
