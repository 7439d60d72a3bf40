/**
 * Catalogues as JSON: {@link io.github.competency.core.json.CatalogueJson} reads and writes the
 * {@code competency-catalogue/1} format, strictly and within {@link
 * io.github.competency.core.json.ReadLimits}; {@link
 * io.github.competency.core.json.CompetencyModule} lets a host application's Jackson 3
 * {@code JsonMapper} read and write catalogues and ids.
 *
 * <p>The format is described by the JSON Schema at {@value
 * io.github.competency.core.json.CatalogueJson#SCHEMA_RESOURCE} in this library's jar.
 */
@ValueStyle
package io.github.competency.core.json;

import io.github.competency.core.internal.ValueStyle;
