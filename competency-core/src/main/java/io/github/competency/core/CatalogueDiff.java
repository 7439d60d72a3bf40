package io.github.competency.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What differs between two catalogues: two versions of one catalogue, a base and the result of
 * its overlays, or any two. Items are matched by id; an item present in both is compared field
 * by field, lists as a whole and requirements skill by skill, so that a raised requirement
 * reads as steps ({@code requirements.postgresql.proficiency: practitioner -> expert}). The
 * order of items is not compared.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogueDiff {

  /** How an item differs. */
  public enum Change {
    /** Only the second catalogue has it. */
    ADDED,
    /** Only the first catalogue has it. */
    REMOVED,
    /** Both have it, with some field different. */
    CHANGED
  }

  /**
   * One field that differs.
   *
   * @param field the field's path within the item, such as {@code summary} or
   *     {@code requirements.postgresql.proficiency}
   * @param before its value in the first catalogue, empty if it had none
   * @param after its value in the second catalogue, empty if it has none
   */
  public record FieldChange(String field, Optional<String> before, Optional<String> after) {
    /**
     * Checks the parts.
     *
     * @param field the field's path
     * @param before its value before
     * @param after its value after
     */
    public FieldChange {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    /**
     * Returns one line for a person.
     *
     * @return for example {@code summary: "Old" -> "New"}
     */
    @Override
    public String toString() {
      return field + ": " + before.orElse("(none)") + " -> " + after.orElse("(none)");
    }
  }

  /**
   * One item that differs.
   *
   * @param section the kind of item, named as the catalogue format's list: {@code skills},
   *     {@code roles} ... ({@code catalogue} for the catalogue's own fields)
   * @param id the item's id
   * @param change added, removed or changed
   * @param fields the fields that differ, for a changed item; every field of an added or
   *     removed one
   */
  public record ItemChange(String section, String id, Change change, List<FieldChange> fields) {
    /**
     * Checks and copies the parts.
     *
     * @param section the kind of item
     * @param id the item's id
     * @param change how it differs
     * @param fields the fields that differ
     */
    public ItemChange {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(change, "change");
      fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }
  }

  private final List<ItemChange> changes;

  private CatalogueDiff(List<ItemChange> changes) {
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares two catalogues.
   *
   * @param before the first catalogue
   * @param after the second catalogue
   * @return what differs, the catalogue's own fields first, then by kind in the format's order
   */
  public static CatalogueDiff between(Catalogue before, Catalogue after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<ItemChange> changes = new ArrayList<>();
    List<FieldChange> own = compare(own(before), own(after));
    if (!own.isEmpty()) {
      changes.add(new ItemChange("catalogue", after.id().value(), Change.CHANGED, own));
    }
    section(
        changes,
        "proficiencies",
        before.proficiencies(),
        after.proficiencies(),
        p -> p.id().value(),
        CatalogueDiff::fields);
    section(
        changes,
        "levels",
        before.levels(),
        after.levels(),
        l -> l.id().value(),
        CatalogueDiff::fields);
    section(
        changes,
        "families",
        before.families(),
        after.families(),
        f -> f.id().value(),
        CatalogueDiff::fields);
    section(
        changes,
        "categories",
        before.categories(),
        after.categories(),
        c -> c.id().value(),
        CatalogueDiff::fields);
    section(
        changes,
        "skills",
        before.skills(),
        after.skills(),
        s -> s.id().value(),
        CatalogueDiff::fields);
    section(
        changes,
        "responsibilities",
        before.responsibilities(),
        after.responsibilities(),
        r -> r.id().value(),
        CatalogueDiff::fields);
    section(
        changes,
        "roles",
        before.roles(),
        after.roles(),
        r -> r.id().value(),
        CatalogueDiff::fields);
    return new CatalogueDiff(changes);
  }

  /**
   * Returns what differs.
   *
   * @return the items that differ
   */
  public List<ItemChange> changes() {
    return changes;
  }

  /**
   * Tells whether the catalogues hold the same items with the same fields.
   *
   * @return true if nothing differs
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns the differences as lines for a person.
   *
   * @return for example {@code ~ roles.senior: requirements.sql.proficiency: working -> expert}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (ItemChange change : changes) {
      String sign =
          switch (change.change()) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
          };
      text.append(sign)
          .append(' ')
          .append(change.section())
          .append('.')
          .append(change.id())
          .append('\n');
      if (change.change() == Change.CHANGED) {
        change.fields().forEach(field -> text.append("    ").append(field).append('\n'));
      }
    }
    return text.toString();
  }

  private static <T> void section(
      List<ItemChange> changes,
      String section,
      List<T> before,
      List<T> after,
      Function<T, String> id,
      Function<T, Map<String, String>> fields) {
    Map<String, T> old = new LinkedHashMap<>();
    before.forEach(item -> old.put(id.apply(item), item));
    Map<String, T> now = new LinkedHashMap<>();
    after.forEach(item -> now.put(id.apply(item), item));
    old.forEach(
        (key, item) -> {
          if (!now.containsKey(key)) {
            changes.add(
                new ItemChange(
                    section, key, Change.REMOVED, compare(fields.apply(item), Map.of())));
          }
        });
    now.forEach(
        (key, item) -> {
          T was = old.get(key);
          if (was == null) {
            changes.add(
                new ItemChange(section, key, Change.ADDED, compare(Map.of(), fields.apply(item))));
          } else {
            List<FieldChange> differ = compare(fields.apply(was), fields.apply(item));
            if (!differ.isEmpty()) {
              changes.add(new ItemChange(section, key, Change.CHANGED, differ));
            }
          }
        });
  }

  private static List<FieldChange> compare(Map<String, String> before, Map<String, String> after) {
    Set<String> names = new LinkedHashSet<>(before.keySet());
    names.addAll(after.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names) {
      Optional<String> was = Optional.ofNullable(before.get(name));
      Optional<String> now = Optional.ofNullable(after.get(name));
      if (!was.equals(now)) {
        changes.add(new FieldChange(name, was, now));
      }
    }
    return changes;
  }

  // ------------------------------------------------------------------ fields of each kind

  private static Map<String, String> own(Catalogue c) {
    Map<String, String> f = new LinkedHashMap<>();
    put(f, "version", c.version());
    put(f, "title", c.title());
    put(f, "language", c.language().toLanguageTag());
    put(f, "description", c.description());
    c.source().ifPresent(s -> source(f, "source", s));
    return f;
  }

  private static Map<String, String> fields(Proficiency p) {
    Map<String, String> f = new LinkedHashMap<>();
    put(f, "name", p.name());
    put(f, "rank", String.valueOf(p.rank()));
    put(f, "description", p.description());
    return f;
  }

  private static Map<String, String> fields(Level l) {
    Map<String, String> f = new LinkedHashMap<>();
    put(f, "name", l.name());
    put(f, "rank", String.valueOf(l.rank()));
    put(f, "summary", l.summary());
    return f;
  }

  private static Map<String, String> fields(Family family) {
    Map<String, String> f = new LinkedHashMap<>();
    put(f, "name", family.name());
    put(f, "description", family.description());
    return f;
  }

  private static Map<String, String> fields(Category c) {
    Map<String, String> f = new LinkedHashMap<>();
    put(f, "name", c.name());
    put(f, "description", c.description());
    return f;
  }

  private static Map<String, String> fields(Skill s) {
    Map<String, String> f = new LinkedHashMap<>();
    put(f, "name", s.name());
    put(f, "category", s.category().value());
    put(f, "description", s.description());
    put(f, "aliases", String.join(", ", s.aliases()));
    put(
        f,
        "definedAt",
        s.definedAt().stream()
            .map(ProficiencyId::value)
            .sorted()
            .collect(Collectors.joining(", ")));
    s.behaviours().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> put(f, "behaviours." + e.getKey(), e.getValue()));
    put(f, "references", references(s.references()));
    s.source().ifPresent(source -> source(f, "source", source));
    return f;
  }

  private static Map<String, String> fields(Responsibility r) {
    Map<String, String> f = new LinkedHashMap<>();
    put(f, "title", r.title());
    put(f, "area", r.area());
    put(f, "description", r.description());
    for (int i = 0; i < r.indicators().size(); i++) {
      put(f, "indicators[" + i + "]", r.indicators().get(i));
    }
    put(f, "skills", r.skills().stream().map(SkillId::value).collect(Collectors.joining(", ")));
    r.source().ifPresent(source -> source(f, "source", source));
    return f;
  }

  private static Map<String, String> fields(Role r) {
    Map<String, String> f = new LinkedHashMap<>();
    put(f, "title", r.title());
    put(f, "family", r.family().value());
    put(f, "level", r.level().value());
    put(f, "summary", r.summary());
    put(
        f,
        "responsibilities",
        r.responsibilities().stream()
            .map(ResponsibilityId::value)
            .collect(Collectors.joining(", ")));
    for (Requirement q : r.requirements()) {
      String at = "requirements." + q.skill() + ".";
      put(f, at + "proficiency", q.proficiency().value());
      put(f, at + "importance", q.importance().label());
      if (q.weight().isPresent()) {
        put(f, at + "weight", String.valueOf(q.weight().getAsDouble()));
      }
      put(f, at + "note", q.note());
    }
    for (ChoiceGroup g : r.groups()) {
      String at = "groups." + g.id() + ".";
      put(f, at + "title", g.title());
      put(f, at + "atLeast", String.valueOf(g.atLeast()));
      put(f, at + "importance", g.importance().label());
      if (g.weight().isPresent()) {
        put(f, at + "weight", String.valueOf(g.weight().getAsDouble()));
      }
      put(f, at + "note", g.note());
      for (Requirement o : g.options()) {
        put(f, at + "options." + o.skill() + ".proficiency", o.proficiency().value());
        put(f, at + "options." + o.skill() + ".note", o.note());
      }
    }
    put(
        f,
        "progressesTo",
        r.progressesTo().stream().map(RoleId::value).collect(Collectors.joining(", ")));
    put(f, "collaborators", String.join(", ", r.collaborators()));
    put(f, "references", references(r.references()));
    r.source().ifPresent(source -> source(f, "source", source));
    return f;
  }

  private static String references(List<Reference> references) {
    return references.stream()
        .map(
            r ->
                r.scheme()
                    + " "
                    + r.code()
                    + (r.rank().isPresent() ? " " + r.rank().getAsInt() : "")
                    + r.uri().map(u -> " " + u).orElse(""))
        .collect(Collectors.joining(", "));
  }

  private static void source(Map<String, String> f, String at, Source s) {
    s.title().ifPresent(t -> put(f, at + ".title", t));
    s.publisher().ifPresent(t -> put(f, at + ".publisher", t));
    s.publisherKind().ifPresent(t -> put(f, at + ".publisherKind", t));
    s.uri().ifPresent(t -> put(f, at + ".uri", t.toString()));
    s.date().ifPresent(t -> put(f, at + ".date", t));
    s.section().ifPresent(t -> put(f, at + ".section", t));
  }

  private static void put(Map<String, String> fields, String name, String value) {
    if (!value.isEmpty()) {
      fields.put(name, value);
    }
  }
}
