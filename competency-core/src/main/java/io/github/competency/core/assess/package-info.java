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
 *       useful to work on, a choice group counted as one requirement
 *       ({@link io.github.competency.core.assess.GroupResult});
 *   <li>role to role: a {@link io.github.competency.core.assess.Progression}, and for a person on
 *       a ladder their {@link io.github.competency.core.assess.NextStep}s;
 *   <li>person to every role: the best fit, the highest level the person is ready for first;
 *   <li>role to people: the top k of many profiles ({@link io.github.competency.core.assess.Ranking},
 *       or a {@link io.github.competency.core.assess.Ranker} for profiles read one at a time),
 *       who in a group can help with a gap, and a group's
 *       {@link io.github.competency.core.assess.TeamCoverage}; each sets invalid profiles aside
 *       and returns them ({@link io.github.competency.core.assess.SetAside});
 *   <li>self to assessors: an {@link io.github.competency.core.assess.Agreement} report.
 * </ul>
 *
 * <p>{@link io.github.competency.core.assess.Assessor#check(io.github.competency.core.assess.Profile)}
 * returns a {@link io.github.competency.core.assess.ProfileCheck}: problems, which make a profile
 * unusable, and warnings, which do not (a rating at a step the skill has no description for,
 * scored by its place on the scale; a rating dated after the assessment).
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
