/**
 * The competency model: a {@link io.github.competency.core.Catalogue} of proficiency scales,
 * career levels, skill categories, skills, responsibilities and roles, with the queries an
 * application needs and validation that reports every problem at once.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>Every type is immutable and thread-safe.
 *   <li>One null rule for the whole API: no method accepts {@code null} and none returns it;
 *       passing {@code null} throws {@link java.lang.NullPointerException} naming the parameter.
 *       Absent values are {@link java.util.Optional} or an empty collection.
 *   <li>Collections returned are unmodifiable and keep the order in which they were given.
 *   <li>Factories follow {@code java.time}: {@code of} validates its arguments and returns a
 *       value or throws.
 *   <li>Elements are assembled with builders ({@code Skill.builder()...build()}); their
 *       cross-references are checked when the {@link io.github.competency.core.Catalogue} is
 *       built, which throws {@link io.github.competency.core.InvalidCatalogueException} listing
 *       every problem with its path.
 * </ul>
 */
@ValueStyle
package io.github.competency.core;

import io.github.competency.core.internal.ValueStyle;
