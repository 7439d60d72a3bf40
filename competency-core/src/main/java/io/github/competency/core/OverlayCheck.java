package io.github.competency.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What an {@link Overlay} says wrongly on its own, whatever catalogue it is applied to: an item
 * added, replaced or removed twice, an item both added and replaced, and ranks that no
 * catalogue accepts (below 1, or two steps or levels of the overlay with the same rank). Each
 * problem has its path in the overlay format.
 */
final class OverlayCheck {

  private final List<Problem> problems = new ArrayList<>();

  /** Where each item the overlay adds or replaces is, by id. */
  private final Map<ItemId<?>, String> added = new HashMap<>();

  private final Map<ItemId<?>, String> replaced = new HashMap<>();

  private OverlayCheck() {}

  static List<Problem> problems(Overlay overlay) {
    OverlayCheck check = new OverlayCheck();
    check.items("replace", overlay.replace(), check.replaced, null);
    check.items("add", overlay.add(), check.added, check.replaced);
    check.ranks(overlay);
    check.removals(overlay.remove());
    return check.problems;
  }

  private void items(
      String operation, Items items, Map<ItemId<?>, String> seen, Map<ItemId<?>, String> other) {
    section(operation, "proficiencies", items.proficiencies(), Proficiency::id, seen, other);
    section(operation, "levels", items.levels(), Level::id, seen, other);
    section(operation, "families", items.families(), Family::id, seen, other);
    section(operation, "categories", items.categories(), Category::id, seen, other);
    section(operation, "skills", items.skills(), Skill::id, seen, other);
    section(
        operation, "responsibilities", items.responsibilities(), Responsibility::id, seen, other);
    section(operation, "roles", items.roles(), Role::id, seen, other);
  }

  private <T> void section(
      String operation,
      String section,
      List<T> items,
      Function<T, ItemId<?>> id,
      Map<ItemId<?>, String> seen,
      Map<ItemId<?>, String> other) {
    String verb = operation.equals("add") ? "adds" : "replaces";
    for (int i = 0; i < items.size(); i++) {
      ItemId<?> key = id.apply(items.get(i));
      String path = operation + "." + section + "[" + i + "]";
      String first = seen.putIfAbsent(key, path);
      if (first != null) {
        problems.add(
            Problem.of(
                path + ".id",
                "this overlay "
                    + verb
                    + " the "
                    + kind(key)
                    + " '"
                    + key
                    + "' twice; it is also at "
                    + first));
      } else if (other != null && other.containsKey(key)) {
        problems.add(
            Problem.of(
                path + ".id",
                "this overlay both replaces and adds the "
                    + kind(key)
                    + " '"
                    + key
                    + "' (it replaces it at "
                    + other.get(key)
                    + "); give it once, under replace if the catalogue has it, else under add"));
      }
    }
  }

  private void ranks(Overlay overlay) {
    Map<Integer, String> steps = new HashMap<>();
    Map<Integer, String> levels = new HashMap<>();
    for (String operation : List.of("replace", "add")) {
      Items items = operation.equals("add") ? overlay.add() : overlay.replace();
      rank(
          operation + ".proficiencies",
          items.proficiencies(),
          Proficiency::rank,
          steps,
          "proficiency steps");
      rank(operation + ".levels", items.levels(), Level::rank, levels, "levels");
    }
  }

  private <T> void rank(
      String path, List<T> items, ToIntFunction<T> rank, Map<Integer, String> seen, String what) {
    for (int i = 0; i < items.size(); i++) {
      int value = rank.applyAsInt(items.get(i));
      String at = path + "[" + i + "]";
      if (value < 1) {
        problems.add(Problem.of(at + ".rank", "rank " + value + " must be at least 1"));
        continue;
      }
      String first = seen.putIfAbsent(value, at);
      if (first != null) {
        problems.add(
            Problem.of(
                at + ".rank",
                "rank "
                    + value
                    + " is also the rank of "
                    + first
                    + "; ranks order the "
                    + what
                    + " and must differ"));
      }
    }
  }

  private void removals(List<ItemId<?>> ids) {
    Map<String, Integer> inSection = new LinkedHashMap<>();
    Map<ItemId<?>, String> seen = new HashMap<>();
    for (ItemId<?> id : ids) {
      String path = removalPath(id, inSection);
      String first = seen.putIfAbsent(id, path);
      if (first != null) {
        problems.add(
            Problem.of(
                path,
                "this overlay removes the "
                    + kind(id)
                    + " '"
                    + id
                    + "' twice; it is also at "
                    + first));
      }
    }
  }

  /**
   * The paths of an overlay's removals in the overlay format, which lists them by section: the
   * second skill removed is {@code remove.skills[1]} wherever it stands among the others.
   */
  static List<String> removalPaths(List<ItemId<?>> ids) {
    Map<String, Integer> inSection = new LinkedHashMap<>();
    List<String> paths = new ArrayList<>(ids.size());
    for (ItemId<?> id : ids) {
      paths.add(removalPath(id, inSection));
    }
    return paths;
  }

  private static String removalPath(ItemId<?> id, Map<String, Integer> inSection) {
    String section = TextKey.section(id);
    int index = inSection.merge(section, 1, Integer::sum) - 1;
    return "remove." + section + "[" + index + "]";
  }

  private static String kind(ItemId<?> id) {
    return ((AbstractId<?>) id).kind();
  }
}
