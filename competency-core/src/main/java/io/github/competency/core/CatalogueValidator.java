package io.github.competency.core;

import io.github.competency.core.internal.Dates;
import io.github.competency.core.internal.Slugs;
import io.github.competency.core.internal.Texts;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a catalogue as a whole and lists every problem, each with the path of the offending
 * element as it is spelled in the JSON format. It never throws on any combination of values the
 * model types can hold.
 */
final class CatalogueValidator {

  private static final int KNOWN_LISTED = 12;

  private final Catalogue catalogue;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<ProficiencyId, Proficiency> proficiencies = new HashMap<>();
  private final Map<LevelId, Level> levels = new HashMap<>();
  private final Map<FamilyId, Family> families = new HashMap<>();
  private final Map<CategoryId, Category> categories = new HashMap<>();
  private final Map<SkillId, Skill> skills = new HashMap<>();
  private final Map<ResponsibilityId, Responsibility> responsibilities = new HashMap<>();
  private final Map<RoleId, Role> roles = new HashMap<>();

  private CatalogueValidator(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Lists what is wrong with a catalogue.
   *
   * @return the problems, element by element; empty if it is valid
   */
  static List<Problem> validate(Catalogue catalogue) {
    CatalogueValidator validator = new CatalogueValidator(catalogue);
    validator.run();
    return List.copyOf(validator.problems);
  }

  /** Names known ids for an error message: "known: a, b, c" or "there are none". */
  static String known(Collection<?> ids) {
    if (ids.isEmpty()) {
      return "there are none";
    }
    TreeSet<String> sorted = new TreeSet<>();
    ids.forEach(id -> sorted.add(id.toString()));
    String listed = sorted.stream().limit(KNOWN_LISTED).collect(Collectors.joining(", "));
    return "known: "
        + listed
        + (sorted.size() > KNOWN_LISTED ? " and " + (sorted.size() - KNOWN_LISTED) + " more" : "");
  }

  private void run() {
    notBlank("title", catalogue.title());
    notBlank("version", catalogue.version());
    text("description", catalogue.description());
    if (catalogue.language().getLanguage().isEmpty()) {
      add("language", "must name a language as a BCP 47 tag, such as 'en' or 'en-GB'");
    }
    catalogue.source().ifPresent(source -> source("source", source));

    declare(
        "proficiencies", "proficiency", catalogue.proficiencies(), Proficiency::id, proficiencies);
    declare("levels", "level", catalogue.levels(), Level::id, levels);
    declare("families", "family", catalogue.families(), Family::id, families);
    declare("categories", "category", catalogue.categories(), Category::id, categories);
    declare("skills", "skill", catalogue.skills(), Skill::id, skills);
    declare(
        "responsibilities",
        "responsibility",
        catalogue.responsibilities(),
        Responsibility::id,
        responsibilities);
    declare("roles", "role", catalogue.roles(), Role::id, roles);

    checkScale();
    checkLevels();
    for (int i = 0; i < catalogue.families().size(); i++) {
      notBlank("families[" + i + "].name", catalogue.families().get(i).name());
      text("families[" + i + "].description", catalogue.families().get(i).description());
    }
    for (int i = 0; i < catalogue.categories().size(); i++) {
      notBlank("categories[" + i + "].name", catalogue.categories().get(i).name());
      text("categories[" + i + "].description", catalogue.categories().get(i).description());
    }
    for (int i = 0; i < catalogue.skills().size(); i++) {
      checkSkill("skills[" + i + "]", catalogue.skills().get(i));
    }
    for (int i = 0; i < catalogue.responsibilities().size(); i++) {
      checkResponsibility("responsibilities[" + i + "]", catalogue.responsibilities().get(i));
    }
    for (int i = 0; i < catalogue.roles().size(); i++) {
      checkRole("roles[" + i + "]", catalogue.roles().get(i));
    }
    checkCareerCycles();
  }

  private <T, K> void declare(
      String list, String kind, List<T> items, Function<T, K> id, Map<K, T> declared) {
    Map<K, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      K key = id.apply(items.get(i));
      Integer previous = first.putIfAbsent(key, i);
      if (previous != null) {
        add(
            list + "[" + i + "].id",
            "duplicate "
                + kind
                + " id '"
                + key
                + "', first declared at "
                + list
                + "["
                + previous
                + "]; ids must be unique");
      } else {
        declared.put(key, items.get(i));
      }
    }
  }

