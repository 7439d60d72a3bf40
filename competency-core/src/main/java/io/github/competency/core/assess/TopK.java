package io.github.competency.core.assess;

import io.github.competency.core.ProfileId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.LongToDoubleFunction;

/**
 * The best k of a stream of (points, profile id) pairs: a binary heap whose root is the worst
 * kept, so that each offer costs one comparison when it is rejected and O(log k) when it is
 * kept. Higher points are better; on equal points the smaller id is, then the smaller name (no
 * name first), so that the result never depends on the input's order. Memory grows with what is
 * kept, never beyond k entries. Not thread-safe; parallel streams merge one per thread.
 */
final class TopK {

  private static final int INITIAL = 16;

  private final int k;
  private long[] keys;
  private ProfileId[] ids;

  /** The display name of each kept profile, null if none; all null for compact profiles. */
  private String[] names;

  private int size;

  TopK(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k = " + k + " must not be negative");
    }
    this.k = k;
    int capacity = Math.min(k, INITIAL);
    keys = new long[capacity];
    ids = new ProfileId[capacity];
    names = new String[capacity];
  }

  void offer(long key, ProfileId id) {
    offer(key, id, null);
  }

  /** Offers a profile with its display name, or null for none. */
  void offer(long key, ProfileId id, String name) {
    if (size < k) {
      if (size == keys.length) {
        int capacity = (int) Math.min(k, 2L * size);
        keys = Arrays.copyOf(keys, capacity);
        ids = Arrays.copyOf(ids, capacity);
        names = Arrays.copyOf(names, capacity);
      }
      int at = size++;
      while (at > 0) {
        int parent = (at - 1) >>> 1;
        if (!worse(key, id, name, keys[parent], ids[parent], names[parent])) {
          break;
        }
        keys[at] = keys[parent];
        ids[at] = ids[parent];
        names[at] = names[parent];
        at = parent;
      }
      keys[at] = key;
      ids[at] = id;
      names[at] = name;
    } else if (k > 0 && worse(keys[0], ids[0], names[0], key, id, name)) {
      siftDown(key, id, name);
    }
  }

  /** Replaces the root (the worst kept) and restores the heap. */
  private void siftDown(long key, ProfileId id, String name) {
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size
          && worse(
              keys[child + 1],
              ids[child + 1],
              names[child + 1],
              keys[child],
              ids[child],
              names[child])) {
        child++;
      }
      if (!worse(keys[child], ids[child], names[child], key, id, name)) {
        break;
      }
      keys[at] = keys[child];
      ids[at] = ids[child];
      names[at] = names[child];
      at = child;
    }
    keys[at] = key;
    ids[at] = id;
    names[at] = name;
  }

  /**
   * Whether (key, id, name) ranks below the other: fewer points, or as many and a larger id, or
   * the same id and a larger name (no name first). Total, so that the result never depends on
   * the order profiles come in.
   */
  private static boolean worse(
      long key, ProfileId id, String name, long otherKey, ProfileId otherId, String otherName) {
    if (key != otherKey) {
      return key < otherKey;
    }
    int ids = id.compareTo(otherId);
    if (ids != 0) {
      return ids > 0;
    }
    if (name == null || otherName == null) {
      return name != null && otherName == null;
    }
    return name.compareTo(otherName) > 0;
  }

  TopK merge(TopK other) {
    for (int i = 0; i < other.size; i++) {
      offer(other.keys[i], other.ids[i], other.names[i]);
    }
    return this;
  }

  /** The kept entries, best first, with their points turned into readiness. */
  List<ProfileScore> result(LongToDoubleFunction readiness) {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) ->
            worse(keys[a], ids[a], names[a], keys[b], ids[b], names[b])
                ? 1
                : worse(keys[b], ids[b], names[b], keys[a], ids[a], names[a]) ? -1 : 0);
    List<ProfileScore> result = new ArrayList<>(size);
    for (Integer i : order) {
      result.add(
          ProfileScore.of(ids[i], readiness.applyAsDouble(keys[i]), Optional.ofNullable(names[i])));
    }
    return Collections.unmodifiableList(result);
  }
}
