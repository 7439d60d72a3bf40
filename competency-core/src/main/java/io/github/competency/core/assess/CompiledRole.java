package io.github.competency.core.assess;

import io.github.competency.core.Catalogue;
import io.github.competency.core.RoleId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A role compiled against its catalogue for one {@link ReadinessMode}, to score whole
 * populations of {@link CompactProfile}s: a table of the points each requirement earns at each
 * step, indexed by the skills' positions in the catalogue, and one of what each option of a
 * choice group contributes, so that scoring a profile is one array walk and, for its groups, a
 * pick of each group's best options, with no hashing or boxing. It gives exactly the readiness
 * a {@link GapReport} gives for the same ratings.
 *
 * <pre>{@code
 * CompiledRole senior = assessor.compile(RoleId.of("senior-backend-engineer"), PROPORTIONAL);
 * List<ProfileScore> best = senior.top(people.stream().map(assessor::compact), 10);
 * }</pre>
 *
 * <p>Made by {@link Assessor#compile(RoleId, ReadinessMode)}. Instances are immutable and
 * thread-safe.
 */
public final class CompiledRole {

  private final Catalogue catalogue;
  private final RoleId role;
  private final ReadinessMode mode;
  private final int requirements;

  /**
   * Position in the catalogue of each requirement's skill, or null when the table has a row for
   * every skill of the catalogue (rows of skills the role does not require singly earn nothing),
   * which is faster when the role requires most of the catalogue's skills.
   */
  private final int[] skill;

  /** Points of row i at compact step b (0 = not rated) at {@code i * stride + b}. */
  private final long[] points;

  private final int stride;
  private final long total;

  /** The number of choice groups. */
  private final int groups;

  /** Options of group g are options {@code groupStart[g]} to {@code groupStart[g + 1] - 1}. */
  private final int[] groupStart;

  /** How many options each group needs. */
  private final int[] atLeast;

  /** Weight units of each group. */
  private final long[] groupWeightUnits;

  /** Position in the catalogue of each option's skill. */
  private final int[] optionSkill;

  /**
   * Value of option o toward its group at compact step b, at {@code o * stride + b}; for a group
   * of one, already multiplied into the group's points.
   */
  private final long[] optionValues;

  /** The most entries the table of one group's points may have: 32 KiB of them. */
  private static final int GROUP_TABLE = 4096;

  /** For each option, the place of its step in its group's table: stride to the option's index. */
  private final int[] digit;

  /** For each group small enough, its points by its options' steps; else null. */
  private final long[][] groupTable;

  /**
   * The same tables in ints when every total fits in one, as in the unweighted modes: half the
   * memory, so that a role's tables stay in the first-level cache. Null otherwise.
   */
  private final int[] narrowPoints;

  private final int[] narrowOptionValues;
  private final int[][] narrowGroupTable;

  CompiledRole(
      Catalogue catalogue, RoleScoring scoring, int skills, int steps, ReadinessMode mode) {
    this.catalogue = catalogue;
    this.role = scoring.role.id();
    this.mode = mode;
    this.requirements = scoring.size;
    this.stride = steps + 1;
    // A row per skill costs two reads per skill; a row per requirement three reads per
    // requirement: the skill's position, its step and the points.
    boolean dense = 2L * skills <= 3L * scoring.size;
    this.skill = dense ? null : scoring.skill.clone();
    this.points = new long[(dense ? skills : scoring.size) * stride];
    long sum = 0;
    for (int i = 0; i < scoring.size; i++) {
      int row = dense ? scoring.skill[i] : i;
      for (int b = 0; b < stride; b++) {
        points[row * stride + b] = scoring.points(mode, i, b - 1);
      }
      sum += scoring.maxPoints(mode, i);
    }
    this.groups = scoring.groups;
    this.groupStart = new int[groups + 1];
    this.atLeast = scoring.atLeast.clone();
    this.groupWeightUnits = scoring.groupWeightUnits.clone();
    int options = 0;
    for (int g = 0; g < groups; g++) {
      groupStart[g] = options;
      options += scoring.optionSkill[g].length;
      sum += scoring.groupMaxPoints(mode, g);
    }
    groupStart[groups] = options;
    this.optionSkill = new int[options];
    this.optionValues = new long[options * stride];
    for (int g = 0, o = 0; g < groups; g++) {
      for (int k = 0; k < scoring.optionSkill[g].length; k++, o++) {
        optionSkill[o] = scoring.optionSkill[g][k];
        for (int b = 0; b < stride; b++) {
          optionValues[o * stride + b] =
              RoleScoring.optionValue(mode, scoring.optionRequired[g][k], b - 1, scoring.unit);
        }
      }
    }
    this.groupTable = groupTables(scoring, mode, stride, groupStart, optionValues);
    this.digit = new int[options];
    for (int g = 0; g < groups; g++) {
      if (groupTable[g] != null) {
        for (int o = groupStart[g], place = 1; o < groupStart[g + 1]; o++, place *= stride) {
          digit[o] = place;
        }
      }
    }
    // a group of one earns its best option's value times 1, or its weight units in the weighted
    // modes (a binary value is 0 or 1): its options' values are stored multiplied, once
    for (int g = 0; g < groups; g++) {
      if (atLeast[g] == 1) {
        long multiplier = RoleScoring.groupPoints(mode, 1, 1, groupWeightUnits[g]);
        for (int i = groupStart[g] * stride; i < groupStart[g + 1] * stride; i++) {
          optionValues[i] *= multiplier;
        }
      }
    }
    this.total = sum;
    boolean narrow = sum <= Integer.MAX_VALUE;
    this.narrowPoints = narrow ? narrow(points) : null;
    this.narrowOptionValues = narrow ? narrow(optionValues) : null;
    if (narrow) {
      narrowGroupTable = new int[groups][];
      for (int g = 0; g < groups; g++) {
        narrowGroupTable[g] = groupTable[g] == null ? null : narrow(groupTable[g]);
      }
    } else {
      narrowGroupTable = null;
    }
  }

  private static int[] narrow(long[] values) {
    int[] narrow = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      narrow[i] = Math.toIntExact(values[i]);
    }
    return narrow;
  }

  /**
   * Returns the role compiled.
   *
   * @return its id
   */
  public RoleId role() {
    return role;
  }

  /**
   * Returns the mode readiness is scored in.
   *
   * @return the mode
   */
  public ReadinessMode mode() {
    return mode;
  }

  /**
   * Returns a profile's readiness for the role.
   *
   * @param profile a compact profile of the same catalogue
   * @return a number from 0 to 1, the same as {@link GapReport#readiness(ReadinessMode)}
   * @throws IllegalArgumentException if the profile was made for another catalogue
   */
  public double readiness(CompactProfile profile) {
    return RoleScoring.readiness(points(profile), total);
  }

  /** The points a profile earns: the hot loop. */
  long points(CompactProfile profile) {
    if (Objects.requireNonNull(profile, "profile").catalogue != catalogue) {
      requireSameCatalogue(profile);
    }
    byte[] steps = profile.steps; // unsigned: a scale may have up to 255 steps
    if (narrowPoints != null) {
      return narrowPoints(steps);
    }
    long[] points = this.points;
    int stride = this.stride;
    long earned = 0;
    int[] skill = this.skill;
    if (skill == null) {
      for (int j = 0, base = 0; j < steps.length; j++, base += stride) {
        earned += points[base + (steps[j] & 0xFF)];
      }
    } else {
      for (int i = 0, base = 0; i < skill.length; i++, base += stride) {
        earned += points[base + (steps[skill[i]] & 0xFF)];
      }
    }
    if (groups > 0) {
      earned += groupPoints(steps);
    }
    return earned;
  }

  /**
   * The points of the groups: for a group whose options' steps can be tabled
   * ({@link #groupTable}), one look-up by the steps of its options; otherwise, for a group of
   * one, its best option's value, and for a group of n the sum of its n best options' values,
   * picked n times from the options not yet picked (a bit mask marks them), then the group's
   * points from that sum. Nothing is allocated.
   */
  private long groupPoints(byte[] steps) {
    int[] start = groupStart;
    int[] optionSkill = this.optionSkill;
    long[] values = optionValues;
    int stride = this.stride;
    long earned = 0;
    for (int g = 0; g < groups; g++) {
      int first = start[g];
      int end = start[g + 1];
      long[] table = groupTable[g];
      if (table != null) {
        int code = 0;
        for (int o = first; o < end; o++) {
          code += (steps[optionSkill[o]] & 0xFF) * digit[o]; // independent products, no chain
        }
        earned += table[code];
        continue;
      }
      if (atLeast[g] == 1) {
        long best = 0;
        for (int o = first; o < end; o++) {
          best = Math.max(best, values[o * stride + (steps[optionSkill[o]] & 0xFF)]);
        }
        earned += best;
        continue;
      }
      earned += oneGroup(steps, g);
    }
    return earned;
  }

  /**
   * The points a profile earns when they fit in an int: the same walk as {@link
   * #points(CompactProfile)} over the narrow tables; groups the narrow tables lack take the
   * wide path.
   */
  private long narrowPoints(byte[] steps) {
    int[] points = narrowPoints;
    int stride = this.stride;
    int earned = 0;
    int[] skill = this.skill;
    if (skill == null) {
      for (int j = 0, base = 0; j < steps.length; j++, base += stride) {
        earned += points[base + (steps[j] & 0xFF)];
      }
    } else {
      for (int i = 0, base = 0; i < skill.length; i++, base += stride) {
        earned += points[base + (steps[skill[i]] & 0xFF)];
      }
    }
    if (groups == 0) {
      return earned;
    }
    int[] start = groupStart;
    int[] optionSkill = this.optionSkill;
    int[] values = narrowOptionValues;
    long wide = 0;
    for (int g = 0; g < groups; g++) {
      int first = start[g];
      int end = start[g + 1];
      int[] table = narrowGroupTable[g];
      if (table != null) {
        int code = 0;
        for (int o = first; o < end; o++) {
          code += (steps[optionSkill[o]] & 0xFF) * digit[o]; // independent products, no chain
        }
        earned += table[code];
        continue;
      }
      if (atLeast[g] == 1) {
        int best = 0;
        for (int o = first; o < end; o++) {
          best = Math.max(best, values[o * stride + (steps[optionSkill[o]] & 0xFF)]);
        }
        earned += best;
        continue;
      }
      wide += oneGroup(steps, g);
    }
    return earned + wide;
  }

  /** The points of one group of n > 1 without a table, by the bit-mask pick. */
  private long oneGroup(byte[] steps, int g) {
    int first = groupStart[g];
    int end = groupStart[g + 1];
    int n = atLeast[g];
    long best;
    if (end - first <= Long.SIZE) {
      best = 0;
      long picked = 0;
      for (int k = 0; k < n; k++) {
        long highest = -1;
        int at = 0;
        for (int o = first; o < end; o++) {
          long value = optionValues[o * stride + (steps[optionSkill[o]] & 0xFF)];
          if (value > highest && (picked & (1L << (o - first))) == 0) {
            highest = value;
            at = o - first;
          }
        }
        picked |= 1L << at;
        best += highest;
      }
    } else {
      best = widestGroup(steps, first, end, n);
    }
    return RoleScoring.groupPoints(mode, best, n, groupWeightUnits[g]);
  }

  /**
   * For a group whose options' compact steps, read as the digits of a number in base {@code
   * stride} (the first option the lowest digit), take at most {@value #GROUP_TABLE} values: the
   * group's points for each such number, so that scoring the group is one look-up. Null for
   * larger groups.
   */
  private static long[][] groupTables(
      RoleScoring scoring, ReadinessMode mode, int stride, int[] start, long[] values) {
    long[][] tables = new long[scoring.groups][];
    for (int g = 0; g < scoring.groups; g++) {
      int m = start[g + 1] - start[g];
      int n = scoring.atLeast[g];
      double size = Math.pow(stride, m);
      if (size > GROUP_TABLE) {
        continue;
      }
      long[] table = new long[(int) size];
      long[] scratch = new long[m];
      for (int code = 0; code < table.length; code++) {
        for (int o = 0, rest = code; o < m; o++, rest /= stride) {
          scratch[o] = values[(start[g] + o) * stride + rest % stride];
        }
        long best = RoleScoring.bestSum(scratch, m, n);
        table[code] = RoleScoring.groupPoints(mode, best, n, scoring.groupWeightUnits[g]);
      }
      tables[g] = table;
    }
    return tables;
  }

  /** The sum of the n best values of a group of more than 64 options. */
  private long widestGroup(byte[] steps, int first, int end, int n) {
    long[] scratch = new long[end - first];
    for (int o = first; o < end; o++) {
      scratch[o - first] = optionValues[o * stride + (steps[optionSkill[o]] & 0xFF)];
    }
    return RoleScoring.bestSum(scratch, scratch.length, n);
  }

  private void requireSameCatalogue(CompactProfile profile) {
    if (!profile.catalogue.equals(catalogue)) {
      throw new IllegalArgumentException(
          "compact profile '"
              + profile.id()
              + "' was made for "
              + "catalogue '"
              + profile.catalogue.id()
              + "' "
              + profile.catalogue.version()
              + ", not for '"
              + catalogue.id()
              + "' "
              + catalogue.version()
              + " of role '"
              + role
              + "'");
    }
  }

  /**
   * Returns the k profiles most ready for the role, reading them once: O(n log k) time and
   * O(k) memory beyond the profiles.
   *
   * @param profiles compact profiles of the same catalogue
   * @param k how many to return, at least 0
   * @return at most k scores, most ready first; equal readiness is ordered by profile id
   * @throws IllegalArgumentException if {@code k} is negative or a profile was made for another
   *     catalogue
   */
  public List<ProfileScore> top(Iterable<CompactProfile> profiles, int k) {
    Objects.requireNonNull(profiles, "profiles");
    return top(StreamSupport.stream(profiles.spliterator(), false), k);
  }

  /**
   * Returns the k profiles most ready for the role, consuming the stream once; a parallel stream
   * is scored on all its threads, each keeping its own k best, merged at the end. The result does
   * not depend on the stream's order or parallelism.
   *
   * @param profiles compact profiles of the same catalogue
   * @param k how many to return, at least 0
   * @return at most k scores, most ready first; equal readiness is ordered by profile id
   * @throws IllegalArgumentException if {@code k} is negative or a profile was made for another
   *     catalogue
   */
  public List<ProfileScore> top(Stream<CompactProfile> profiles, int k) {
    Objects.requireNonNull(profiles, "profiles");
    new TopK(k); // checks k before the stream is consumed
    return profiles.collect(
        Collector.of(() -> new Ranking(k), Ranking::accept, Ranking::merge, Ranking::result));
  }

  /**
   * Scores profiles into {@code out}: a loop that does nothing else, so that the just-in-time
   * compiler treats it as it treats plain scoring. (With the heap's bookkeeping compiled into the
   * same loop, ranking ran from one to four times slower than scoring, by how the compiler
   * happened to inline it.)
   */
  private void points(CompactProfile[] profiles, int count, long[] out) {
    for (int i = 0; i < count; i++) {
      out[i] = points(profiles[i]);
    }
  }

  /** The k best of what one thread sees: profiles are scored a batch at a time, then offered. */
  private final class Ranking {
    private static final int BATCH = 64;

    private final TopK top;
    private final CompactProfile[] batch = new CompactProfile[BATCH];
    private final long[] points = new long[BATCH];
    private int size;

    Ranking(int k) {
      top = new TopK(k);
    }

    void accept(CompactProfile profile) {
      batch[size++] = Objects.requireNonNull(profile, "profiles element");
      if (size == BATCH) {
        flush();
      }
    }

    private void flush() {
      CompiledRole.this.points(batch, size, points);
      for (int i = 0; i < size; i++) {
        top.offer(points[i], batch[i].id());
        batch[i] = null;
      }
      size = 0;
    }

    Ranking merge(Ranking other) {
      flush();
      other.flush();
      top.merge(other.top);
      return this;
    }

    List<ProfileScore> result() {
      flush();
      return top.result(CompiledRole.this::readinessOf);
    }
  }

  /** Readiness from the points a profile earns. */
  double readinessOf(long earned) {
    return RoleScoring.readiness(earned, total);
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code CompiledRole[senior-backend-engineer, PROPORTIONAL, 54
   *     requirements, 4 groups]}
   */
  @Override
  public String toString() {
    return "CompiledRole["
        + role
        + ", "
        + mode
        + ", "
        + Counts.of(requirements, "requirement")
        + ", "
        + Counts.of(groups, "group")
        + "]";
  }
}
