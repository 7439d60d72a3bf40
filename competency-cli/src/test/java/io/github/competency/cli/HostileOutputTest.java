package io.github.competency.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.competency.cli.Invocations.Invocation;
import io.github.competency.cli.Invocations.Kit;
import io.github.competency.cli.Invocations.Result;
import io.github.competency.core.Catalogue;
import io.github.competency.core.TextKey;
import io.github.competency.core.TranslatedText;
import io.github.competency.core.Translation;
import io.github.competency.core.json.CatalogueJson;
import io.github.competency.core.json.OverlayJson;
import io.github.competency.core.json.TranslationJson;
import io.github.competency.interchange.CaseJson;
import io.github.competency.interchange.RsdJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every command in every format, run on a catalogue, profile, overlay and translation whose
 * every text carries a terminal escape, a bidirectional override or a line break, and on
 * hostile field names, file names and arguments: no control character (but the line ends the
 * command line writes) and no bidirectional override or isolate reaches standard output or
 * standard error, no value forges a line, and no run ends in a stack trace.
 */
class HostileOutputTest {

  /** What a hostile text does in a terminal that passes it through. */
  static final List<String> HOSTILE =
      List.of(
          "\u001B[2J\u001B[H", // clear the screen, cursor home
          "\u001B]0;owned\u0007", // set the window title
          "\u001B]8;;https://evil.example/\u001B\\click\u001B]8;;\u001B\\", // a hidden link
          "\u001B]52;c;ZXZpbA==\u0007", // write the clipboard (OSC 52)
          "\u009B31m", // the one-byte control sequence introducer
          "\u009D0;title\u009C", // OSC and ST as C1 controls
          "\u001B[1A\u001B[2K", // cursor up, erase the line
          "\u202Eevil\u202C", // right-to-left override
          "\u2066\u2067isolated\u2069\u2068", // isolates
          "\u202A\u202B\u202D", // embeddings and left-to-right override
          "\nFORGED a line of its own",
          "\rFORGED back at column 1",
          "\r\nFORGED a Windows line",
          "\u2028FORGED a line separator",
          "\u2029FORGED a paragraph separator",
          "\u0085FORGED a next-line control",
          "\u000B\u000C\u0008\u0000\u007F\u0007", // VT, FF, backspace, NUL, DEL, bell
          "\tafter a tab");

  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** Fields of the library's formats that hold texts for people. */
  private static final Set<String> TEXTS =
      Set.of(
          "title",
          "name",
          "description",
          "summary",
          "area",
          "note",
          "publisher",
          "publisherKind",
          "section",
          "text");

  private static final Set<String> TEXT_LISTS =
      Set.of(
          "indicators",
          "aliases",
          "collaborators",
          "addAliases",
          "addIndicators",
          "addCollaborators");

  private static final String HOSTILE_NAME = "named \u001B]0;x\u0007\nFORGED \u202E.json";

  @TempDir static Path dir;

  static Kit kit;
  static Catalogue hostile;
  static Path badFields;
  static Path hostileName;

