/**
 * The library's JSON formats: {@link io.github.competency.core.json.CatalogueJson} reads and
 * writes the {@code competency-catalogue/1} format, strictly and within {@link
 * io.github.competency.core.json.ReadLimits}, as {@link
 * io.github.competency.core.json.ProfileJson}, {@link io.github.competency.core.json.OverlayJson}
 * and {@link io.github.competency.core.json.TranslationJson} do profiles, overlays and
 * translations; {@link io.github.competency.core.json.AssessmentJson} writes assessments ({@code
 * competency-assessment/1}); {@link io.github.competency.core.json.CompetencyModule} lets a host
 * application's Jackson 3 {@code JsonMapper} write every public value of the core and read those
 * a host may send.
 *
 * <p>Each format is described by a JSON Schema in this library's jar, such as {@value
 * io.github.competency.core.json.CatalogueJson#SCHEMA_RESOURCE} and {@value
 * io.github.competency.core.json.AssessmentJson#SCHEMA_RESOURCE}.
 */
@ValueStyle
package io.github.competency.core.json;

import io.github.competency.core.internal.ValueStyle;