  private void checkScale() {
    Map<Integer, Integer> ranks = new HashMap<>();
    for (int i = 0; i < catalogue.proficiencies().size(); i++) {
      Proficiency step = catalogue.proficiencies().get(i);
      String path = "proficiencies[" + i + "]";
      notBlank(path + ".name", step.name());
      text(path + ".description", step.description());
      rank(
          path,
          "proficiencies",
          "proficiency scale",
          step.rank(),
          i,
          ranks,
          catalogue.proficiencies().stream()
              .map(p -> p.id().toString())
              .collect(Collectors.toList()));
    }
  }

  private void checkLevels() {
    Map<Integer, Integer> ranks = new HashMap<>();
    for (int i = 0; i < catalogue.levels().size(); i++) {
      Level level = catalogue.levels().get(i);
      String path = "levels[" + i + "]";
      notBlank(path + ".name", level.name());
      text(path + ".summary", level.summary());
      rank(
          path,
          "levels",
          "career ladder",
          level.rank(),
          i,
          ranks,
          catalogue.levels().stream().map(l -> l.id().toString()).collect(Collectors.toList()));
    }
  }

  private void rank(
      String path,
      String list,
      String what,
      int rank,
      int index,
      Map<Integer, Integer> ranks,
      List<String> ids) {
    if (rank < 1) {
      add(path + ".rank", "rank " + rank + " must be at least 1");
      return;
    }
    Integer previous = ranks.putIfAbsent(rank, index);
    if (previous != null) {
      add(
          path + ".rank",
          "rank "
              + rank
              + " is already taken by '"
              + ids.get(previous)
              + "' ("
              + list
              + "["
              + previous
              + "]); ranks order the "
              + what
              + " and must differ");
    }
  }

  private void checkSkill(String path, Skill skill) {
    notBlank(path + ".name", skill.name());
    text(path + ".description", skill.description());
    if (!categories.containsKey(skill.category())) {
      add(path + ".category", unknown("category", skill.category(), categories.keySet()));
    }
    texts(path + ".aliases", skill.aliases());
    references(path + ".references", skill.references());
    // a set keeps no order, so an unknown step is reported at the list, named in the message
    // (an index would be a position in no list the user wrote); unknown steps in their ids' order
    List<ProficiencyId> unknownSteps = new ArrayList<>();
    for (ProficiencyId step : skill.definedAt()) {
      if (!proficiencies.containsKey(step)) {
        unknownSteps.add(step);
      }
    }
    unknownSteps.sort(Comparator.naturalOrder());
    for (ProficiencyId step : unknownSteps) {
      add(path + ".definedAt", unknown("proficiency", step, proficiencies.keySet()));
    }
    for (Map.Entry<ProficiencyId, String> behaviour : skill.behaviours().entrySet()) {
      String at = path + ".behaviours." + behaviour.getKey();
      if (!proficiencies.containsKey(behaviour.getKey())) {
        add(at, unknown("proficiency", behaviour.getKey(), proficiencies.keySet()));
      } else if (!skill.isDefinedAt(behaviour.getKey())) {
        add(
            at,
            "the skill is not defined at '"
                + behaviour.getKey()
                + "'; it is defined at "
                + join(inScaleOrder(skill.definedAt())));
      }
      notBlank(at, behaviour.getValue());
    }
    skill.source().ifPresent(source -> source(path + ".source", source));
  }

