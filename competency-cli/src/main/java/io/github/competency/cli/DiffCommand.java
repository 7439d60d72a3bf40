package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueDiff;
import io.github.competency.core.CatalogueDiff.FieldChange;
import io.github.competency.core.CatalogueDiff.ItemChange;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** {@code diff}: what differs between two catalogues, item by item and field by field. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Prints what differs between two catalogues (ids of shipped ones or files): "
            + "items added, removed and changed, field by field, requirements as steps. With "
            + "--overlay, compares a catalogue with itself after the overlays.")
final class DiffCommand implements Runnable {

  /** How the differences are printed. */
  enum Format {
    /** One line per item and per field. */
    text,
    /** A JSON document, format competency-diff/1. */
    json
  }

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "ID|FILE",
      arity = "1..2",
      description = "The first catalogue, and the second unless --overlay is given.")
  private List<String> catalogues = new ArrayList<>();

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description = "Compare the catalogue with itself after these overlays; repeatable.")
  private List<Path> overlays = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public void run() {
    CatalogueChoice.Loaded first = CatalogueChoice.load(Optional.of(catalogues.get(0)), spec);
    Catalogue before = first.catalogue();
    Catalogue after;
    if (catalogues.size() == 2) {
      after =
          CatalogueChoice.withOverlays(
                  CatalogueChoice.load(Optional.of(catalogues.get(1)), spec), overlays)
              .catalogue();
    } else if (!overlays.isEmpty()) {
      after = CatalogueChoice.withOverlays(first, overlays).catalogue();
    } else {
      throw new ParameterException(
          spec.commandLine(), "give two catalogues," + " or one catalogue and --overlay FILE");
    }
    CatalogueDiff diff = CatalogueDiff.between(before, after);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.print(json(before, after, diff));
    } else if (diff.isEmpty()) {
      line(
          out,
          "no differences between "
              + before.id()
              + " "
              + before.version()
              + " and "
              + after.id()
              + " "
              + after.version());
    } else {
      line(
          out,
          "differences from "
              + before.id()
              + " "
              + before.version()
              + " to "
              + after.id()
              + " "
              + after.version()
              + ": "
              + diff.changes().size()
              + " items");
      text(diff, out);
    }
    out.flush();
  }

  static final String FORMAT = "competency-diff/1";

  /**
   * The differences as {@link CatalogueDiff#toString()} spells them, a line per item and per
   * field, each escaped: a value holding a line break stays on its line.
   */
  private static void text(CatalogueDiff diff, PrintWriter out) {
    for (ItemChange change : diff.changes()) {
      String sign =
          switch (change.change()) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
          };
      line(out, sign + " " + change.section() + "." + change.id());
      if (change.change() == CatalogueDiff.Change.CHANGED) {
        change.fields().forEach(field -> line(out, "    " + field));
      }
    }
  }

  private static void line(PrintWriter out, String text) {
    out.println(Terminal.escape(text));
  }

  private static String json(Catalogue before, Catalogue after, CatalogueDiff diff) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = MAPPER.createGenerator(text)) {
      out.writeStartObject();
      out.writeStringProperty("format", FORMAT);
      catalogue(out, "before", before);
      catalogue(out, "after", after);
      out.writeName("changes");
      out.writeStartArray();
      for (ItemChange change : diff.changes()) {
        out.writeStartObject();
        out.writeStringProperty("section", change.section());
        out.writeStringProperty("id", change.id());
        out.writeStringProperty("change", change.change().name().toLowerCase(Locale.ROOT));
        out.writeName("fields");
        out.writeStartArray();
        for (FieldChange field : change.fields()) {
          out.writeStartObject();
          out.writeStringProperty("field", field.field());
          field.before().ifPresent(v -> out.writeStringProperty("before", v));
          field.after().ifPresent(v -> out.writeStringProperty("after", v));
          out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    return text + "\n";
  }

  private static void catalogue(JsonGenerator out, String name, Catalogue catalogue) {
    out.writeName(name);
    out.writeStartObject();
    out.writeStringProperty("id", catalogue.id().value());
    out.writeStringProperty("version", catalogue.version());
    out.writeEndObject();
  }

  private static final JsonMapper MAPPER = JsonRenderer.deterministicMapper();
}
