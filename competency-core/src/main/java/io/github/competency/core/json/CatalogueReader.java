package io.github.competency.core.json;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.CategoryId;
import io.github.competency.core.Family;
import io.github.competency.core.FamilyId;
import io.github.competency.core.Importance;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Level;
import io.github.competency.core.LevelId;
import io.github.competency.core.Problem;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Reference;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.Category;
import io.github.competency.core.SkillId;
import io.github.competency.core.Source;
import io.github.competency.core.internal.Slugs;
import io.github.competency.core.internal.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;

/**
 * Reads one catalogue from a Jackson token stream, strictly: unknown fields, repeated fields,
 * wrong types, missing required fields, malformed ids and an unknown format are all collected,
 * each with its path and position, and reported together. Only once the document is well
 * formed is the catalogue built, which checks references, ranks and the career path.
 *
 * <p>Not thread-safe; one reader reads one document.
 */
final class CatalogueReader {

  /** The format this reader reads and the writer writes. */
  static final String FORMAT = "competency-catalogue/1";

  private static final String FORMAT_FAMILY = "competency-catalogue/";

  private final JsonParser parser;
  private final int maxProblems;
  private final List<Problem> problems = new ArrayList<>();

  CatalogueReader(JsonParser parser, int maxProblems) {
    this.parser = parser;
    this.maxProblems = maxProblems;
  }