  private void checkResponsibility(String path, Responsibility responsibility) {
    notBlank(path + ".title", responsibility.title());
    notBlank(path + ".area", responsibility.area());
    text(path + ".description", responsibility.description());
    texts(path + ".indicators", responsibility.indicators());
    Map<SkillId, Integer> seen = new HashMap<>();
    for (int k = 0; k < responsibility.skills().size(); k++) {
      SkillId skill = responsibility.skills().get(k);
      String at = path + ".skills[" + k + "]";
      if (!skills.containsKey(skill)) {
        add(at, unknown("skill", skill, skills.keySet()));
      }
      Integer previous = seen.putIfAbsent(skill, k);
      if (previous != null) {
        add(at, "skill '" + skill + "' is already listed at " + path + ".skills[" + previous + "]");
      }
    }
    responsibility.source().ifPresent(source -> source(path + ".source", source));
  }

  private void checkRole(String path, Role role) {
    notBlank(path + ".title", role.title());
    text(path + ".summary", role.summary());
    if (!catalogue.families().isEmpty() && !families.containsKey(role.family())) {
      add(
          path + ".family",
          unknown("family", role.family(), families.keySet())
              + "; a catalogue that declares families declares every family its roles belong to");
    }
    if (!levels.containsKey(role.level())) {
      add(path + ".level", unknown("level", role.level(), levels.keySet()));
    }
    Map<ResponsibilityId, Integer> seenResponsibilities = new HashMap<>();
    for (int k = 0; k < role.responsibilities().size(); k++) {
      ResponsibilityId id = role.responsibilities().get(k);
      String at = path + ".responsibilities[" + k + "]";
      if (!responsibilities.containsKey(id)) {
        add(at, unknown("responsibility", id, responsibilities.keySet()));
      }
      Integer previous = seenResponsibilities.putIfAbsent(id, k);
      if (previous != null) {
        add(
            at,
            "responsibility '"
                + id
                + "' is already listed at "
                + path
                + ".responsibilities["
                + previous
                + "]");
      }
    }
    Map<SkillId, String> required = new HashMap<>();
    for (int k = 0; k < role.requirements().size(); k++) {
      requirement(
          path + ".requirements[" + k + "]", role.requirements().get(k), "index " + k, required);
    }
    Map<GroupId, Integer> seenGroups = new HashMap<>();
    for (int k = 0; k < role.groups().size(); k++) {
      group(path + ".groups[" + k + "]", role.groups().get(k), k, seenGroups, required);
    }
    Map<RoleId, Integer> seenSteps = new HashMap<>();
    for (int k = 0; k < role.progressesTo().size(); k++) {
      careerStep(path, role, k, seenSteps);
    }
    texts(path + ".collaborators", role.collaborators());
    references(path + ".references", role.references());
    role.source().ifPresent(source -> source(path + ".source", source));
  }

  private void group(
      String path,
      ChoiceGroup group,
      int index,
      Map<GroupId, Integer> seen,
      Map<SkillId, String> required) {
    Integer previous = seen.putIfAbsent(group.id(), index);
    if (previous != null) {
      add(
          path + ".id",
          "duplicate group id '"
              + group.id()
              + "', first declared at groups["
              + previous
              + "]; a role's groups have ids of their own");
    }
    notBlank(path + ".title", group.title());
    text(path + ".note", group.note());
    int options = group.options().size();
    if (group.atLeast() < 1 || group.atLeast() > options) {
      add(
          path + ".atLeast",
          "atLeast "
              + group.atLeast()
              + " must be between 1 and the number of options ("
              + options
              + ")");
    }
    weight(path + ".weight", group.weight());
    for (int k = 0; k < options; k++) {
      Requirement option = group.options().get(k);
      String at = path + ".options[" + k + "]";
      requirement(at, option, "groups[" + index + "].options[" + k + "]", required);
      if (option.importance() != Importance.ESSENTIAL) {
        add(
            at + ".importance",
            "an option of a choice group takes its importance from the group; set the"
                + " group's importance instead");
      }
      if (option.weight().isPresent()) {
        add(
            at + ".weight",
            "an option of a choice group takes its weight from the group; set the group's"
                + " weight instead");
      }
    }
  }

