package io.github.competency.interchange.internal;

import io.github.competency.interchange.internal.CaseFormat.ItemType;
import io.github.competency.interchange.internal.CasePackage.Association;
import io.github.competency.interchange.internal.CasePackage.Item;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hierarchies of a package as the import builds them: items under items by {@code
 * isChildOf}, parts in wholes by {@code isPartOf}, roles after roles by {@code precedes}. An association that closes a cycle (an item
 * its own ancestor, a self-loop, a career path that comes back) is left out with a warning that
 * names the cycle; then another framework's items that have children become categories, the rest
 * skills; and another framework's items come in the order of its hierarchy. Read-only once made.
 */
final class Hierarchy {

  /** The most items of a cycle a warning names; longer cycles are shortened in the middle. */
  private static final int NAMED = 6;

  private final CasePackage pack;
  private final boolean[] cut;
  private final boolean[] categories;
  private final List<Item> order;

  private Hierarchy(CasePackage pack, Issues issues) {
    this.pack = pack;
    this.cut = new boolean[pack.associations().size()];
    this.categories = new boolean[pack.items().size()];
    breakCycles(CaseFormat.IS_CHILD_OF, issues, a -> true);
    breakCycles(CaseFormat.IS_PART_OF, issues, a -> true);
    breakCycles(
        CaseFormat.PRECEDES, issues, a -> isRole(pack.origin(a)) && isRole(pack.destination(a)));
    for (Association a : pack.associations()) {
      if (a.type().equals(CaseFormat.IS_CHILD_OF) && !cut[a.ordinal()]) {
        Item child = pack.origin(a);
        Item parent = pack.destination(a);
        if (child != null
            && parent != null
            && !parent.ours()
            && (!child.ours() || child.type() == ItemType.SKILL)) {
          categories[parent.ordinal()] = true;
        }
      }
    }
    this.order = pack.ours() ? pack.items() : treeOrder();
  }

  /** Builds the hierarchies of a package, warning about each association left out. */
  static Hierarchy of(CasePackage pack, Issues issues) {
    return new Hierarchy(pack, issues);
  }

  /** Tells whether an association was left out as it closes a cycle. */
  boolean isCut(Association association) {
    return cut[association.ordinal()];
  }

  /** Tells whether another framework's item is a category: something is its child. */
  boolean isCategory(Item item) {
    return categories[item.ordinal()];
  }

  /** The items in the order the catalogue gets them. */
  List<Item> order() {
    return order;
  }

  private static boolean isRole(Item item) {
    return item != null && item.type() == ItemType.ROLE;
  }

  // ------------------------------------------------------------------------------- cycles

  /**
   * Leaves out each association of a type that closes a cycle: a depth-first walk from every
   * item, in document order, along the associations in document order; an association to an item
   * on the walk's current path closes a cycle. Iterative, so that a cycle of any length costs no
   * stack.
   */
  private void breakCycles(
      String type, Issues issues, java.util.function.Predicate<Association> applies) {
    List<List<Association>> up = new ArrayList<>(Collections.nCopies(pack.items().size(), null));
    for (Association a : pack.associations()) {
      Item from = pack.origin(a);
      Item to = pack.destination(a);
      if (a.type().equals(type) && from != null && to != null && applies.test(a)) {
        if (from == to) {
          cut[a.ordinal()] = true;
          issues.warn(
              a.path(),
              a.id(),
              "'" + type + "' from " + from.path() + " to itself; it is left out");
        } else {
          if (up.get(from.ordinal()) == null) {
            up.set(from.ordinal(), new ArrayList<>(2));
          }
          up.get(from.ordinal()).add(a);
        }
      }
    }
    byte[] state = new byte[pack.items().size()]; // 1 on the path, 2 done
    ArrayDeque<Item> path = new ArrayDeque<>();
    ArrayDeque<Integer> next = new ArrayDeque<>();
    for (Item start : pack.items()) {
      if (state[start.ordinal()] != 0 || up.get(start.ordinal()) == null) {
        continue;
      }
      path.push(start);
      next.push(0);
      state[start.ordinal()] = 1;
      while (!path.isEmpty()) {
        Item at = path.peek();
        List<Association> edges = up.get(at.ordinal());
        int k = next.pop();
        if (edges == null || k == edges.size()) {
          state[path.pop().ordinal()] = 2;
          continue;
        }
        next.push(k + 1);
        Association a = edges.get(k);
        Item to = pack.destination(a);
        if (state[to.ordinal()] == 0) {
          state[to.ordinal()] = 1;
          path.push(to);
          next.push(0);
        } else if (state[to.ordinal()] == 1) {
          cut[a.ordinal()] = true;
          issues.warn(a.path(), a.id(), cycle(type, path, to));
        }
      }
    }
  }

  /** The warning for an association from the top of the path back to an item on it. */
  private static String cycle(String type, ArrayDeque<Item> path, Item back) {
    List<String> items = new ArrayList<>();
    for (Item item : path) { // from the top of the stack down
      items.add(item.path());
      if (item == back) {
        break;
      }
    }
    Collections.reverse(items);
    items.add(back.path());
    int length = items.size() - 1;
    List<String> named = items;
    if (items.size() > NAMED) {
      named = new ArrayList<>(items.subList(0, NAMED / 2));
      named.add("...");
      named.addAll(items.subList(items.size() - NAMED / 2, items.size()));
    }
    return String.format(
        Locale.ROOT,
        "'%s' closes a cycle of %,d item%s: %s; it is left out",
        type,
        length,
        length == 1 ? "" : "s",
        String.join(" -> ", named));
  }

  // ------------------------------------------------------------------------------- order

  /**
   * Another framework's items in the order of its hierarchy, as CASE tools show it: from the
   * CFDocument down, depth first, siblings by sequence number; items the hierarchy does not reach
   * follow in the order of CFItems.
   */
  private List<Item> treeOrder() {
    Map<String, List<Association>> children = new HashMap<>();
    for (Association a : pack.associations()) {
      if (a.type().equals(CaseFormat.IS_CHILD_OF) && !cut[a.ordinal()] && pack.origin(a) != null) {
        children.computeIfAbsent(a.destination().identifier(), d -> new ArrayList<>()).add(a);
      }
    }
    Comparator<Association> bySequence =
        Comparator.comparingInt(Association::order).thenComparingInt(Association::index);
    children.values().forEach(list -> list.sort(bySequence));
    List<Item> ordered = new ArrayList<>(pack.items().size());
    boolean[] visited = new boolean[pack.items().size()];
    ArrayDeque<String> stack = new ArrayDeque<>();
    if (pack.document() != null && pack.document().identifier() != null) {
      stack.push(pack.document().identifier());
    }
    while (!stack.isEmpty()) {
      String parent = stack.pop();
      Item item = pack.item(parent);
      if (item != null) {
        if (visited[item.ordinal()]) {
          continue;
        }
        visited[item.ordinal()] = true;
        ordered.add(item);
      }
      List<Association> below = children.getOrDefault(parent, List.of());
      for (int i = below.size() - 1; i >= 0; i--) {
        Item child = pack.origin(below.get(i));
        if (!visited[child.ordinal()]) {
          stack.push(child.identifier());
        }
      }
    }
    for (Item item : pack.items()) {
      if (!visited[item.ordinal()]) {
        visited[item.ordinal()] = true;
        ordered.add(item);
      }
    }
    return List.copyOf(ordered);
  }
}
