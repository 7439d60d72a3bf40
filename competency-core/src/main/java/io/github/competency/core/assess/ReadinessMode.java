package io.github.competency.core.assess;

/**
 * How readiness for a role is scored: a number in [0, 1] saying how far a person is from what
 * the role requires.
 *
 * <h2>Points</h2>
 *
 * Every requirement of the role is worth some points, and a person earns some or all of them by
 * their rating of the skill; readiness is the points earned divided by the points the role is
 * worth. A role without requirements has readiness 1. Points are whole numbers, so readiness is
 * computed exactly, and a {@link GapReport} shows each requirement's points
 * ({@link RequirementResult#points(ReadinessMode)} of {@link RequirementResult#maxPoints(ReadinessMode)}):
 * the score is explained by the requirements and ratings that make it.
 *
 * <p>Positions are counted up the catalogue's scale from its lowest step (0). For a requirement
 * at position {@code q} and a rating at position {@code r}:
 *
 * <ul>
 *   <li><em>met</em> means rated at {@code r >= q};
 *   <li>the <em>proportional score</em> is SAP's {@code (rating - lowest) / (required - lowest)}
 *       capped at 1, that is {@code min(r, q) / q}; it is 1 for a requirement at the lowest step
 *       that is rated at all, and 0 for a requirement that is not rated.
 * </ul>
 *
 * <p>To keep the arithmetic exact, the proportional score is counted in units of
 * {@code 1 / u}, where {@code u} is the least common multiple of the role's required positions
 * (6 on a four-step scale); scales of more than 17 steps, where that multiple would exceed
 * 2<sup>20</sup>, use {@code u = 2^20} and round partial scores down. A requirement's
 * <em>weight</em> is the one the catalogue gives it, or by default 2 for an essential and 1 for an
 * optional requirement ({@link Assessor#withDefaultWeights(double, double)} changes these). Weights
 * count relative to the role's largest, in units of 2<sup>-20</sup> of it: {@code w = max(1,
 * round(2^20 * weight / largest weight))}, so a requirement never weighs less than a millionth
 * of the heaviest.
 *
 * <p>In every mode a met requirement earns all its points and an unmet one fewer, so readiness
 * is 1 exactly when every requirement is met, and raising a rating never lowers it.
 */
public enum ReadinessMode {
  /** The share of requirements met: each is worth 1 point, earned when met. */
  BINARY,
  /**
   * The average proportional score, as SAP SuccessFactors scores role readiness: each
   * requirement is worth {@code u} points and earns {@code u * min(r, q) / q}.
   */
  PROPORTIONAL,
  /** The share of weight met: each requirement is worth {@code w} points, earned when met. */
  WEIGHTED_BINARY,
  /**
   * The weighted average proportional score: each requirement is worth {@code w * u} points and
   * earns {@code w * u * min(r, q) / q}.
   */
  WEIGHTED_PROPORTIONAL
}