  private void requirement(
      String path, Requirement requirement, String where, Map<SkillId, String> required) {
    Skill skill = skills.get(requirement.skill());
    if (skill == null) {
      add(path + ".skill", unknown("skill", requirement.skill(), skills.keySet()));
    }
    String previous = required.putIfAbsent(requirement.skill(), where);
    if (previous != null) {
      add(
          path + ".skill",
          "skill '"
              + requirement.skill()
              + "' is already required at "
              + previous
              + "; a role states one requirement per skill");
    }
    if (!proficiencies.containsKey(requirement.proficiency())) {
      add(
          path + ".proficiency",
          unknown("proficiency", requirement.proficiency(), proficiencies.keySet()));
    } else if (skill != null && !skill.isDefinedAt(requirement.proficiency())) {
      add(
          path + ".proficiency",
          "skill '"
              + skill.id()
              + "' is not defined at '"
              + requirement.proficiency()
              + "'; it is defined at "
              + join(inScaleOrder(skill.definedAt())));
    }
    text(path + ".note", requirement.note());
    weight(path + ".weight", requirement.weight());
  }

  private void weight(String path, OptionalDouble weight) {
    if (weight.isPresent()) {
      double value = weight.getAsDouble();
      if (!(value > 0) || Double.isInfinite(value)) {
        add(path, "weight " + value + " must be a positive, finite number");
      }
    }
  }

  private void careerStep(String path, Role role, int k, Map<RoleId, Integer> seen) {
    RoleId target = role.progressesTo().get(k);
    String at = path + ".progressesTo[" + k + "]";
    Integer previous = seen.putIfAbsent(target, k);
    if (previous != null) {
      add(
          at,
          "role '" + target + "' is already listed at " + path + ".progressesTo[" + previous + "]");
      return;
    }
    Role next = roles.get(target);
    if (next == null) {
      add(at, unknown("role", target, roles.keySet()));
      return;
    }
    Level from = levels.get(role.level());
    Level to = levels.get(next.level());
    if (from != null && to != null && to.rank() < from.rank()) {
      add(
          at,
          "career step from '"
              + role.id()
              + "' (level '"
              + from.id()
              + "', rank "
              + from.rank()
              + ") to '"
              + target
              + "' (level '"
              + to.id()
              + "', rank "
              + to.rank()
              + ") goes down the ladder; a career step leads to the same level or a higher one");
    }
  }

