package io.github.competency.interchange.internal;

import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Skill;
import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CasePackage.Criterion;
import io.github.competency.interchange.internal.CasePackage.Item;
import io.github.competency.interchange.internal.CasePackage.Rubric;
import io.github.competency.interchange.internal.CasePackage.RubricLevel;
import io.github.competency.interchange.internal.ItemNames.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The proficiency scale and the skills' behaviours, both ways. Each step is a CFItem of type
 * Proficiency step (its id in humanCodingScheme, its rank in listEnumeration), so that a CASE
 * tool that keeps only items keeps the scale; the scale is also the rubric "Proficiency scale",
 * one level per step. A skill's behaviours are a rubric of their own whose criterion is about the
 * skill, a level per step, the step's rank its score. Other frameworks' rubrics give the steps 1,
 * 2, 3 ... of one scale by their levels' positions, named by their qualities.
 */
final class ScaleMapping {

  /** The scale read, and the behaviours per skill item. */
  record Scale(
      List<Proficiency> steps,
      List<String> stepPaths,
      Map<Item, Map<ProficiencyId, String>> behaviours,
      Map<Item, Map<ProficiencyId, String>> behaviourPaths) {

    void behaviour(Item skill, ProficiencyId step, String text, String path) {
      behaviours.computeIfAbsent(skill, s -> new LinkedHashMap<>()).put(step, text);
      behaviourPaths.computeIfAbsent(skill, s -> new HashMap<>()).put(step, path);
    }
  }

  private ScaleMapping() {}

  // ------------------------------------------------------------------------------- writing

  static void items(CaseOut out) {
    for (Proficiency step : out.catalogue.proficiencies()) {
      String id = step.id().value();
      out.startItem(
          ItemType.STEP, out.name(Names.PROFICIENCY, id), id, step.name(), step.description());
      out.out.writeStringProperty("listEnumeration", Integer.toString(step.rank()));
      out.endItem(ItemType.STEP, null, null);
    }
  }

  static void associations(CaseOut out) {
    for (Proficiency step : out.catalogue.proficiencies()) {
      PlainItems.childOfDocument(out, ItemType.STEP, step.id().value(), step.name());
    }
  }

  static void rubrics(CaseOut out) {
    List<Proficiency> steps = out.catalogue.proficiencies();
    if (!steps.isEmpty()) {
      String name = out.name("rubric", "proficiency-scale");
      String criterion = startRubric(out, name, "Proficiency scale", "Proficiency scale", null);
      for (int k = 0; k < steps.size(); k++) {
        Proficiency step = steps.get(k);
        level(out, name + "/" + step.id(), criterion, step, step.description(), k);
      }
      endRubric(out);
    }
    for (Skill skill : out.catalogue.skills()) {
      if (skill.behaviours().isEmpty()) {
        continue;
      }
      String name = out.name(Names.SKILL, skill.id().value()) + "/rubric";
      CaseOut.Node item = out.item(Names.SKILL, skill.id().value(), skill.name());
      String criterion = startRubric(out, name, skill.name(), null, item);
      List<ProficiencyId> keys = new ArrayList<>(skill.behaviours().keySet());
      keys.sort(out.steps.scaleOrder());
      for (int k = 0; k < keys.size(); k++) {
        Proficiency step = out.catalogue.find(keys.get(k)).orElseThrow();
        level(out, name + "/" + step.id(), criterion, step, skill.behaviours().get(step.id()), k);
      }
      endRubric(out);
    }
  }

