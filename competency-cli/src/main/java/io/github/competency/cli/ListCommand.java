package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Catalogues;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code list}: the catalogues found, or the roles of one catalogue. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "Lists the shipped catalogues and the catalogue files given, or, with "
            + "--catalogue, the roles of one catalogue with their level, family and career steps.")
final class ListCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Option(
      names = "--catalogue",
      paramLabel = "ID|FILE",
      description = "List the roles of this catalogue: a shipped catalogue's id or a file.")
  private String catalogue;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Catalogue files to list next to the shipped catalogues.")
  private List<Path> files = new ArrayList<>();

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    if (catalogue != null) {
      roles(CatalogueChoice.load(Optional.of(catalogue), spec).catalogue(), out);
    } else {
      catalogues(out);
    }
    out.flush();
  }

  private void catalogues(PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("ID", "VERSION", "ROLES", "SKILLS", "FROM", "TITLE"));
    for (CatalogueId id : Catalogues.available()) {
      rows.add(row(Catalogues.get(id), "shipped"));
    }
    for (Path file : files) {
      rows.add(row(CatalogueChoice.read(file), file.toString()));
    }
    Table.print(rows, out);
  }

  private static List<String> row(Catalogue catalogue, String from) {
    return List.of(
        catalogue.id().value(),
        catalogue.version(),
        String.valueOf(catalogue.roles().size()),
        String.valueOf(catalogue.skills().size()),
        from,
        catalogue.title());
  }

  private static void roles(Catalogue catalogue, PrintWriter out) {
    out.println(
        Terminal.escape(
            "Roles of "
                + catalogue.id()
                + " "
                + catalogue.version()
                + " ("
                + catalogue.title()
                + "), by level:"));
    out.println();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("ID", "LEVEL", "FAMILY", "LEADS TO", "TITLE"));
    List<Role> byLevel = new ArrayList<>(catalogue.roles());
    byLevel.sort(
        (a, b) ->
            Integer.compare(catalogue.get(a.level()).rank(), catalogue.get(b.level()).rank()));
    for (Role role : byLevel) {
      String next =
          role.progressesTo().isEmpty()
              ? "-"
              : role.progressesTo().stream()
                  .map(Object::toString)
                  .collect(Collectors.joining(", "));
      rows.add(
          List.of(
              role.id().value(),
              catalogue.get(role.level()).name(),
              role.family().value(),
              next,
              role.title()));
    }
    Table.print(rows, out);
  }
}