  @BeforeAll
  static void writeHostileInputs() throws IOException {
    Iterator<String> texts = cycle();
    Path catalogue = dir.resolve("catalogue.json");
    Files.writeString(catalogue, inject(Files.readString(MainTest.SHIPPED), texts));
    hostile = CatalogueJson.defaults().read(catalogue); // valid: every text is only longer
    Path overlay = dir.resolve("overlay.json");
    Files.writeString(overlay, inject(Files.readString(MainTest.ACME), texts));
    Path profile = dir.resolve("profile.json");
    String profileJson = inject(Files.readString(MainTest.ALEX), texts);
    Files.writeString(profile, profileJson);
    Path profiles = Files.createDirectories(dir.resolve("profiles"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(
          profiles.resolve("p" + i + ".json"),
          inject(Files.readString(MainTest.ALEX), texts)
              .replace("\"alex-kim\"", "\"p-" + i + "\""));
    }
    Translation.Builder german = Translation.builder(hostile.id(), Locale.GERMAN);
    // the texts of the catalogue the command line translates: the overlay's result
    Translation.sourceTexts(OverlayJson.defaults().apply(hostile, List.of(overlay)).catalogue())
        .forEach(
            (TextKey key, String source) ->
                german.put(key, TranslatedText.translating("DE " + texts.next(), source)));
    Path translation = dir.resolve("translation.json");
    Files.writeString(translation, TranslationJson.defaults().toJson(german.build()));
    Path caseFile = dir.resolve("case.json");
    Files.writeString(caseFile, CaseJson.defaults().toJson(hostile));
    Path rsdFile = dir.resolve("rsd.json");
    Files.writeString(rsdFile, RsdJson.defaults().toJson(hostile));

    badFields = dir.resolve("bad-fields.json");
    ObjectNode tree = (ObjectNode) TREES.readTree(Files.readString(catalogue));
    for (String text : HOSTILE) {
      tree.put("HOSTILE field " + text, 1);
    }
    ((ObjectNode) tree.get("skills").get(0)).put("HOSTILE\nFORGED\u202E", "x");
    Files.writeString(badFields, TREES.writeValueAsString(tree));
    hostileName = dir.resolve(HOSTILE_NAME);
    Files.copy(catalogue, hostileName);
    Path badProfile = dir.resolve("bad-profile.json");
    ObjectNode brokenProfile = (ObjectNode) TREES.readTree(profileJson);
    brokenProfile.put("HOSTILE\u001B[2J\nFORGED", true);
    Files.writeString(badProfile, TREES.writeValueAsString(brokenProfile));

    kit =
        new Kit(
            catalogue,
            overlay,
            translation,
            profile,
            profiles,
            caseFile,
            rsdFile,
            List.of(
                catalogue,
                overlay,
                translation,
                profile,
                badFields,
                badProfile,
                hostileName,
                dir.resolve("missing " + HOSTILE_NAME)));
  }

  /** Every command in every format, on every hostile input. */
  static List<Invocation> runs() {
    List<Invocation> runs = new ArrayList<>();
    for (CommandSpec command : Invocations.commands().values()) {
      for (String format : Invocations.formats(command)) {
        runs.addAll(Invocations.of(command, format, kit));
        runs.addAll(mistakes(command, format));
      }
    }
    return runs;
  }

  /** Runs whose arguments or files are hostile themselves, where the command takes them. */
  private static List<Invocation> mistakes(CommandSpec command, String format) {
    List<Invocation> runs = new ArrayList<>();
    List<String> plain = Invocations.args(command, format, kit, false, false);
    String name = command.name();
    if (command.findOption("--role") != null) {
      runs.add(mistake(name, format, "hostile role", plain, "--role", "HOSTILE\u001B[2J\nFORGED"));
    }
    if (command.findOption("--lang") != null) {
      runs.add(mistake(name, format, "hostile language", plain, "--lang", "de\u202E\nFORGED"));
    }
    if (command.findOption("--format") != null) {
      runs.add(
          mistake(name, format, "hostile format", List.of(name), "--format", "x\u009B2J\nFORGED"));
    }
    if (command.findOption("--catalogue") != null) {
      for (Path file : List.of(badFields, hostileName, dir.resolve("missing " + HOSTILE_NAME))) {
        runs.add(
            mistake(
                name,
                format,
                "catalogue " + file.getFileName(),
                plain,
                "--catalogue",
                file.toString()));
      }
    }
    return runs;
  }

  private static Invocation mistake(
      String command,
      String format,
      String scenario,
      List<String> args,
      String option,
      String value) {
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals(option)) {
        i++; // the value replaced
      } else {
        changed.add(args.get(i));
      }
    }
    changed.addAll(List.of(option, value));
    return new Invocation(command, format, scenario, changed);
  }

  private static Map<Invocation, Result> results;

  /** Each run's result, run once for all the tests of this class. */
  static synchronized Map<Invocation, Result> results() {
    if (results == null) {
      results = new LinkedHashMap<>();
      for (Invocation run : runs()) {
        results.put(run, Invocations.run(run.args()));
      }
    }
    return results;
  }

  @TestFactory
  Stream<DynamicTest> noControlOrBidiCharacterReachesTheTerminal() {
    return results().entrySet().stream()
        .map(
            run ->
                DynamicTest.dynamicTest(
                    run.getKey().toString(), () -> assertSafe(run.getKey(), run.getValue())));
  }

  static void assertSafe(Invocation run, Result result) {
    assertThat(result.code()).as("exit code of " + run).isIn(0, Main.FAILURE, Main.USAGE);
    check(run, "standard output", result.out());
    check(run, "standard error", result.err());
    boolean meantToWork =
        !run.scenario().startsWith("hostile")
            && !run.scenario().startsWith("catalogue ")
            && !run.command().equals("validate"); // it is given broken documents too
    if (meantToWork) {
      assertThat(result.code()).as("%s: %s", run, Terminal.escape(result.err())).isZero();
    }
  }

  private static final Pattern FORGED = Pattern.compile("FORGED");
  private static final Pattern ESCAPED =
      Pattern.compile("(\\\\[nr]|\\\\u(2028|2029|0085))FORGED", Pattern.CASE_INSENSITIVE);
  private static final Pattern STACK_TRACE =
      Pattern.compile("(?m)^\\s*(\\\\t)?at [\\w.$/@-]+\\(|Caused by: |Exception in thread");

  private static void check(Invocation run, String stream, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.getType(c) == Character.CONTROL && c != '\n';
      boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
      boolean separator = c == 0x2028 || c == 0x2029;
      if (control || bidi || separator) {
        fail(
            String.format(
                Locale.ROOT,
                "%s of '%s' holds U+%04X at %d: ...%s...",
                stream,
                run,
                (int) c,
                i,
                Terminal.escape(
                    text.substring(Math.max(0, i - 60), Math.min(text.length(), i + 20)))));
      }
    }
    assertThat(count(FORGED, text))
        .as("every value's line break in %s of '%s' is shown, not obeyed", stream, run)
        .isEqualTo(count(ESCAPED, text));
    assertThat(STACK_TRACE.matcher(text).find())
        .as("a stack trace in " + stream + " of " + run)
        .isFalse();
  }

  private static int count(Pattern pattern, String text) {
    int n = 0;
    for (Matcher m = pattern.matcher(text); m.find(); ) {
      n++;
    }
    return n;
  }

  @Test
  void theHostileTextsReachEveryCommandsOutputEscapedNotDropped() {
    Map<String, Set<String>> shown = new LinkedHashMap<>();
    for (Map.Entry<Invocation, Result> entry : results().entrySet()) {
      Invocation run = entry.getKey();
      Result result = entry.getValue();
      if (result.out().contains("HOSTILE") || result.err().contains("HOSTILE")) {
        shown
            .computeIfAbsent(run.command(), k -> new LinkedHashSet<>())
            .add(String.valueOf(run.format()));
      }
    }
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    for (CommandSpec command : Invocations.commands().values()) {
      if (!command.name().equals("generate-completion")) {
        expected.put(
            command.name(),
            new LinkedHashSet<>(
                Invocations.formats(command).stream().map(String::valueOf).toList()));
      }
    }
    assertThat(shown).isEqualTo(expected);
  }

  @Test
  void theJsonViewsAreTheSameDocumentsWithTheirEscapes() {
    Result sheet =
        Invocations.run(
            List.of("show", "--catalogue", kit.catalogue().toString(), "--format", "json"));
    assertThat(sheet.code()).isZero();
    assertThat(TREES.readTree(sheet.out()).get("catalogue").get("title").asString())
        .isEqualTo(hostile.title())
        .contains("\u001B");
    Result imported =
        Invocations.run(List.of("import", "--from", "case", kit.caseFile().toString()));
    assertThat(imported.code()).isZero();
    assertThat(CatalogueJson.defaults().fromJson(imported.out())).isEqualTo(hostile);
  }

  @Test
  void theCountsOfWhatIsDriven() {
    int pairs = 0;
    for (CommandSpec command : Invocations.commands().values()) {
      pairs += Invocations.formats(command).size();
    }
    assertThat(HOSTILE).hasSize(18);
    assertThat(Invocations.commands()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(results()).hasSizeGreaterThan(pairs * 3);
    System.out.printf(
        Locale.ROOT,
        "hostile output: %d hostile strings, %d commands, %d commands x formats, %d runs%n",
        HOSTILE.size(),
        Invocations.commands().size(),
        pairs,
        results().size());
  }

  private static Iterator<String> cycle() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public String next() {
        return "HOSTILE" + HOSTILE.get(next++ % HOSTILE.size()) + " END";
      }
    };
  }

  /** A document with a hostile text added to every text for people. */
  static String inject(String json, Iterator<String> texts) {
    JsonNode tree = TREES.readTree(json);
    inject(tree, texts);
    return TREES.writeValueAsString(tree);
  }

  private static void inject(JsonNode node, Iterator<String> texts) {
    if (node instanceof ObjectNode object) {
      for (String field : new ArrayList<>(object.propertyNames())) {
        JsonNode value = object.get(field);
        if (TEXTS.contains(field) && value.isString()) {
          object.put(field, value.asString() + " " + texts.next());
        } else if (TEXT_LISTS.contains(field) && value.isArray()) {
          List<String> items = new ArrayList<>();
          value.forEach(item -> items.add(item.asString() + " " + texts.next()));
          ArrayNode replaced = object.putArray(field);
          items.forEach(replaced::add);
        } else if (field.equals("behaviours") && value instanceof ObjectNode behaviours) {
          for (String step : new ArrayList<>(behaviours.propertyNames())) {
            behaviours.put(step, behaviours.get(step).asString() + " " + texts.next());
          }
        } else {
          inject(value, texts);
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(item -> inject(item, texts));
    }
  }
}
