/**
 * Assessment: what a person can do, compared with what roles ask for.
 *
 * <p>A {@link io.github.competency.core.assess.Profile} records a person's
 * {@link io.github.competency.core.assess.Rating}s against one catalogue, possibly several per
 * skill from several raters; a {@link io.github.competency.core.assess.RatingRule} combines them
 * into the one rating per skill that assessment uses. An
 * {@link io.github.competency.core.assess.Assessor}, made for a catalogue, checks profiles against
 * it and answers the questions an HR platform asks:
 *
 * <ul>
 *   <li>person to role: a {@link io.github.competency.core.assess.GapReport} with readiness in
 *       each {@link io.github.competency.core.assess.ReadinessMode} and the gaps in the order most
 *       useful to work on;
 *   <li>role to role: a {@link io.github.competency.core.assess.Progression}, and for a person on
 *       a ladder their {@link io.github.competency.core.assess.NextStep}s;
 *   <li>person to every role: the best fit;
 *   <li>role to people: the top k of many profiles, who in a group can help with a gap, and a
 *       group's {@link io.github.competency.core.assess.TeamCoverage};
 *   <li>self to assessors: an {@link io.github.competency.core.assess.Agreement} report.
 * </ul>
 *
 * <p>For whole populations, a {@link io.github.competency.core.assess.CompiledRole} scores
 * {@link io.github.competency.core.assess.CompactProfile}s (a byte per skill of the catalogue)
 * without hashing, boxing or allocation; it gives the same readiness as the gap report.
 *
 * <h2>Comparing ratings</h2>
 *
 * Steps of the proficiency scale are compared by their position on the catalogue's
 * {@linkplain io.github.competency.core.Catalogue#scale() scale}, lowest first: "below by two
 * steps" means two positions down the scale, whatever the steps' ranks are.
 *
 * <p>Every type follows the conventions of {@link io.github.competency.core}: immutable and
 * thread-safe unless it says otherwise, and no method accepts or returns {@code null}.
 */
@ValueStyle
package io.github.competency.core.assess;

import io.github.competency.core.internal.ValueStyle;