  /**
   * Reads a whole document: one catalogue object and nothing after it.
   *
   * @return a builder holding the whole catalogue, ready to build
   * @throws InvalidCatalogueException listing every problem found in the document
   */
  Catalogue.Builder readDocument() {
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problem("$", "the document is empty; expected a catalogue object", null);
        throw new InvalidCatalogueException(problems);
      }
      Catalogue.Builder builder = catalogue();
      if (parser.nextToken() != null) {
        problem("$", "unexpected content after the catalogue object; a document holds one "
            + "catalogue", parser.currentTokenLocation());
      }
      return finish(builder);
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  /**
   * Reads the catalogue object at the parser's current token, leaving the parser on its
   * closing brace; for use inside a host application's Jackson deserialization.
   *
   * @return a builder holding the whole catalogue, ready to build
   * @throws InvalidCatalogueException listing every problem found in the value
   */
  Catalogue.Builder readValue() {
    try {
      return finish(catalogue());
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  private Catalogue.Builder finish(Catalogue.Builder builder) {
    if (!problems.isEmpty()) {
      throw new InvalidCatalogueException(problems);
    }
    return builder;
  }

  /** Turns a syntax error or a broken limit into one more problem, after those found so far. */
  private InvalidCatalogueException malformed(JacksonException e) {
    String path = problems.isEmpty() ? "$" : problems.get(problems.size() - 1).path();
    List<Problem> all = new ArrayList<>(problems);
    all.add(malformed(path, e));
    return new InvalidCatalogueException(all);
  }

  /** A problem for a failure of the JSON parser, in words without Jackson's internals. */
  static Problem malformed(String path, JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    int end = message.indexOf('\n');
    message = end < 0 ? message : message.substring(0, end);
    // Jackson names its input source, which says nothing to the reader of a catalogue
    message = message.replaceAll("\\s*\\(start marker at \\[Source: .*", "")
        .replaceAll("\\[Source: [^\\]]*\\]", "");
    if (message.length() > 300) {
      message = message.substring(0, 300) + "...";
    }
    message = (e instanceof InputCoercionException ? "number out of range: " : "malformed JSON: ")
        + message;
    return located(path, message, e.getLocation());
  }

  // ------------------------------------------------------------------------------- elements

  private Catalogue.Builder catalogue() {
    Catalogue.Builder b = Catalogue.builder();
    object("$", "a catalogue", (name, at) -> {
      switch (name) {
        case "format":
          format(at);
          return true;
        case "id":
          set(id(at, "catalogue", CatalogueId::of), b::id);
          return true;
        case "version":
          set(string(at), b::version);
          return true;
        case "title":
          set(string(at), b::title);
          return true;
        case "language":
          set(language(at), b::language);
          return true;
        case "description":
          set(string(at), b::description);
          return true;
        case "source":
          set(source(at), b::source);
          return true;
        case "proficiencies":
          b.proficiencies(array(at, this::proficiency));
          return true;
        case "levels":
          b.levels(array(at, this::level));
          return true;
        case "families":
          b.families(array(at, this::family));
          return true;
        case "categories":
          b.categories(array(at, this::category));
          return true;
        case "skills":
          b.skills(array(at, this::skill));
          return true;
        case "responsibilities":
          b.responsibilities(array(at, this::responsibility));
          return true;
        case "roles":
          b.roles(array(at, this::role));
          return true;
        default:
          return false;
      }
    }, CATALOGUE_FIELDS, "format", "id", "version", "title", "language");
    return b;
  }

  private static final List<String> CATALOGUE_FIELDS = List.of("format", "id", "version",
      "title", "language", "description", "source", "proficiencies", "levels", "families", "categories",
      "skills", "responsibilities", "roles");

  private void format(String at) {
    TokenStreamLocation location = parser.currentTokenLocation();
    String format = string(at);
    if (format == null || format.equals(FORMAT)) {
      return;
    }
    if (format.startsWith(FORMAT_FAMILY)) {
      problem(at, "unsupported format version '" + Texts.abbreviate(format)
          + "'; this library reads '" + FORMAT + "'", location);
    } else {
      problem(at, "'" + Texts.abbreviate(format) + "' is not a competency catalogue format; "
          + "expected '" + FORMAT + "'", location);
    }
  }

  private Proficiency proficiency(String path) {
    Proficiency.Builder b = Proficiency.builder();
    return build(path, b::build, object(path, "a proficiency step", (name, at) -> {
      switch (name) {
        case "id":
          set(id(at, "proficiency", ProficiencyId::of), b::id);
          return true;
        case "name":
          set(string(at), b::name);
          return true;
        case "rank":
          set(integer(at), b::rank);
          return true;
        case "description":
          set(string(at), b::description);
          return true;
        default:
          return false;
      }
    }, List.of("id", "name", "rank", "description"), "id", "name", "rank"));
  }

  private Level level(String path) {
    Level.Builder b = Level.builder();
    return build(path, b::build, object(path, "a level", (name, at) -> {
      switch (name) {
        case "id":
          set(id(at, "level", LevelId::of), b::id);
          return true;
        case "name":
          set(string(at), b::name);
          return true;
        case "rank":
          set(integer(at), b::rank);
          return true;
        case "summary":
          set(string(at), b::summary);
          return true;
        default:
          return false;
      }
    }, List.of("id", "name", "rank", "summary"), "id", "name", "rank"));
  }

  private Family family(String path) {
    Family.Builder b = Family.builder();
    return build(path, b::build, object(path, "a role family", (name, at) -> {
      switch (name) {
        case "id":
          set(id(at, "family", FamilyId::of), b::id);
          return true;
        case "name":
          set(string(at), b::name);
          return true;
        case "description":
          set(string(at), b::description);
          return true;
        default:
          return false;
      }
    }, List.of("id", "name", "description"), "id", "name"));
  }

  private Category category(String path) {
    Category.Builder b = Category.builder();
    return build(path, b::build, object(path, "a skill category", (name, at) -> {
      switch (name) {
        case "id":
          set(id(at, "category", CategoryId::of), b::id);
          return true;
        case "name":
          set(string(at), b::name);
          return true;
        case "description":
          set(string(at), b::description);
          return true;
        default:
          return false;
      }
    }, List.of("id", "name", "description"), "id", "name"));
  }

  private Skill skill(String path) {
    Skill.Builder b = Skill.builder();
    return build(path, b::build, object(path, "a skill", (name, at) -> {
      switch (name) {
        case "id":
          set(id(at, "skill", SkillId::of), b::id);
          return true;
        case "name":
          set(string(at), b::name);
          return true;
        case "category":
          set(id(at, "category", CategoryId::of), b::category);
          return true;
        case "description":
          set(string(at), b::description);
          return true;
        case "aliases":
          b.aliases(array(at, this::string));
          return true;
        case "definedAt":
          b.definedAt(array(at, p -> id(p, "proficiency", ProficiencyId::of)));
          return true;
        case "behaviours":
          behaviours(at, b);
          return true;
        case "references":
          b.references(array(at, this::reference));
          return true;
        case "source":
          set(source(at), b::source);
          return true;
        default:
          return false;
      }
    }, List.of("id", "name", "category", "description", "aliases", "definedAt", "behaviours",
        "references", "source"), "id", "name", "category"));
  }

  private void behaviours(String path, Skill.Builder b) {
    if (!expect(path, JsonToken.START_OBJECT, "an object mapping proficiency ids to texts")) {
      return;
    }
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      String at = child(path, key);
      TokenStreamLocation location = parser.currentTokenLocation();
      parser.nextToken();
      ProficiencyId step = idText(at, "proficiency", key, ProficiencyId::of, location);
      String text = string(at);
      if (step != null && text != null) {
        b.putBehaviour(step, text);
      }
    }
  }

  private Responsibility responsibility(String path) {
    Responsibility.Builder b = Responsibility.builder();
    return build(path, b::build, object(path, "a responsibility", (name, at) -> {
      switch (name) {
        case "id":
          set(id(at, "responsibility", ResponsibilityId::of), b::id);
          return true;
        case "title":
          set(string(at), b::title);
          return true;
        case "area":
          set(string(at), b::area);
          return true;
        case "description":
          set(string(at), b::description);
          return true;
        case "indicators":
          b.indicators(array(at, this::string));
          return true;
        case "skills":
          b.skills(array(at, p -> id(p, "skill", SkillId::of)));
          return true;
        case "source":
          set(source(at), b::source);
          return true;
        default:
          return false;
      }
    }, List.of("id", "title", "area", "description", "indicators", "skills", "source"),
        "id", "title", "area"));
  }

  private Role role(String path) {
    Role.Builder b = Role.builder();
    return build(path, b::build, object(path, "a role", (name, at) -> {
      switch (name) {
        case "id":
          set(id(at, "role", RoleId::of), b::id);
          return true;
        case "title":
          set(string(at), b::title);
          return true;
        case "family":
          set(id(at, "family", FamilyId::of), b::family);
          return true;
        case "level":
          set(id(at, "level", LevelId::of), b::level);
          return true;
        case "summary":
          set(string(at), b::summary);
          return true;
        case "responsibilities":
          b.responsibilities(array(at, p -> id(p, "responsibility", ResponsibilityId::of)));
          return true;
        case "requirements":
          b.requirements(array(at, this::requirement));
          return true;
        case "progressesTo":
          b.progressesTo(array(at, p -> id(p, "role", RoleId::of)));
          return true;
        case "collaborators":
          b.collaborators(array(at, this::string));
          return true;
        case "references":
          b.references(array(at, this::reference));
          return true;
        case "source":
          set(source(at), b::source);
          return true;
        default:
          return false;
      }
    }, List.of("id", "title", "family", "level", "summary", "responsibilities", "requirements",
        "progressesTo", "collaborators", "references", "source"), "id", "title", "family",
        "level"));
  }

  private Requirement requirement(String path) {
    Requirement.Builder b = Requirement.builder();
    return build(path, b::build, object(path, "a requirement", (name, at) -> {
      switch (name) {
        case "skill":
          set(id(at, "skill", SkillId::of), b::skill);
          return true;
        case "proficiency":
          set(id(at, "proficiency", ProficiencyId::of), b::proficiency);
          return true;
        case "importance":
          set(importance(at), b::importance);
          return true;
        case "weight":
          set(number(at), b::weight);
          return true;
        case "note":
          set(string(at), b::note);
          return true;
        default:
          return false;
      }
    }, List.of("skill", "proficiency", "importance", "weight", "note"), "skill", "proficiency"));
  }

  private Reference reference(String path) {
    Reference.Builder b = Reference.builder();
    return build(path, b::build, object(path, "a reference", (name, at) -> {
      switch (name) {
        case "scheme":
          set(string(at), b::scheme);
          return true;
        case "code":
          set(string(at), b::code);
          return true;
        case "rank":
          set(integer(at), b::rank);
          return true;
        case "uri":
          set(uri(at), b::uri);
          return true;
        default:
          return false;
      }
    }, List.of("scheme", "code", "rank", "uri"), "scheme", "code"));
  }

  private Source source(String path) {
    Source.Builder b = Source.builder();
    return build(path, b::build, object(path, "a source", (name, at) -> {
      switch (name) {
        case "title":
          set(string(at), b::title);
          return true;
        case "publisher":
          set(string(at), b::publisher);
          return true;
        case "publisherKind":
          set(string(at), b::publisherKind);
          return true;
        case "uri":
          set(uri(at), b::uri);
          return true;
        case "date":
          set(string(at), b::date);
          return true;
        case "section":
          set(string(at), b::section);
          return true;
        default:
          return false;
      }
    }, List.of("title", "publisher", "publisherKind", "uri", "date", "section")));
  }

  // ------------------------------------------------------------------------------- structure

  /** Handles one field of an object; false if the name is not a field of that object. */
  @FunctionalInterface
  private interface FieldHandler {
    boolean field(String name, String path);
  }

  /**
   * Reads the object at the current token, field by field.
   *
   * @return true if the object and everything in it read without a problem
   */
  private boolean object(String path, String what, FieldHandler handler, List<String> fields,
      String... required) {
    int before = problems.size();
    TokenStreamLocation start = parser.currentTokenLocation();
    if (!expect(path, JsonToken.START_OBJECT, what + " (an object)")) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      String at = child(path, name);
      TokenStreamLocation location = parser.currentTokenLocation();
      parser.nextToken();
      if (!seen.add(name)) {
        problem(at, "field '" + Texts.abbreviate(name) + "' appears more than once", location);
        parser.skipChildren();
      } else if (!handler.field(name, at)) {
        problem(at, "unknown field '" + Texts.abbreviate(name) + "' in " + what
            + "; its fields are " + String.join(", ", fields), location);
        parser.skipChildren();
      }
    }
    for (String field : required) {
      if (!seen.contains(field)) {
        problem(path, "missing required field '" + field + "' in " + what, start);
      }
    }
    return problems.size() == before;
  }

