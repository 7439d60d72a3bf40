package io.github.competency.tabular.internal;

/**
 * The people a stream has finished, in 16 bytes each: a 64-bit hash of the profile id, a 64-bit
 * hash of the id as the sheet spells it, and the line where the person's rows started. It tells
 * when a person's rows come back after another person's, and when two spellings give the same
 * profile id. Not thread-safe.
 */
public final class SeenIds {

  private long[] keys = new long[1024];
  private long[] spellings = new long[1024];
  private long[] lines = new long[1024];
  private int size;

  /** A 64-bit hash of a text (FNV-1a over its characters, then mixed). */
  public static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /**
   * Records a person, or returns the line where an earlier person with the same profile id
   * started.
   *
   * @param id the hash of the profile id
   * @param spelling the hash of the sheet's id text
   * @param line where the person's rows start
   * @return 0 if the id is new; otherwise the earlier line, negated if the earlier person was
   *     spelled differently
   */
  public long add(long id, long spelling, long line) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = (int) id & mask; ; i = (i + 1) & mask) {
      if (keys[i] == 0) {
        keys[i] = id;
        spellings[i] = spelling;
        lines[i] = line;
        size++;
        return 0;
      }
      if (keys[i] == id) {
        return spellings[i] == spelling ? lines[i] : -lines[i];
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldSpellings = spellings;
    long[] oldLines = lines;
    keys = new long[oldKeys.length * 2];
    spellings = new long[keys.length];
    lines = new long[keys.length];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        add(oldKeys[i], oldSpellings[i], oldLines[i]);
      }
    }
  }
}
