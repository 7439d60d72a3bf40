package io.github.competency.interchange.internal;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Source;
import io.github.competency.core.internal.Texts;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import io.github.competency.interchange.internal.CasePackage.Document;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue as the CFDocument, both ways: title, description, version and language in their
 * CASE fields, the source's publisher and address in {@code publisher} (and {@code creator})
 * and {@code officialSourceURL}, a readable citation in {@code notes}; the catalogue's id and
 * its whole source, and whatever else of the catalogue CASE has no field for, in the extension.
 */
final class DocumentMapping {

  /** What of the catalogue the extension carries: all but what the package carries otherwise. */
  static final Shape<Catalogue, Catalogue.Builder> EXTENSION =
      Shapes.CATALOGUE.without(
          "this project's extension of a CFDocument",
          Set.of(
              "format",
              "version",
              "title",
              "language",
              "description",
              "proficiencies",
              "levels",
              "families",
              "categories",
              "skills",
              "responsibilities",
              "roles"));

  private static final Set<String> MEMBERS =
      Set.of(
          "identifier",
          "uri",
          "title",
          "lastChangeDateTime",
          "officialSourceURL",
          "publisher",
          "description",
          "language",
          "version",
          "caseVersion",
          "CFPackageURI",
          "extensions");

  private DocumentMapping() {}

  // ------------------------------------------------------------------------------- writing

  static void write(CaseOut out) {
    Catalogue catalogue = out.catalogue;
    CaseOut.Node node = out.document();
    Optional<Source> source = catalogue.source();
    var json = out.out;
    json.writeStartObject();
    json.writeStringProperty("identifier", node.identifier());
    json.writeStringProperty("uri", node.uri());
    json.writeStringProperty(
        "creator", source.flatMap(Source::publisher).orElse(catalogue.title()));
    json.writeStringProperty("title", catalogue.title());
    json.writeStringProperty("lastChangeDateTime", out.time());
    Optional<URI> official = source.flatMap(Source::uri).filter(Uris::isPlain);
    if (official.isPresent()) {
      json.writeStringProperty("officialSourceURL", official.get().toString());
    }
    Optional<String> publisher = source.flatMap(Source::publisher);
    if (publisher.isPresent()) {
      json.writeStringProperty("publisher", publisher.get());
    }
    if (!catalogue.description().isEmpty()) {
      json.writeStringProperty("description", catalogue.description());
    }
    json.writeStringProperty("language", catalogue.language().toLanguageTag());
    json.writeStringProperty("version", catalogue.version());
    json.writeStringProperty("caseVersion", "1.1");
    Optional<String> citation = source.flatMap(DocumentMapping::citation);
    if (citation.isPresent()) {
      json.writeStringProperty("notes", citation.get());
    }
    out.extension(EXTENSION, catalogue);
    json.writeEndObject();
  }

  /** The source as one readable sentence, for CASE readers that do not know the extension. */
  private static Optional<String> citation(Source source) {
    List<String> parts = new ArrayList<>();
    source.title().ifPresent(parts::add);
    source
        .publisher()
        .ifPresent(
            publisher ->
                parts.add(
                    publisher + source.publisherKind().map(kind -> " (" + kind + ")").orElse("")));
    source.date().ifPresent(parts::add);
    source.section().ifPresent(section -> parts.add("section: " + section));
    return parts.isEmpty() ? Optional.empty() : Optional.of("Source: " + String.join(", ", parts));
  }

  // ------------------------------------------------------------------------------- reading

