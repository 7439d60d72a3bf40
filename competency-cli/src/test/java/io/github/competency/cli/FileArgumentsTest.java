package io.github.competency.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.cli.Invocations.Kit;
import io.github.competency.cli.Invocations.Result;
import io.github.competency.core.Catalogue;
import io.github.competency.core.json.CatalogueJson;
import io.github.competency.interchange.CaseJson;
import io.github.competency.interchange.RsdJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Files as people pass them, to every command: one rule for all. A file that is missing, a
 * folder, or not UTF-8 is data that cannot be used: exit code 1 and a message naming the file
 * (with the byte, line and column where the encoding is wrong). A mistake on the command line
 * is exit code 2.
 */
class FileArgumentsTest {

  @TempDir static Path dir;

  static Kit kit;

  /** The bad files, by what is wrong with them. */
  static Map<String, Path> bad;

  @BeforeAll
  static void files() throws IOException {
    Catalogue shipped = CatalogueJson.defaults().read(MainTest.SHIPPED);
    Path caseFile = dir.resolve("case.json");
    Files.writeString(caseFile, CaseJson.defaults().toJson(shipped));
    Path rsdFile = dir.resolve("rsd.json");
    Files.writeString(rsdFile, RsdJson.defaults().toJson(shipped));
    kit =
        new Kit(
            MainTest.SHIPPED,
            MainTest.ACME,
            Path.of(
                "../competency-senior-backend/src/main/resources/translations/"
                    + "senior-backend-engineer.de.json"),
            MainTest.ALEX,
            Path.of("../examples/profiles/team"),
            caseFile,
            rsdFile,
            List.of(MainTest.SHIPPED));
    String profile = Files.readString(MainTest.ALEX).replace("Alex Kim", "Alex Kïm");
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, profile.getBytes(StandardCharsets.ISO_8859_1));
    Path utf16 = dir.resolve("utf16.json");
    Files.write(utf16, profile.getBytes(StandardCharsets.UTF_16));
    bad =
        Map.of(
            "missing",
            dir.resolve("missing.json"),
            "a folder",
            Files.createDirectories(dir.resolve("folder")),
            "Latin-1",
            latin1,
            "UTF-16",
            utf16);
    String line = profile.replaceAll("\\s*\n\\s*", " ");
    Path latin1Lines = dir.resolve("latin1.jsonl");
    Files.write(latin1Lines, (line + "\n").getBytes(StandardCharsets.ISO_8859_1));
    Path utf16Lines = dir.resolve("utf16.jsonl");
    Files.write(utf16Lines, (line + "\n").getBytes(StandardCharsets.UTF_16));
    badLines =
        Map.of(
            "missing",
            dir.resolve("missing.jsonl"),
            "a folder",
            bad.get("a folder"),
            "Latin-1",
            latin1Lines,
            "UTF-16",
            utf16Lines);
  }

  /** The same, as JSON-lines files for --rank. */
  static Map<String, Path> badLines;

  /** Where a command takes a file: its file options and its positional parameters. */
  private static List<String> slots(CommandSpec command) {
    List<String> slots = new ArrayList<>();
    for (OptionSpec option : command.options()) {
      boolean path =
          option.type() == Path.class
              || option.auxiliaryTypes().length > 0 && option.auxiliaryTypes()[0] == Path.class;
      boolean output =
          option.longestName().equals("--out") || option.longestName().equals("--output");
      if ((path || option.paramLabel().contains("FILE")) && !output) {
        slots.add(option.longestName()); // files written, not read, are no input slots
      }
    }
    if (!command.positionalParameters().isEmpty()) {
      slots.add("positional");
    }
    return slots;
  }

  /** The arguments of a run that works, with the file in one slot replaced. */
  private static List<String> with(CommandSpec command, String slot, Path file) {
    String format = Invocations.formats(command).get(0);
    if (slot.equals("positional")) {
      // the plain run: list, for one, ignores its files when --catalogue is given
      List<String> args = Invocations.args(command, format, kit, false, false);
      int positional = args.size() - Invocations.positionals(command, format, kit).size();
      List<String> changed = new ArrayList<>(args.subList(0, positional));
      changed.add(file.toString());
      if (command.name().equals("diff")) {
        changed.add(CatalogueChoice.DEFAULT.value());
      }
      return changed;
    }
    List<String> args = Invocations.args(command, format, kit, true, false);
    int positional = args.size() - Invocations.positionals(command, format, kit).size();
    List<String> changed = new ArrayList<>();
    boolean replaced = false;
    for (int i = 0; i < positional; i++) {
      if (args.get(i).equals(slot)) {
        changed.add(slot);
        changed.add(file.toString());
        i++;
        replaced = true;
      } else {
        changed.add(args.get(i));
      }
    }
    if (!replaced) {
      changed.addAll(List.of(slot, file.toString()));
    }
    if (!slot.equals("--rank")) { // ranking reads the folder, not the profile
      changed.addAll(args.subList(positional, args.size()));
    }
    return changed;
  }

  @TestFactory
  Stream<DynamicTest> aFileThatCannotBeUsedIsExitOneNamingIt() {
    List<DynamicTest> tests = new ArrayList<>();
    for (CommandSpec command : Invocations.commands().values()) {
      for (String slot : slots(command)) {
        (slot.equals("--rank") ? badLines : bad)
            .forEach(
                (what, file) -> {
                  List<String> args = with(command, slot, file);
                  tests.add(
                      DynamicTest.dynamicTest(
                          command.name() + " " + slot + ": " + what,
                          () -> {
                            Result result = Invocations.run(args);
                            String said = result.out() + result.err();
                            assertThat(result.code())
                                .as(args + ": " + said)
                                .isEqualTo(Main.FAILURE);
                            assertThat(said).as(String.valueOf(args)).contains(file.toString());
                            if (what.startsWith("UTF") || what.startsWith("Latin")) {
                              assertThat(said)
                                  .as(String.valueOf(args))
                                  .containsPattern("UTF-8.*\\(line \\d+, column \\d+\\)");
                            } else {
                              assertThat(said)
                                  .as(String.valueOf(args))
                                  .containsPattern(
                                      "no such file|a folder, not a file|no profiles to rank");
                            }
                            assertThat(said).doesNotContain("Exception", "\tat ");
                          }));
                });
      }
    }
    assertThat(tests).hasSizeGreaterThan(40);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aMistakeOnTheCommandLineIsExitTwo() {
    List<DynamicTest> tests = new ArrayList<>();
    for (CommandSpec command : Invocations.commands().values()) {
      String name = command.name();
      if (!command.helpCommand()) { // picocli lets a help command ignore what follows it
        tests.add(
            DynamicTest.dynamicTest(
                name + " --no-such-option",
                () ->
                    assertThat(Invocations.run(List.of(name, "--no-such-option")).code())
                        .isEqualTo(Main.USAGE)));
      }
      for (String option : List.of("--format", "--from")) {
        if (command.findOption(option) != null) {
          tests.add(
              DynamicTest.dynamicTest(
                  name + " " + option + " pdf",
                  () -> {
                    List<String> args =
                        new ArrayList<>(Invocations.args(command, "pdf", kit, false, false));
                    Result result = Invocations.run(args);
                    assertThat(result.code()).as(result.err()).isEqualTo(Main.USAGE);
                    assertThat(result.err()).contains("pdf");
                  }));
        }
      }
      if (command.findOption("--catalogue") != null) {
        tests.add(
            DynamicTest.dynamicTest(
                name + " --catalogue frontend",
                () -> {
                  List<String> args =
                      new ArrayList<>(
                          Invocations.args(
                              command, Invocations.formats(command).get(0), kit, false, false));
                  args.remove(kit.catalogue().toString());
                  args.remove("--catalogue");
                  args.addAll(List.of("--catalogue", "frontend"));
                  Result result = Invocations.run(args);
                  assertThat(result.code()).as(result.err()).isEqualTo(Main.USAGE);
                  assertThat(result.err())
                      .contains("unknown catalogue 'frontend'")
                      .contains("shipped catalogues: senior-backend-engineer");
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void aProfileNamingACatalogueThatIsNotShippedIsDataAtItsPosition() throws IOException {
    Path other = dir.resolve("other.json");
    Files.writeString(
        other,
        Files.readString(MainTest.ALEX)
            .replace("\"catalogue\": \"senior-backend-engineer\"", "\"catalogue\": \"frontend\""));
    Result result = Invocations.run(List.of("assess", other.toString()));
    assertThat(result.code()).isEqualTo(Main.FAILURE);
    assertThat(result.err())
        .isEqualTo(
            "competency: "
                + other
                + ": catalogue: the catalogue 'frontend' is not shipped; give its file with"
                + " --catalogue FILE (shipped catalogues: senior-backend-engineer) (line 5,"
                + " column 16)\n");
  }

  @Test
  void aFolderOfProfilesWithOneBadFileNamesTheFile() throws IOException {
    Path team = Files.createDirectories(dir.resolve("team"));
    try (Stream<Path> files = Files.list(kit.profiles())) {
      for (Path file : files.toList()) {
        Files.copy(file, team.resolve(file.getFileName()));
      }
    }
    Files.copy(bad.get("Latin-1"), team.resolve("zz-latin1.json"));
    Result result = Invocations.run(List.of("assess", "--rank", team.toString()));
    // the bad file is reported by name and set aside; the others are ranked; exit code 1
    assertThat(result.code()).isEqualTo(Main.FAILURE);
    assertThat(result.out()).startsWith("Top ").contains("(1 set aside)");
    assertThat(result.err())
        .startsWith(team.resolve("zz-latin1.json") + ": unreadable profile: 1 problem\n")
        .containsPattern("byte 0xEF at offset \\d+ .*\\(line 4, column 18\\)")
        .endsWith("competency: set aside 1 profile of 6; each is reported above\n");
  }
}