  /**
   * Finds cycles in the career steps with an iterative depth-first search (no recursion, so a
   * long ladder cannot overflow the stack) and reports the step that closes each one.
   */
  private void checkCareerCycles() {
    List<Role> all = catalogue.roles();
    Map<RoleId, Integer> position = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      position.putIfAbsent(all.get(i).id(), i);
    }
    int[] state = new int[all.size()]; // 0 new, 1 on the current path, 2 done
    int[] nextEdge = new int[all.size()];
    int[] stack = new int[all.size()];
    for (int start = 0; start < all.size(); start++) {
      if (state[start] != 0 || !position.get(all.get(start).id()).equals(start)) {
        continue;
      }
      int depth = 0;
      stack[depth++] = start;
      state[start] = 1;
      while (depth > 0) {
        int node = stack[depth - 1];
        List<RoleId> steps = all.get(node).progressesTo();
        if (nextEdge[node] < steps.size()) {
          int edge = nextEdge[node]++;
          Integer target = position.get(steps.get(edge));
          if (target == null || steps.indexOf(steps.get(edge)) != edge) {
            continue; // unknown or repeated step, reported elsewhere
          }
          if (state[target] == 1) {
            reportCycle(node, edge, target, stack, depth, all);
          } else if (state[target] == 0) {
            state[target] = 1;
            stack[depth++] = target;
          }
        } else {
          state[node] = 2;
          depth--;
        }
      }
    }
  }

  private void reportCycle(int node, int edge, int target, int[] stack, int depth, List<Role> all) {
    StringBuilder cycle = new StringBuilder();
    int from = depth - 1;
    while (stack[from] != target) {
      from--;
    }
    for (int i = from; i < depth; i++) {
      cycle.append(all.get(stack[i]).id()).append(" -> ");
    }
    cycle.append(all.get(target).id());
    add(
        "roles[" + node + "].progressesTo[" + edge + "]",
        "career step from '"
            + all.get(node).id()
            + "' to '"
            + all.get(target).id()
            + "' closes a cycle: "
            + cycle
            + "; a career path must not lead back to where it started");
  }

  private void references(String path, List<Reference> references) {
    for (int k = 0; k < references.size(); k++) {
      Reference reference = references.get(k);
      String at = path + "[" + k + "]";
      Optional<String> scheme = Slugs.problem(reference.scheme());
      scheme.ifPresent(
          reason ->
              add(
                  at + ".scheme",
                  "'"
                      + Texts.abbreviate(reference.scheme())
                      + "' is not a valid scheme: "
                      + reason.replace("ids are", "schemes are")));
      notBlank(at + ".code", reference.code());
      reference.uri().ifPresent(uri -> absolute(at + ".uri", uri));
      if (reference.rank().isPresent() && reference.rank().getAsInt() < 1) {
        add(at + ".rank", "rank " + reference.rank().getAsInt() + " must be at least 1");
      }
    }
  }

  private void source(String path, Source source) {
    source.title().ifPresent(text -> notBlank(path + ".title", text));
    source.publisher().ifPresent(text -> notBlank(path + ".publisher", text));
    source.publisherKind().ifPresent(text -> notBlank(path + ".publisherKind", text));
    source.uri().ifPresent(uri -> absolute(path + ".uri", uri));
    source
        .date()
        .ifPresent(
            date -> {
              if (!Dates.isPartialDate(date)) {
                add(
                    path + ".date",
                    "'"
                        + Texts.abbreviate(date)
                        + "' is not a date; write a year, a month"
                        + " or a day in ISO 8601, such as '2023', '2023-05' or '2023-05-14'");
              }
            });
    source.section().ifPresent(text -> notBlank(path + ".section", text));
  }

  /** A web address must be absolute, as the format reads it, so that every catalogue can be read back. */
  private void absolute(String path, URI uri) {
    if (!uri.isAbsolute()) {
      add(
          path,
          "'"
              + Texts.abbreviate(uri.toString())
              + "' is not an absolute URI; use one such as 'https://example.org/page'");
    }
  }

  private void texts(String path, List<String> texts) {
    for (int k = 0; k < texts.size(); k++) {
      notBlank(path + "[" + k + "]", texts.get(k));
    }
  }

  /** A text that must say something: not blank, and encodable. */
  private void notBlank(String path, String text) {
    if (Texts.isBlank(text)) {
      add(path, "must not be blank");
    } else {
      text(path, text);
    }
  }

  /** Any text: it must be encodable, so that every valid catalogue can be written. */
  private void text(String path, String text) {
    int at = Texts.unpairedSurrogate(text);
    if (at >= 0) {
      add(
          path,
          String.format(
              Locale.ROOT,
              "has an unpaired surrogate U+%04X at index %d; texts"
                  + " must be well-formed Unicode",
              (int) text.charAt(at),
              at));
    }
  }

  private static String unknown(String kind, Object id, Collection<?> known) {
    return "unknown " + kind + " '" + id + "'; " + known(known);
  }

  /** Steps in the scale's order by rank; steps the scale lacks last, by id. */
  private List<ProficiencyId> inScaleOrder(Collection<ProficiencyId> steps) {
    List<ProficiencyId> ordered = new ArrayList<>(steps);
    ordered.sort(
        Comparator.comparingLong(
                (ProficiencyId step) -> {
                  Proficiency known = proficiencies.get(step);
                  return known == null ? Long.MAX_VALUE : known.rank();
                })
            .thenComparing(Comparator.naturalOrder()));
    return ordered;
  }

  private static String join(Collection<?> ids) {
    return ids.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  private void add(String path, String message) {
    problems.add(Problem.of(path, message));
  }
}
