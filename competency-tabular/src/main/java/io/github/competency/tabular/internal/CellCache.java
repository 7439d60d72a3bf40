package io.github.competency.tabular.internal;

import java.util.function.Function;

/**
 * What the texts of a column mean, remembered by text, so that a column of a million rows with a
 * few hundred distinct values makes a few hundred strings. Holds at most a fixed number of
 * texts; further ones are worked out each time. Not thread-safe.
 *
 * @param <V> what a text means
 */
public final class CellCache<V> {

  private static final int CAPACITY = 1 << 13;
  private static final int MAX_SIZE = CAPACITY / 2;

  private final char[][] keys = new char[CAPACITY][];
  private final int[] hashes = new int[CAPACITY];
  private final Object[] values = new Object[CAPACITY];
  private final Function<String, V> meaning;
  private int size;

  /**
   * @param meaning works out what a text means; called once per distinct text
   */
  public CellCache(Function<String, V> meaning) {
    this.meaning = meaning;
  }

  /**
   * Returns what a cell of the current row means.
   *
   * @param rows the rows
   * @param column the cell's column
   * @return its meaning
   */
  @SuppressWarnings("unchecked")
  public V get(Rows rows, int column) {
    int hash = rows.textHash(column);
    int mask = CAPACITY - 1;
    for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
      char[] key = keys[i];
      if (key == null) {
        String text = rows.text(column);
        V value = meaning.apply(text);
        if (size < MAX_SIZE) {
          keys[i] = text.toCharArray();
          hashes[i] = hash;
          values[i] = value;
          size++;
        }
        return value;
      }
      if (hashes[i] == hash && rows.textEquals(column, key)) {
        return (V) values[i];
      }
    }
  }

  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
