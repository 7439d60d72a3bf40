package io.github.competency.interchange.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Typed access to the members of JSON objects that reports values of the wrong type as problems
 * at their paths. A member that is absent or {@code null} counts as absent. Not thread-safe.
 */
public final class Fields {

  private final Issues issues;

  /**
   * Creates access that reports to {@code issues}.
   *
   * @param issues where problems go
   */
  public Fields(Issues issues) {
    this.issues = issues;
  }

  /**
   * Returns the issues problems go to.
   *
   * @return the issues
   */
  public Issues issues() {
    return issues;
  }

  /** Returns a member, or null if it is absent or null. */
  static JsonNode member(JsonNode object, String name) {
    JsonNode value = object.get(name);
    return value == null || value.isNull() ? null : value;
  }

  /**
   * Tells whether an object has a member that is not null.
   *
   * @param object an object
   * @param name the member's name
   * @return true if it is there
   */
  public static boolean has(JsonNode object, String name) {
    return member(object, name) != null;
  }

  /**
   * Returns a string member.
   *
   * @param object the object
   * @param path its path
   * @param name the member's name
   * @return the string, or empty if absent or of another type (a problem)
   */
  public Optional<String> text(JsonNode object, String path, String name) {
    JsonNode value = member(object, name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isString()) {
      wrongType(Paths.member(path, name), "a string", value);
      return Optional.empty();
    }
    return Optional.of(value.stringValue());
  }

  /**
   * Returns a string member that must be there.
   *
   * @param object the object
   * @param path its path
   * @param name the member's name
   * @param why what the member is for, to complete "missing; it ..." in the message
   * @return the string, or empty if absent or of another type (a problem either way)
   */
  public Optional<String> requiredText(JsonNode object, String path, String name, String why) {
    Optional<String> text = text(object, path, name);
    if (text.isEmpty() && !has(object, name)) {
      issues.problem(Paths.member(path, name), "missing; " + why);
    }
    return text;
  }

  /**
   * Returns a string member that must be a slug, an id of the model.
   *
   * @param object the object
   * @param path its path
   * @param name the member's name
   * @param kind the kind of id, for messages, such as "proficiency"
   * @return the slug, or empty if absent or not a slug (a problem)
   */
  public Optional<String> slug(JsonNode object, String path, String name, String kind) {
    Optional<String> text = text(object, path, name);
    if (text.isPresent() && !Slugs.isSlug(text.get())) {
      issues.problem(Paths.member(path, name), notASlug(text.get(), kind));
      return Optional.empty();
    }
    return text;
  }

  /**
   * Returns the message for a text that should be an id and is not.
   *
   * @param text the text
   * @param kind the kind of id
   * @return the message
   */
  public static String notASlug(String text, String kind) {
    return "'"
        + Issues.quote(text)
        + "' is not a valid "
        + kind
        + " id: ids are lowercase slugs"
        + " of 1 to "
        + Slugs.MAX_LENGTH
        + " characters of a-z and 0-9 in groups joined by single"
        + " hyphens, such as 'backend-engineer'";
  }