  private <T> T build(String path, java.util.function.Supplier<T> builder, boolean complete) {
    if (!complete) {
      return null;
    }
    try {
      return builder.get();
    } catch (IllegalStateException | IllegalArgumentException e) {
      problem(path, Texts.abbreviate(String.valueOf(e.getMessage())), null);
      return null;
    }
  }

  /** Reads an array at the current token; elements that had problems are left out. */
  private <T> List<T> array(String path, Function<String, T> element) {
    List<T> items = new ArrayList<>();
    if (!expect(path, JsonToken.START_ARRAY, "an array")) {
      return items;
    }
    int index = 0;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null;
        token = parser.nextToken()) {
      T item = element.apply(path + "[" + index++ + "]");
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  private boolean expect(String path, JsonToken token, String what) {
    if (parser.currentToken() == token) {
      return true;
    }
    problem(path, "expected " + what + ", found " + describe(parser.currentToken()),
        parser.currentTokenLocation());
    parser.skipChildren();
    return false;
  }

  // ------------------------------------------------------------------------------- values

  private String string(String path) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      expect(path, JsonToken.VALUE_STRING, "a string");
      return null;
    }
    return parser.getString();
  }

  private Integer integer(String path) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      expect(path, JsonToken.VALUE_NUMBER_INT, "a whole number");
      return null;
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      problem(path, "number " + Texts.abbreviate(parser.getString()) + " is out of range; expected "
          + "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
          parser.currentTokenLocation());
      return null;
    }
    return parser.getIntValue();
  }

  private Double number(String path) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      expect(path, JsonToken.VALUE_NUMBER_FLOAT, "a number");
      return null;
    }
    return parser.getDoubleValue();
  }

  private <T> T id(String path, String kind, Function<String, T> factory) {
    TokenStreamLocation location = parser.currentTokenLocation();
    String text = string(path);
    return text == null ? null : idText(path, kind, text, factory, location);
  }

  private <T> T idText(String path, String kind, String text, Function<String, T> factory,
      TokenStreamLocation location) {
    var reason = Slugs.problem(text);
    if (reason.isPresent()) {
      problem(path, "'" + Texts.abbreviate(text) + "' is not a valid " + kind + " id: "
          + reason.get(), location);
      return null;
    }
    return factory.apply(text);
  }

  private Locale language(String path) {
    TokenStreamLocation location = parser.currentTokenLocation();
    String tag = string(path);
    if (tag == null) {
      return null;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (!locale.getLanguage().isEmpty()) {
        return locale;
      }
    } catch (IllformedLocaleException e) {
      // reported below
    }
    problem(path, "'" + Texts.abbreviate(tag) + "' is not a BCP 47 language tag; use one such "
        + "as 'en' or 'en-GB'", location);
    return null;
  }

  private URI uri(String path) {
    TokenStreamLocation location = parser.currentTokenLocation();
    String text = string(path);
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      if (uri.isAbsolute()) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problem(path, "'" + Texts.abbreviate(text) + "' is not an absolute URI; use one such as "
        + "'https://example.org/page'", location);
    return null;
  }

  private Importance importance(String path) {
    TokenStreamLocation location = parser.currentTokenLocation();
    String text = string(path);
    if (text == null) {
      return null;
    }
    for (Importance importance : Importance.values()) {
      if (importance.label().equals(text)) {
        return importance;
      }
    }
    problem(path, "'" + Texts.abbreviate(text) + "' is not an importance; use 'essential' or "
        + "'optional'", location);
    return null;
  }

  // ------------------------------------------------------------------------------- helpers

  private static <T> void set(T value, java.util.function.Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  static String child(String path, String name) {
    String field = Texts.abbreviate(name);
    return path.equals("$") ? field : path + "." + field;
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }

  private void problem(String path, String message, TokenStreamLocation location) {
    problems.add(located(path, message, location));
    if (problems.size() >= maxProblems) {
      problems.add(Problem.of("$", "stopped reading after " + maxProblems + " problems"));
      throw new InvalidCatalogueException(problems);
    }
  }

  private static Problem located(String path, String message, TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return Problem.of(path, message);
    }
    return Problem.of(path, message, location.getLineNr(), location.getColumnNr());
  }

}
