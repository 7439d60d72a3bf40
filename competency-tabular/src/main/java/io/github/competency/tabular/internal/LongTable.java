package io.github.competency.tabular.internal;

/**
 * A map from longs (other than -1) to values, by open addressing, without boxing; it holds at most a
 * fixed number of entries and ignores further ones. Not thread-safe.
 *
 * @param <V> the values
 */
public final class LongTable<V> {

  private final long[] keys;
  private final Object[] values;
  private final int max;
  private int size;

  /**
   * @param max the most entries kept
   */
  public LongTable(int max) {
    int capacity = Integer.highestOneBit(Math.max(4, max) * 2 - 1) * 2;
    keys = new long[capacity];
    values = new Object[capacity];
    this.max = max;
  }

  private int slot(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    int mask = keys.length - 1;
    int i = (int) h & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** The value of a key, or null. */
  @SuppressWarnings("unchecked")
  public V get(long key) {
    int i = slot(key + 1);
    return keys[i] == 0 ? null : (V) values[i];
  }

  /** Keeps a value, unless the table is full. */
  public void put(long key, V value) {
    int i = slot(key + 1);
    if (keys[i] == 0) {
      if (size == max) {
        return;
      }
      size++;
      keys[i] = key + 1;
    }
    values[i] = value;
  }
}