  /** Starts a rubric of one criterion; returns the criterion's identifier. */
  private static String startRubric(
      CaseOut out, String name, String title, String category, CaseOut.Node item) {
    var json = out.out;
    String identifier = CaseOut.identifier(name);
    json.writeStartObject();
    json.writeStringProperty("identifier", identifier);
    json.writeStringProperty("uri", out.uri("CFRubrics", identifier));
    json.writeStringProperty("title", title);
    json.writeStringProperty("lastChangeDateTime", out.time());
    json.writeName("CFRubricCriteria");
    json.writeStartArray();
    String criterion = CaseOut.identifier(name + "/criterion");
    json.writeStartObject();
    json.writeStringProperty("identifier", criterion);
    json.writeStringProperty("uri", out.uri("CFRubricCriteria", criterion));
    if (category != null) {
      json.writeStringProperty("category", category);
    }
    if (item != null) {
      json.writeName("CFItemURI");
      out.link(item);
    }
    json.writeNumberProperty("position", 1);
    json.writeStringProperty("rubricId", identifier);
    json.writeStringProperty("lastChangeDateTime", out.time());
    json.writeName("CFRubricCriterionLevels");
    json.writeStartArray();
    return criterion;
  }

  private static void endRubric(CaseOut out) {
    out.out.writeEndArray(); // levels
    out.out.writeEndObject(); // criterion
    out.out.writeEndArray(); // criteria
    out.out.writeEndObject(); // rubric
  }

  private static void level(
      CaseOut out, String name, String criterion, Proficiency step, String text, int index) {
    var json = out.out;
    String identifier = CaseOut.identifier(name);
    json.writeStartObject();
    json.writeStringProperty("identifier", identifier);
    json.writeStringProperty("uri", out.uri("CFRubricCriterionLevels", identifier));
    if (!text.isEmpty()) {
      json.writeStringProperty("description", text);
    }
    json.writeStringProperty("quality", step.name());
    json.writeNumberProperty("score", step.rank());
    json.writeNumberProperty("position", index + 1);
    json.writeStringProperty("rubricCriterionId", criterion);
    json.writeStringProperty("lastChangeDateTime", out.time());
    json.writeEndObject();
  }

  // ------------------------------------------------------------------------------- reading

  /**
   * Reads the scale: from this project's step items if the package has any, and then the
   * behaviours by the scores of the levels; otherwise from the rubrics, by position.
   */
  static Scale read(CaseIn in) {
    Scale scale =
        new Scale(
            new ArrayList<>(), new ArrayList<>(), new IdentityHashMap<>(), new IdentityHashMap<>());
    Map<Integer, ProficiencyId> byRank = new HashMap<>();
    for (Item item : in.hierarchy.order()) {
      if (item.type() == ItemType.STEP) {
        Named named = in.named(item);
        OptionalInt rank = PlainItems.rank(in, item, "the step's rank on the proficiency scale");
        if (rank.isPresent()) {
          ProficiencyId id = ProficiencyId.of(named.slug());
          scale
              .steps()
              .add(
                  Proficiency.builder()
                      .id(id)
                      .name(named.name())
                      .rank(rank.getAsInt())
                      .description(named.description())
                      .build());
          scale.stepPaths().add(item.path());
          byRank.putIfAbsent(rank.getAsInt(), id);
        }
      }
    }
    if (scale.steps().isEmpty()) {
      byPosition(in, scale);
    } else {
      byScore(in, scale, byRank);
    }
    return scale;
  }

  /** The skill item a criterion is about, or null; a warning if it is about something else. */
  private static Item skillOf(CaseIn in, Criterion criterion) {
    Item item = in.pack.item(criterion.item());
    if (item == null || in.kind(item) != ItemType.SKILL) {
      in.issues.warn(
          criterion.path(),
          criterion.id(),
          "a criterion's levels are mapped as behaviours of skills only; this one is of "
              + in.describe(item));
      return null;
    }
    return item;
  }

  private static void byScore(CaseIn in, Scale scale, Map<Integer, ProficiencyId> byRank) {
    for (Rubric rubric : in.pack.rubrics()) {
      for (Criterion criterion : rubric.criteria()) {
        if (criterion.item() == null) {
          continue; // the scale, which the step items give
        }
        Item skill = skillOf(in, criterion);
        if (skill == null) {
          continue;
        }
        for (RubricLevel level : criterion.levels()) {
          ProficiencyId step = null;
          if (level.score() != null && level.score() == Math.rint(level.score())) {
            step = byRank.get(level.score().intValue());
          }
          if (step == null) {
            in.issues.warn(
                level.path(),
                level.id(),
                "the level's score is the rank of no step of the package's proficiency scale;"
                    + " it is left out");
          } else if (scale.behaviours().getOrDefault(skill, Map.of()).containsKey(step)) {
            in.issues.warn(
                level.path(),
                level.id(),
                "skill '"
                    + in.slug(skill)
                    + "' already has a behaviour at '"
                    + step
                    + "'; this one is left out");
          } else {
            scale.behaviour(skill, step, or(level.description()), level.path());
          }
        }
      }
    }
  }

