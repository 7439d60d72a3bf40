package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Catalogues;
import io.github.competency.core.CompetencyException;
import io.github.competency.core.Overlay;
import io.github.competency.core.Problem;
import io.github.competency.core.Translation;
import io.github.competency.core.ValidationException;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.json.CatalogueJson;
import io.github.competency.core.json.OverlayJson;
import io.github.competency.core.json.ProfileJson;
import io.github.competency.core.json.TranslationJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: reads documents of any of the library's formats (told apart by their
 * {@code format} field) and prints every problem of each, with its position.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Reads each file (a catalogue, an overlay, a translation or a profile, told "
            + "apart by its format field) and prints every problem with its path, line and column. "
            + "An overlay, translation or profile of a shipped catalogue is also checked against "
            + "that catalogue. Exits with 0 when all are valid, 1 when any is not.")
final class ValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

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
      print(out, file + ": " + (Files.isDirectory(file) ? Inputs.FOLDER : Inputs.MISSING));
      return false;
    }
    String format = format(file);
    String kind =
        format.startsWith("competency-overlay/")
            ? "overlay"
            : format.startsWith("competency-translation/")
                ? "translation"
                : format.startsWith("competency-profile/") ? "profile" : "catalogue";
    try {
      print(
          out,
          file
              + ": valid "
              + switch (kind) {
                case "overlay" -> overlay(file);
                case "translation" -> translation(file);
                case "profile" -> profile(file);
                default -> catalogue(file);
              });
      return true;
    } catch (ValidationException e) {
      List<Problem> problems = e.problems();
      print(
          out,
          file
              + ": invalid "
              + kind
              + ", "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems"));
      problems.forEach(problem -> print(out, "  " + problem));
      return false;
    } catch (UncheckedIOException e) {
      print(out, file + ": cannot be read: " + e.getCause().getMessage());
      return false;
    }
  }

  /** One line of the report: file names, ids and problems are escaped for the terminal. */
  private static void print(PrintWriter out, String line) {
    out.println(Terminal.escape(line));
  }

  private static String catalogue(Path file) {
    Catalogue catalogue = CatalogueJson.defaults().read(file);
    return "catalogue "
        + catalogue.id()
        + " "
        + catalogue.version()
        + " ("
        + catalogue.roles().size()
        + " roles, "
        + catalogue.skills().size()
        + " skills, "
        + catalogue.responsibilities().size()
        + " responsibilities)";
  }

  private static String overlay(Path file) {
    Overlay overlay = OverlayJson.defaults().read(file);
    Optional<Catalogue> base = shipped(overlay.base());
    if (base.isPresent()) {
      OverlayJson.defaults().apply(base.get(), List.of(file));
    }
    return "overlay "
        + overlay.id()
        + " of "
        + overlay.base()
        + (base.isPresent()
            ? " (applies to the shipped " + base.get().version() + ")"
            : " (its base is not shipped;" + " checked on its own)");
  }

  private static String translation(Path file) {
    Translation translation = TranslationJson.defaults().read(file);
    Optional<Catalogue> translated = shipped(translation.catalogue());
    if (translated.isPresent()) {
      try (InputStream in = Files.newInputStream(file)) {
        TranslationJson.defaults().read(in, translated.get());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return "translation of "
        + translation.catalogue()
        + " into "
        + translation.language().toLanguageTag()
        + ", "
        + translation.texts().size()
        + " texts"
        + (translated.isPresent() ? "" : " (its catalogue is not shipped; checked on its own)");
  }

  private static String profile(Path file) {
    Profile profile = ProfileJson.defaults().read(file);
    Optional<Catalogue> against = shipped(profile.catalogue());
    List<Problem> warnings = List.of();
    if (against.isPresent()) {
      Assessor assessor = Assessor.of(against.get());
      try (InputStream in = Files.newInputStream(file)) {
        ProfileJson.defaults().read(in, assessor);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      warnings = assessor.check(profile).warnings();
    }
    StringBuilder text =
        new StringBuilder("profile ")
            .append(profile.id())
            .append(" against ")
            .append(profile.catalogue())
            .append(' ')
            .append(profile.catalogueVersion())
            .append(", ")
            .append(profile.ratings().size())
            .append(" ratings")
            .append(
                against.isPresent() ? "" : " (its catalogue is not shipped; checked on its own)");
    if (!warnings.isEmpty()) {
      text.append(", ")
          .append(warnings.size())
          .append(warnings.size() == 1 ? " warning" : " warnings");
      for (Problem warning : warnings) {
        text.append(System.lineSeparator()).append("  warning: ").append(warning);
      }
    }
    return text.toString();
  }

  private static Optional<Catalogue> shipped(CatalogueId id) {
    return Catalogues.find(id);
  }

  /** The document's top-level {@code format} field, or empty if it cannot be found. */
  static String format(Path file) {
    try {
      return Inputs.field(Inputs.bytes(file), "format").map(Inputs.Located::value).orElse("");
    } catch (CompetencyException e) {
      return ""; // the reader says what is wrong with the file
    }
  }
}
