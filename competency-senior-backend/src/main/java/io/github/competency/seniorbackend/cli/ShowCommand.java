package io.github.competency.seniorbackend.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Catalogues;
import io.github.competency.core.Role;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code show}: prints one role of a catalogue as text, Markdown or JSON. */
final class ShowCommand implements Command {

  private static final List<String> FORMATS = List.of("text", "markdown", "json");

  @Override
  public String name() {
    return "show";
  }

  @Override
  public String summary() {
    return "print a role: summary, responsibilities, required skills, career path, references";
  }

  @Override
  public List<String> usage() {
    return List.of(
        "--role ID        the role to show (default: " + SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER + ")",
        "--format FORMAT  text, markdown (a competency matrix) or json (default: text)",
        "--catalogue ID   the catalogue to read the role from (default: "
            + SeniorBackendEngineer.CATALOGUE_ID + ")");
  }

  @Override
  public void run(List<String> args, PrintStream out) throws UsageException {
    Options options = Options.parse(args, List.of("role", "format", "catalogue"));
    String format = options.get("format").orElse("text").toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(format)) {
      throw new UsageException("unknown format '" + format + "'; valid formats: "
          + String.join(", ", FORMATS));
    }
    Catalogue catalogue = catalogue(options.get("catalogue"));
    Role role = role(catalogue, options.get("role")
        .orElse(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER.value()));
    RoleReport report = new RoleReport(catalogue, role);
    switch (format) {
      case "markdown":
        out.print(new MarkdownRenderer(report).render());
        break;
      case "json":
        out.print(JsonRenderer.render(report));
        break;
      default:
        out.print(new TextRenderer(report).render());
    }
  }

  private static Catalogue catalogue(Optional<String> requested) throws UsageException {
    if (requested.isEmpty()) {
      return Catalogues.get(SeniorBackendEngineer.CATALOGUE_ID);
    }
    String id = requested.get();
    List<CatalogueId> available = Catalogues.available();
    for (CatalogueId candidate : available) {
      if (candidate.value().equals(id)) {
        return Catalogues.get(candidate);
      }
    }
    List<String> names = new ArrayList<>();
    available.forEach(c -> names.add(c.value()));
    throw new UsageException("unknown catalogue '" + id + "'; valid catalogues: "
        + String.join(", ", names));
  }

  private static Role role(Catalogue catalogue, String id) throws UsageException {
    for (Role role : catalogue.roles()) {
      if (role.id().value().equals(id)) {
        return role;
      }
    }
    List<String> names = new ArrayList<>();
    catalogue.roles().forEach(r -> names.add(r.id().value()));
    throw new UsageException("unknown role '" + id + "'; valid roles: "
        + String.join(", ", names));
  }
}
