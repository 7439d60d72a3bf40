package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Catalogues;
import io.github.competency.core.CompetencyException;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.json.CatalogueJson;
import io.github.competency.core.json.OverlayJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code --catalogue ID|FILE} names: a file if one exists at that path, else a catalogue
 * found on the class path by id.
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
    Path file = Path.of(value);
    if (Files.isRegularFile(file)) {
      return new Loaded(read(file), file.toString());
    }
    return shipped(value, spec);
  }

  /**
   * Applies overlay files to a loaded catalogue, in order; translations shipped with the
   * catalogue still apply to what the overlays leave.
   */
  static Loaded withOverlays(Loaded loaded, List<Path> overlays) {
    if (overlays.isEmpty()) {
      return loaded;
    }
    for (Path overlay : overlays) {
      if (!Files.isRegularFile(overlay)) {
        throw new CompetencyException(overlay + ": no such file");
      }
    }
    Catalogue changed = OverlayJson.defaults().apply(loaded.catalogue(), overlays).catalogue();
    return new Loaded(changed, loaded.origin());
  }

  /** Reads a catalogue file; an invalid one fails with its problems, prefixed with the file. */
  static Catalogue read(Path file) {
    try {
      return CatalogueJson.defaults().read(file);
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
            + "': no such "
            + "file, and no shipped catalogue has that id; shipped catalogues: "
            + (available.isEmpty()
                ? "none"
                : available.stream().map(CatalogueId::value).collect(Collectors.joining(", "))));
  }
}