  /**
   * Another framework's rubrics: each criterion's levels in order of position give the steps 1,
   * 2, 3 ... of one scale, named by their quality; levels of a criterion of a skill give its
   * behaviours, levels of a criterion of no item the steps' descriptions.
   */
  private static void byPosition(CaseIn in, Scale scale) {
    TreeMap<Integer, String> names = new TreeMap<>();
    TreeMap<Integer, String> descriptions = new TreeMap<>();
    TreeMap<Integer, String> firstPath = new TreeMap<>();
    Map<Item, Map<Integer, RubricLevel>> behaviours = new IdentityHashMap<>();
    List<Item> skills = new ArrayList<>();
    for (Rubric rubric : in.pack.rubrics()) {
      for (Criterion criterion : rubric.criteria()) {
        Item skill = criterion.item() == null ? null : skillOf(in, criterion);
        if (criterion.item() != null && skill == null) {
          continue;
        }
        List<RubricLevel> ordered = new ArrayList<>(criterion.levels());
        ordered.sort(
            Comparator.comparingInt(
                    (RubricLevel l) -> l.position() == null ? Integer.MAX_VALUE : l.position())
                .thenComparingInt(RubricLevel::index));
        for (int k = 0; k < ordered.size(); k++) {
          RubricLevel level = ordered.get(k);
          int rank = k + 1;
          firstPath.putIfAbsent(rank, level.path());
          String quality = level.quality();
          if (quality != null && !quality.isBlank()) {
            String earlier = names.putIfAbsent(rank, quality);
            if (earlier != null && !earlier.equals(quality)) {
              in.issues.warn(
                  level.path(),
                  level.id(),
                  "step "
                      + rank
                      + " of the scale is named '"
                      + Issues.quote(earlier)
                      + "' by an earlier criterion; the name '"
                      + Issues.quote(quality)
                      + "' is left out");
            }
          }
          String text = level.description();
          boolean filled = text != null && !text.isBlank();
          if (skill == null) {
            if (filled) {
              descriptions.putIfAbsent(rank, text);
            }
          } else if (filled) {
            if (!behaviours.containsKey(skill)) {
              skills.add(skill);
            }
            RubricLevel earlier =
                behaviours.computeIfAbsent(skill, s -> new TreeMap<>()).putIfAbsent(rank, level);
            if (earlier != null) {
              in.issues.warn(
                  level.path(),
                  level.id(),
                  "skill '"
                      + in.slug(skill)
                      + "' already has a behaviour at step "
                      + rank
                      + " ("
                      + earlier.path()
                      + "); this one is left out");
            }
          }
        }
      }
    }
    Ids ids = new Ids();
    Map<Integer, ProficiencyId> steps = new HashMap<>();
    for (int rank : firstPath.keySet()) {
      String name = names.getOrDefault(rank, "Level " + rank);
      ProficiencyId id = ProficiencyId.of(ids.unique("level-" + rank, name));
      steps.put(rank, id);
      scale
          .steps()
          .add(
              Proficiency.builder()
                  .id(id)
                  .name(name)
                  .rank(rank)
                  .description(descriptions.getOrDefault(rank, ""))
                  .build());
      scale.stepPaths().add(firstPath.get(rank));
    }
    for (Item skill : skills) {
      behaviours
          .get(skill)
          .forEach(
              (rank, level) ->
                  scale.behaviour(skill, steps.get(rank), or(level.description()), level.path()));
    }
  }

  private static String or(String text) {
    return text == null ? "" : text;
  }
}
