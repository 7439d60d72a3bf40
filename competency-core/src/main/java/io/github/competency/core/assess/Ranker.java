package io.github.competency.core.assess;

import io.github.competency.core.RoleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ranks the profiles of a population for one role as they come, one at a time, keeping only the
 * k most ready: O(k) memory however many profiles it sees. Each profile that does not fit the
 * catalogue is set aside and handed back by {@link #offer(Profile)} at once, so that the caller
 * can report it where it knows it (a line of a file, a row of a sheet) and go on.
 *
 * <pre>{@code
 * Ranker ranker = assessor.ranker(role, ReadinessMode.PROPORTIONAL, 10);
 * try (Stream<String> lines = Files.lines(file)) {
 *   lines.forEach(line -> ranker.offer(ProfileJson.defaults().fromJson(line))
 *       .ifPresent(bad -> log.warn("set aside {}: {}", bad.profile(), bad.problems())));
 * }
 * List<ProfileScore> best = ranker.top(); // the 10 most ready, ties by profile id
 * }</pre>
 *
 * <p>Made by {@link Assessor#ranker(RoleId, ReadinessMode, int)}; it applies the assessor's
 * rating rule, strictness and fail-fast setting. Not thread-safe: use one per thread, or
 * {@link Assessor#rank(RoleId, ReadinessMode, java.util.stream.Stream, int)} on a parallel
 * stream.
 */
public final class Ranker {

  private final Assessor assessor;
  private final CompiledRole compiled;
  private final TopK top;
  private long ranked;
  private long setAside;

  Ranker(Assessor assessor, CompiledRole compiled, int k) {
    this.assessor = assessor;
    this.compiled = compiled;
    this.top = new TopK(k);
  }

  /**
   * Returns the role ranked for.
   *
   * @return its id
   */
  public RoleId role() {
    return compiled.role();
  }

  /**
   * Returns the mode readiness is scored in.
   *
   * @return the mode
   */
  public ReadinessMode mode() {
    return compiled.mode();
  }

  /**
   * Checks a profile, and scores it or sets it aside.
   *
   * @param profile the next profile of the population
   * @return empty if the profile was scored; the profile's id and problems if it was set aside
   * @throws InvalidProfileException naming the profile, if it is invalid and the assessor fails
   *     fast
   */
  public Optional<SetAside> offer(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    Optional<SetAside> invalid = assessor.setAsideIfInvalid(profile);
    if (invalid.isPresent()) {
      setAside++;
      return invalid;
    }
    CompactProfile compact = assessor.compactValid(profile);
    top.offer(compiled.points(compact), profile.id(), profile.name().orElse(null));
    ranked++;
    return Optional.empty();
  }

  /**
   * Returns how many profiles were scored so far.
   *
   * @return the number of valid profiles offered
   */
  public long ranked() {
    return ranked;
  }

  /**
   * Returns how many profiles were set aside so far.
   *
   * @return the number of invalid profiles offered
   */
  public long setAside() {
    return setAside;
  }

  /**
   * Returns the most ready profiles so far.
   *
   * @return at most k scores, most ready first; equal readiness is ordered by profile id
   */
  public List<ProfileScore> top() {
    return top.result(compiled::readinessOf);
  }

  Ranking ranking(List<SetAside> setAside) {
    return ImmutableRanking.builder()
        .role(role())
        .mode(mode())
        .top(top())
        .ranked(ranked)
        .setAside(setAside)
        .build();
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code Ranker[senior-backend-engineer, PROPORTIONAL: 1999 ranked, 1 set
   *     aside]}
   */
  @Override
  public String toString() {
    return "Ranker["
        + role()
        + ", "
        + mode()
        + ": "
        + ranked
        + " ranked, "
        + setAside
        + " set aside]";
  }

  /** One thread's share of a ranking of a stream: a ranker and what it set aside, in order. */
  static final class Part {
    private final Ranker ranker;
    private final List<SetAside> setAside = new ArrayList<>();

    Part(Ranker ranker) {
      this.ranker = ranker;
    }

    void accept(Profile profile) {
      ranker.offer(Objects.requireNonNull(profile, "profiles element")).ifPresent(setAside::add);
    }

    /** Merges a later part into this one: set-aside profiles keep the encounter order. */
    Part merge(Part later) {
      ranker.top.merge(later.ranker.top);
      ranker.ranked += later.ranker.ranked;
      ranker.setAside += later.ranker.setAside;
      setAside.addAll(later.setAside);
      return this;
    }

    Ranking ranking() {
      return ranker.ranking(setAside);
    }
  }
}
