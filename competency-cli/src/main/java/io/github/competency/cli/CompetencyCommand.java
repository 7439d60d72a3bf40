package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Catalogues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top command: names the subcommands and answers {@code --help} and {@code --version}. */
@Command(
    name = "competency",
    mixinStandardHelpOptions = true,
    versionProvider = CompetencyCommand.Version.class,
    description =
        "Shows, lists, validates, exports and imports competency catalogues: roles, "
            + "responsibilities, skills, proficiency scales and career levels.",
    subcommands = {
      ShowCommand.class,
      ListCommand.class,
      ValidateCommand.class,
      AssessCommand.class,
      DiffCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      GenerateCompletion.class
    },
    footer = {
      "",
      "Without a command, 'show' runs: 'competency --role ID' is 'competency show " + "--role ID'.",
      "Exit codes: 0 done, 1 invalid data, 2 a mistake on the command line."
    })
final class CompetencyCommand implements Runnable {

  @Override
  public void run() {
    // only reached with no arguments at all, which Main turns into 'show'
  }

  /** The project's version and the version of every catalogue found. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      List<String> lines = new ArrayList<>();
      lines.add("competency " + projectVersion());
      for (CatalogueId id : Catalogues.available()) {
        Catalogue catalogue = Catalogues.get(id);
        lines.add("  catalogue " + id + " " + catalogue.version());
      }
      lines.add("  Java " + System.getProperty("java.version"));
      return lines.toArray(String[]::new);
    }

    static String projectVersion() {
      Properties properties = new Properties();
      try (InputStream in = CompetencyCommand.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return "unknown";
        }
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties.getProperty("version", "unknown");
    }
  }
}
