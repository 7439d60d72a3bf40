package io.github.competency.core.json;

import io.github.competency.core.internal.NoBuilderStyle;
import io.github.competency.core.internal.json.Limits;
import org.immutables.value.Value;

/**
 * Bounds on what {@link CatalogueJson} accepts, so that hostile or broken input ends in an
 * {@link io.github.competency.core.InvalidCatalogueException} instead of exhausting memory or
 * the stack. The defaults are far above any honest catalogue: 16 MiB per document, nesting
 * depth 64, 1,000,000 characters per string, 100 problems reported.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@NoBuilderStyle
@Value.Immutable
public abstract class ReadLimits {

  /** Default largest document, in bytes: 16 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  /** Default deepest nesting of arrays and objects. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** Default longest string, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** Default number of problems after which reading stops. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  /** The depth the catalogue format itself needs: catalogue, roles, role, requirements, ... */
  private static final int FORMAT_DEPTH = 6;

  ReadLimits() {}

  /**
   * Returns the largest document accepted.
   *
   * @return the limit in bytes (in characters for text given as a {@code String})
   */
  @Value.Parameter
  public abstract int maxDocumentBytes();

  /**
   * Returns the deepest nesting of arrays and objects accepted.
   *
   * @return the limit
   */
  @Value.Parameter
  public abstract int maxDepth();

  /**
   * Returns the longest string accepted.
   *
   * @return the limit in characters
   */
  @Value.Parameter
  public abstract int maxStringLength();

  /**
   * Returns after how many problems reading stops.
   *
   * @return the limit
   */
  @Value.Parameter
  public abstract int maxProblems();

  /**
   * Returns the default limits.
   *
   * @return limits of 16 MiB, depth 64, strings of 1,000,000 characters and 100 problems
   */
  public static ReadLimits defaults() {
    return ImmutableReadLimits.of(
        DEFAULT_MAX_DOCUMENT_BYTES,
        DEFAULT_MAX_DEPTH,
        DEFAULT_MAX_STRING_LENGTH,
        DEFAULT_MAX_PROBLEMS);
  }

  /**
   * Returns a copy with another document size limit.
   *
   * @param bytes the largest document accepted, at least 1
   * @return the changed copy
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public final ReadLimits withMaxDocumentBytes(int bytes) {
    return ImmutableReadLimits.of(bytes, maxDepth(), maxStringLength(), maxProblems());
  }

  /**
   * Returns a copy with another nesting limit.
   *
   * @param depth the deepest nesting accepted, at least {@value #FORMAT_DEPTH} (what the format
   *     itself needs)
   * @return the changed copy
   * @throws IllegalArgumentException if {@code depth} is less than {@value #FORMAT_DEPTH}
   */
  public final ReadLimits withMaxDepth(int depth) {
    return ImmutableReadLimits.of(maxDocumentBytes(), depth, maxStringLength(), maxProblems());
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param characters the longest string accepted, at least 1
   * @return the changed copy
   * @throws IllegalArgumentException if {@code characters} is less than 1
   */
  public final ReadLimits withMaxStringLength(int characters) {
    return ImmutableReadLimits.of(maxDocumentBytes(), maxDepth(), characters, maxProblems());
  }

  /**
   * Returns a copy with another problem limit.
   *
   * @param problems after how many problems reading stops, at least 1
   * @return the changed copy
   * @throws IllegalArgumentException if {@code problems} is less than 1
   */
  public final ReadLimits withMaxProblems(int problems) {
    return ImmutableReadLimits.of(maxDocumentBytes(), maxDepth(), maxStringLength(), problems);
  }

  /** The same limits, as the JSON engine takes them. */
  final Limits engine() {
    return new Limits(maxDocumentBytes(), maxDepth(), maxStringLength(), maxProblems());
  }

  @Value.Check
  final void check() {
    positive("maxDocumentBytes", maxDocumentBytes(), 1);
    positive("maxDepth", maxDepth(), FORMAT_DEPTH);
    positive("maxStringLength", maxStringLength(), 1);
    positive("maxProblems", maxProblems(), 1);
  }

  private static void positive(String name, int value, int least) {
    if (value < least) {
      throw new IllegalArgumentException(name + " is " + value + "; it must be at least " + least);
    }
  }
}