  /**
   * Returns an integer member.
   *
   * @param object the object
   * @param path its path
   * @param name the member's name
   * @return the integer, or empty if absent or not an integer in range (a problem)
   */
  public OptionalInt integer(JsonNode object, String path, String name) {
    JsonNode value = member(object, name);
    if (value == null) {
      return OptionalInt.empty();
    }
    if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
      wrongType(
          Paths.member(path, name),
          "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
          value);
      return OptionalInt.empty();
    }
    return OptionalInt.of(value.asInt());
  }

  /**
   * Returns a number member.
   *
   * @param object the object
   * @param path its path
   * @param name the member's name
   * @return the number, or empty if absent or not a number (a problem)
   */
  public OptionalDouble number(JsonNode object, String path, String name) {
    JsonNode value = member(object, name);
    if (value == null) {
      return OptionalDouble.empty();
    }
    if (!value.isNumber()) {
      wrongType(Paths.member(path, name), "a number", value);
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(value.asDouble());
  }

  /**
   * Returns an object member.
   *
   * @param object the object
   * @param path its path
   * @param name the member's name
   * @return the member, or empty if absent or not an object (a problem)
   */
  public Optional<JsonNode> object(JsonNode object, String path, String name) {
    JsonNode value = member(object, name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isObject()) {
      wrongType(Paths.member(path, name), "an object", value);
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /**
   * Returns the elements of an array member.
   *
   * @param object the object
   * @param path its path
   * @param name the member's name
   * @return the elements; empty if absent or not an array (a problem)
   */
  public List<JsonNode> array(JsonNode object, String path, String name) {
    JsonNode value = member(object, name);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      wrongType(Paths.member(path, name), "an array", value);
      return List.of();
    }
    List<JsonNode> elements = new ArrayList<>(value.size());
    value.forEach(elements::add);
    return elements;
  }

  /**
   * Returns the strings of an array member of strings.
   *
   * @param object the object
   * @param path its path
   * @param name the member's name
   * @return the strings, without elements of other types (problems)
   */
  public List<String> texts(JsonNode object, String path, String name) {
    List<String> texts = new ArrayList<>();
    List<JsonNode> elements = array(object, path, name);
    String at = Paths.member(path, name);
    for (int i = 0; i < elements.size(); i++) {
      JsonNode element = elements.get(i);
      if (element.isString()) {
        texts.add(element.stringValue());
      } else {
        wrongType(Paths.element(at, i), "a string", element);
      }
    }
    return texts;
  }

  /**
   * Returns a member that must be an absolute URI.
   *
   * @param object the object
   * @param path its path
   * @param name the member's name
   * @return the URI, or empty if absent or not an absolute URI (a problem)
   */
  public Optional<URI> uri(JsonNode object, String path, String name) {
    Optional<String> text = text(object, path, name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<URI> uri = parseUri(text.get());
    if (uri.isEmpty()) {
      issues.problem(
          Paths.member(path, name),
          "'"
              + Issues.quote(text.get())
              + "' is not an absolute URI; use one such as 'https://example.org/doc'");
    }
    return uri;
  }

  /**
   * Returns a member that must be a URI, absolute or not; for fields this project writes, which
   * hold whatever URI the model holds.
   *
   * @param object the object
   * @param path its path
   * @param name the member's name
   * @return the URI, or empty if absent or not a URI (a problem)
   */
  public Optional<URI> anyUri(JsonNode object, String path, String name) {
    Optional<String> text = text(object, path, name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(text.get()));
    } catch (URISyntaxException e) {
      issues.problem(
          Paths.member(path, name),
          "'" + Issues.quote(text.get()) + "' is not a URI: " + e.getReason());
      return Optional.empty();
    }
  }

  /**
   * Parses an absolute URI.
   *
   * @param text any text
   * @return the URI, or empty if the text is not an absolute URI
   */
  public static Optional<URI> parseUri(String text) {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses a BCP 47 language tag.
   *
   * @param tag any text
   * @return the locale, or empty if the tag is ill-formed or names no language
   */
  public static Optional<Locale> parseLanguage(String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale);
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }

  /**
   * Reports the members of an object that are not among those mapped, as one warning.
   *
   * @param object the object
   * @param path its path
   * @param identifier its identifier, if it has one
   * @param mapped the names of members that were mapped or are meaningless to the model
   */
  public void unmapped(
      JsonNode object, String path, Optional<String> identifier, Set<String> mapped) {
    Set<String> left = new TreeSet<>();
    for (String name : object.propertyNames()) {
      if (!mapped.contains(name) && has(object, name)) {
        left.add(Issues.quote(name));
      }
    }
    if (!left.isEmpty()) {
      issues.warn(path, identifier, "not mapped: " + String.join(", ", left));
    }
  }

  /**
   * Reports the members of an object that are not among those known, as problems; for the
   * objects this project defines.
   *
   * @param object the object
   * @param path its path
   * @param known the names allowed
   */
  public void strict(JsonNode object, String path, Set<String> known) {
    for (String name : object.propertyNames()) {
      if (!known.contains(name)) {
        issues.problem(
            Paths.member(path, name),
            "unknown field; known here: " + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  private void wrongType(String path, String expected, JsonNode found) {
    issues.problem(path, "expected " + expected + ", found " + describe(found));
  }

  /**
   * Describes a JSON value for a message.
   *
   * @param node the value
   * @return for example "an object" or "the number 12"
   */
  public static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    } else if (node.isArray()) {
      return "an array";
    } else if (node.isString()) {
      return "the string '" + Issues.quote(node.stringValue()) + "'";
    } else if (node.isNumber()) {
      return "the number " + Issues.quote(node.asString());
    } else if (node.isBoolean()) {
      return node.asString();
    }
    return "null";
  }
}
