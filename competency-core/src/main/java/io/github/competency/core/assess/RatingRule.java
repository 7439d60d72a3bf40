package io.github.competency.core.assess;

import io.github.competency.core.SkillId;
import io.github.competency.core.internal.NoBuilderStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How several ratings of one skill become the one rating assessment uses.
 *
 * <p>A rule is a list of tiers of {@link RaterKind}s, most trusted first. For each skill, the
 * first tier that rated it gives the rating: within that tier, the latest by
 * {@linkplain Profile#dateOf(Rating) day}; among ratings of the same day, the one whose kind is
 * the most formal, in the fixed order assessment, manager, peer, self. The order of the ratings
 * in the profile never decides (a valid profile has at most one rating per skill, kind and day;
 * for one that has more, which {@link Assessor#check(Profile)} refuses, the first of them
 * counts). Ratings by kinds in no tier are ignored; a skill rated only by them counts as not
 * rated.
 *
 * <p>The {@linkplain #defaults() default rule} trusts a manager or an assessment first (the
 * latest of the two, the assessment on a tie), then peers, then the person themselves:
 * {@code [{manager, assessment}, {peer}, {self}]}. So a person rated only by peers is assessed on
 * the peers' ratings.
 *
 * <pre>{@code
 * RatingRule formalOnly = RatingRule.of(List.of(EnumSet.of(RaterKind.ASSESSMENT, RaterKind.MANAGER)));
 * Assessor strictAboutEvidence = assessor.withRatingRule(formalOnly); // self and peers ignored
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@NoBuilderStyle
@Value.Immutable
public abstract class RatingRule {

  private static final RatingRule DEFAULTS =
      of(
          List.of(
              EnumSet.of(RaterKind.MANAGER, RaterKind.ASSESSMENT),
              EnumSet.of(RaterKind.PEER),
              EnumSet.of(RaterKind.SELF)));

  RatingRule() {}

  /**
   * Returns the tiers, most trusted first.
   *
   * @return the tiers; each is non-empty and no kind is in two of them
   */
  @Value.Parameter
  public abstract List<Set<RaterKind>> tiers();

  /**
   * Returns the default rule: the latest manager or assessment rating, else the latest peer
   * rating, else the latest self rating.
   *
   * @return the rule {@code [{manager, assessment}, {peer}, {self}]}
   */
  public static RatingRule defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a rule from its tiers, most trusted first, such as
   * {@code [{assessment}, {manager}, {peer, self}]}.
   *
   * @param tiers the tiers
   * @return the rule
   * @throws IllegalArgumentException if there is no tier, a tier is empty or a kind is in two
   *     tiers
   */
  public static RatingRule of(List<Set<RaterKind>> tiers) {
    Objects.requireNonNull(tiers, "tiers");
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("a rating rule needs at least one tier of rater kinds");
    }
    Set<RaterKind> seen = EnumSet.noneOf(RaterKind.class);
    List<Set<RaterKind>> copies = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      Set<RaterKind> tier = Objects.requireNonNull(tiers.get(i), "tiers[" + i + "]");
      if (tier.isEmpty()) {
        throw new IllegalArgumentException("tier " + i + " of the rating rule is empty");
      }
      for (RaterKind kind : tier) {
        if (!seen.add(Objects.requireNonNull(kind, "tiers[" + i + "] element"))) {
          throw new IllegalArgumentException(
              "rater kind '"
                  + kind.label()
                  + "' is in two tiers of the rating rule; each kind may be in one tier only");
        }
      }
      copies.add(Collections.unmodifiableSet(EnumSet.copyOf(tier)));
    }
    return ImmutableRatingRule.of(copies);
  }

  /**
   * Returns the rating assessment uses for each skill the profile rates, by this rule.
   *
   * @param profile a profile
   * @return one rating per skill, in the order the skills are first rated in the profile (by any
   *     kind the rule counts); skills rated only by kinds in no tier are absent
   */
  public final Map<SkillId, Rating> effectiveRatings(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    Map<SkillId, Rating> chosen = new LinkedHashMap<>();
    for (Rating rating : profile.ratings()) {
      int tier = tierOf(rating.rater());
      if (tier < 0) {
        continue;
      }
      Rating current = chosen.get(rating.skill());
      if (current == null || prefers(profile, rating, tier, current)) {
        chosen.put(rating.skill(), rating);
      }
    }
    return Collections.unmodifiableMap(chosen);
  }

  /**
   * Whether {@code candidate}, in tier {@code tier}, wins over {@code current}: a more trusted
   * tier, else a later day, else a more formal kind (the later constant of {@link RaterKind}).
   */
  private boolean prefers(Profile profile, Rating candidate, int tier, Rating current) {
    int currentTier = tierOf(current.rater());
    if (tier != currentTier) {
      return tier < currentTier;
    }
    int days = profile.dateOf(candidate).compareTo(profile.dateOf(current));
    if (days != 0) {
      return days > 0;
    }
    return candidate.rater().compareTo(current.rater()) > 0;
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code RatingRule[manager+assessment, peer, self]}
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder("RatingRule[");
    for (int i = 0; i < tiers().size(); i++) {
      text.append(i == 0 ? "" : ", ");
      StringBuilder tier = new StringBuilder();
      for (RaterKind kind : tiers().get(i)) {
        tier.append(tier.length() == 0 ? "" : "+").append(kind.label());
      }
      text.append(tier);
    }
    return text.append(']').toString();
  }

  /** The position of the tier holding {@code kind}, or -1 if no tier holds it. */
  private int tierOf(RaterKind kind) {
    List<Set<RaterKind>> tiers = tiers();
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).contains(kind)) {
        return i;
      }
    }
    return -1;
  }
}
