/**
 * Spreadsheets in and out, checked as strictly as the JSON formats.
 *
 * <ul>
 *   <li>{@link io.github.competency.tabular.RatingsReader} reads people's ratings from CSV and
 *       XLSX sheets, long or wide, into {@linkplain io.github.competency.tabular.SheetProfile
 *       profiles}: whole ({@code read}), as a dry run ({@code check}), one person at a time
 *       ({@code forEach}) or into a top k ({@code rank}); every problem at its cell.
 *   <li>{@link io.github.competency.tabular.ResultSheets} writes rankings, gap reports, team
 *       matrices and team coverage as CSV and XLSX.
 *   <li>{@link io.github.competency.tabular.CatalogueWorkbook} writes a catalogue as a workbook
 *       a team edits and reads it back, and writes the roles × skills matrix alone as CSV.
 * </ul>
 *
 * <p>Bad input ends in {@link io.github.competency.tabular.InvalidSheetException} (in {@link
 * io.github.competency.core.InvalidCatalogueException} for catalogue workbooks), within {@link
 * io.github.competency.tabular.SheetLimits}.
 */
package io.github.competency.tabular;
