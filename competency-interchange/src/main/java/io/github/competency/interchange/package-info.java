/**
 * Catalogues exchanged with other systems. WIP.
 */
@ValueStyle
package io.github.competency.interchange;

import io.github.competency.interchange.internal.ValueStyle;