  /**
   * Reads the catalogue's own fields. A package this project wrote must have them; another
   * framework's gets an id made from its title, a version from its last change and a language
   * from its items, each with a warning where it is a guess.
   */
  static void read(CaseIn in, Catalogue.Builder catalogue) {
    Document doc = in.pack.document();
    String at = CasePackage.DOCUMENT;
    boolean ours = in.extension(doc.extensions(), at, doc.id(), EXTENSION, catalogue).present();
    String title = doc.title() == null ? "" : doc.title();
    catalogue.title(title).description(or(doc.description(), ""));
    for (String field : List.of("title", "description", "version", "language")) {
      in.from(field, at + "." + field);
    }
    in.from("id", at + ".extensions." + CaseFormat.EXTENSION + ".id");
    in.from("source", at);
    URI official =
        doc.officialSourceUrl() == null ? null : Kind.absoluteUri(doc.officialSourceUrl());
    if (doc.officialSourceUrl() != null && official == null) {
      String message = "'" + Texts.abbreviate(doc.officialSourceUrl()) + "' is not an absolute URI";
      if (ours) {
        in.issues.problem(at + ".officialSourceURL", message);
      } else {
        warn(in, "officialSourceURL " + message + "; it is left out");
      }
    }
    Set<String> mapped = new HashSet<>(MEMBERS);
    if (ours) {
      required(in, doc.version(), "version", "it holds the catalogue's version");
      required(in, doc.language(), "language", "it holds the language of the catalogue's texts");
      if (doc.version() != null) {
        catalogue.version(doc.version());
      }
      if (doc.language() != null) {
        Locale locale = Kind.language(doc.language());
        if (locale == null) {
          in.issues.problem(at + ".language", notALanguage(doc.language()));
        } else {
          catalogue.language(locale);
        }
      }
      mapped.addAll(Set.of("creator", "notes"));
    } else {
      if (in.pack.ours()) {
        warn(
            in,
            "the package has this project's item types but no "
                + "extensions."
                + CaseFormat.EXTENSION
                + ", as when a CASE tool kept only CASE's own fields: the catalogue's id is made"
                + " from its title, and what only the extensions carry (such as requirement"
                + " weights, the steps skills are defined at, sources, indicators and"
                + " collaborators) is not known");
      }
      foreign(in, catalogue, title, official);
      if (doc.publisher() == null || in.pack.ours()) {
        mapped.add("creator");
      }
      if (in.pack.ours()) {
        mapped.add("notes"); // the citation this project writes, which the source carries
      }
    }
    in.unmapped(at, doc.id(), doc.members(), mapped);
  }

  private static void foreign(CaseIn in, Catalogue.Builder catalogue, String title, URI official) {
    Document doc = in.pack.document();
    String id = Ids.of(title);
    if (id.isEmpty() && doc.identifier() != null) {
      id = Ids.of("case " + doc.identifier());
    }
    catalogue.id(CatalogueId.of(id.isEmpty() ? "imported" : id));
    catalogue.version(
        Optional.ofNullable(doc.version())
            .filter(text -> !text.isBlank())
            .or(() -> Optional.ofNullable(doc.lastChange()))
            .filter(text -> !text.isBlank())
            .orElse("1"));
    Locale locale = doc.language() == null ? null : Kind.language(doc.language());
    if (doc.language() != null && locale == null) {
      warn(in, notALanguage(doc.language()) + "; the items' language is used instead");
    }
    if (locale == null && in.pack.firstLanguage() != null) {
      locale = Kind.language(in.pack.firstLanguage());
    }
    if (locale == null) {
      warn(in, "no language is given for the framework or its items; English ('en') is assumed");
      locale = Locale.ENGLISH;
    }
    catalogue.language(locale);
    Optional<String> by =
        Optional.ofNullable(doc.publisher())
            .or(() -> Optional.ofNullable(doc.creator()))
            .filter(text -> !text.isBlank());
    if (by.isPresent() || official != null) {
      Source.Builder source = Source.builder();
      by.ifPresent(source::publisher);
      if (official != null) {
        source.uri(official);
      }
      catalogue.source(source.build());
    }
  }

  private static void required(CaseIn in, String value, String field, String why) {
    if (value == null && !in.pack.document().members().has(field)) {
      in.issues.problem(CasePackage.DOCUMENT + "." + field, "missing; " + why);
    }
  }

  private static void warn(CaseIn in, String message) {
    in.issues.warn(CasePackage.DOCUMENT, in.pack.document().id(), message);
  }

  static String notALanguage(String tag) {
    return "'"
        + Texts.abbreviate(tag)
        + "' is not a BCP 47 language tag; use one such as 'en' or 'en-GB'";
  }

  private static String or(String text, String otherwise) {
    return text == null ? otherwise : text;
  }
}
