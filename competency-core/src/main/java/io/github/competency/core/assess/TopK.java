package io.github.competency.core.assess;

import io.github.competency.core.ProfileId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.LongToDoubleFunction;

/**
 * The best k of a stream of (points, profile id) pairs: a binary heap whose root is the worst
 * kept, so that each offer costs one comparison when it is rejected and O(log k) when it is
 * kept. Higher points are better; on equal points the smaller id is. Memory grows with what is
 * kept, never beyond k entries. Not thread-safe; parallel streams merge one per thread.
 */
final class TopK {

  private static final int INITIAL = 16;

  private final int k;
  private long[] keys;
  private ProfileId[] ids;
  private int size;

  TopK(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k = " + k + " must not be negative");
    }
    this.k = k;
    int capacity = Math.min(k, INITIAL);
    keys = new long[capacity];
    ids = new ProfileId[capacity];
  }

  void offer(long key, ProfileId id) {
    if (size < k) {
      if (size == keys.length) {
        int capacity = (int) Math.min(k, 2L * size);
        keys = Arrays.copyOf(keys, capacity);
        ids = Arrays.copyOf(ids, capacity);
      }
      int at = size++;
      while (at > 0) {
        int parent = (at - 1) >>> 1;
        if (!worse(key, id, keys[parent], ids[parent])) {
          break;
        }
        keys[at] = keys[parent];
        ids[at] = ids[parent];
        at = parent;
      }
      keys[at] = key;
      ids[at] = id;
    } else if (k > 0 && (key > keys[0] || (key == keys[0] && id.compareTo(ids[0]) < 0))) {
      siftDown(key, id);
    }
  }

  /** Replaces the root (the worst kept) and restores the heap. */
  private void siftDown(long key, ProfileId id) {
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && worse(keys[child + 1], ids[child + 1], keys[child], ids[child])) {
        child++;
      }
      if (!worse(keys[child], ids[child], key, id)) {
        break;
      }
      keys[at] = keys[child];
      ids[at] = ids[child];
      at = child;
    }
    keys[at] = key;
    ids[at] = id;
  }

  private static boolean worse(long key, ProfileId id, long otherKey, ProfileId otherId) {
    return key < otherKey || (key == otherKey && id.compareTo(otherId) > 0);
  }

  TopK merge(TopK other) {
    for (int i = 0; i < other.size; i++) {
      offer(other.keys[i], other.ids[i]);
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
            worse(keys[a], ids[a], keys[b], ids[b])
                ? 1
                : worse(keys[b], ids[b], keys[a], ids[a]) ? -1 : 0);
    List<ProfileScore> result = new ArrayList<>(size);
    for (Integer i : order) {
      result.add(ProfileScore.of(ids[i], readiness.applyAsDouble(keys[i])));
    }
    return Collections.unmodifiableList(result);
  }
}
