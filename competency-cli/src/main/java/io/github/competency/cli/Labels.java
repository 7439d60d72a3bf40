package io.github.competency.cli;

import io.github.competency.core.Reference;
import io.github.competency.core.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Words shared by the renderers: scheme names, references, sources. */
final class Labels {

  private static final Map<String, String> SCHEMES =
      Map.of(
          Reference.SFIA_9, "SFIA 9",
          Reference.ESCO, "ESCO",
          Reference.ISCO_08, "ISCO-08",
          Reference.ONET_SOC, "O*NET-SOC");

  private Labels() {}

  static String scheme(String scheme) {
    return SCHEMES.getOrDefault(scheme, scheme);
  }

  /** For example {@code PROG level 5} or {@code 15-1252.00 <https://...>}. */
  static String reference(Reference reference) {
    String text = reference.code();
    if (reference.rank().isPresent()) {
      text += " level " + reference.rank().getAsInt();
    }
    if (reference.uri().isPresent()) {
      text += " <" + reference.uri().get() + ">";
    }
    return text;
  }

  /**
   * For example {@code Title, Publisher (kind of publisher), 2023; section "Heading"}. The
   * address is left to the catalogue file: views name the source, they do not link it.
   */
  static String source(Source source, Source catalogueSource) {
    List<String> parts = new ArrayList<>();
    source.title().or(catalogueSource::title).ifPresent(parts::add);
    source
        .publisher()
        .or(catalogueSource::publisher)
        .ifPresent(
            publisher ->
                parts.add(
                    publisher
                        + source
                            .publisherKind()
                            .or(catalogueSource::publisherKind)
                            .map(kind -> " (" + kind + ")")
                            .orElse("")));
    source.date().or(catalogueSource::date).ifPresent(parts::add);
    String text = String.join(", ", parts);
    if (source.section().isPresent()) {
      text += (text.isEmpty() ? "" : "; ") + "section \"" + source.section().get() + "\"";
    }
    return text;
  }

  /**
   * Escapes what Markdown would read as markup in a table cell or inline text; then line breaks
   * and other controls are escaped for the terminal ({@link Terminal#escape}), so that a value
   * stays on its line and the escapes read as written.
   */
  static String markdown(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return Terminal.escape(escaped.toString());
  }
}
