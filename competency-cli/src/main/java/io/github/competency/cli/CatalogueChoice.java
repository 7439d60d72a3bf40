package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Catalogues;
import io.github.competency.core.CompetencyException;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import io.github.competency.core.json.CatalogueJson;
import io.github.competency.core.json.OverlayJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code --catalogue ID|FILE} names: a file if the value is or looks like a path, else a
 * catalogue found on the class path by id. A file that is missing or a folder is data that
 * cannot be used (exit code 1); an id no shipped catalogue has is a mistake on the command line
 * (exit code 2), unless a document named it (exit code 1, at its position in the document).
 */
final class CatalogueChoice {

  /** The catalogue shown when none is named. */
  static final CatalogueId DEFAULT = CatalogueId.of("senior-backend-engineer");

  private CatalogueChoice() {}

  /** A catalogue and where it came from: "shipped" or the file's path. */
  record Loaded(Catalogue catalogue, String origin) {}

  static Loaded load(Optional<String> requested, CommandSpec spec) {
    if (requested.isEmpty()) {
      return shipped(DEFAULT.value(), spec);
    }
    String value = requested.get();
    if (Inputs.meansFile(value)) {
      Path file = Inputs.file(Path.of(value));
      return new Loaded(read(file), file.toString());
    }
    return shipped(value, spec);
  }

  /**
   * The shipped catalogue a document names, such as a profile's {@code catalogue} field.
   *
   * @param named the id the document gives
   * @param document the document, for the message
   * @param at where the document names it, if known
   * @throws CompetencyException if no catalogue with that id is shipped
   */
  static Loaded named(CatalogueId named, String document, Optional<Inputs.Located> at) {
    Optional<Catalogue> found = Catalogues.find(named);
    if (found.isPresent()) {
      return new Loaded(found.get(), "shipped");
    }
    String message =
        "the catalogue '"
            + named
            + "' is not shipped; give its file with --catalogue FILE (shipped catalogues: "
            + shippedIds()
            + ")";
    throw new CompetencyException(
        document
            + ": "
            + at.map(a -> a.problem("catalogue", message))
                .orElse(Problem.of("catalogue", message)));
  }

  /**
   * Applies overlay files to a loaded catalogue, in order; translations shipped with the
   * catalogue still apply to what the overlays leave.
   */
  static Loaded withOverlays(Loaded loaded, List<Path> overlays) {
    if (overlays.isEmpty()) {
      return loaded;
    }
    overlays.forEach(Inputs::file);
    Catalogue changed = OverlayJson.defaults().apply(loaded.catalogue(), overlays).catalogue();
    return new Loaded(changed, loaded.origin());
  }

  /** Reads a catalogue file; an invalid one fails with its problems, prefixed with the file. */
  static Catalogue read(Path file) {
    try {
      return CatalogueJson.defaults().read(Inputs.file(file));
    } catch (InvalidCatalogueException e) {
      throw new CompetencyException(file + ": " + e.getMessage(), e);
    }
  }

  private static Loaded shipped(String id, CommandSpec spec) {
    List<CatalogueId> available = Catalogues.available();
    for (CatalogueId candidate : available) {
      if (candidate.value().equals(id)) {
        return new Loaded(Catalogues.get(candidate), "shipped");
      }
    }
    throw new ParameterException(
        spec.commandLine(),
        "unknown catalogue '"
            + id
            + "': no shipped catalogue has that id, and it is not a file; shipped catalogues: "
            + shippedIds());
  }

  private static String shippedIds() {
    List<CatalogueId> available = Catalogues.available();
    return available.isEmpty()
        ? "none"
        : available.stream().map(CatalogueId::value).collect(Collectors.joining(", "));
  }
}
