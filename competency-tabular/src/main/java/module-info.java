/**
 * Spreadsheets in and out: ratings read from CSV and XLSX sheets into profiles, assessment
 * results written as CSV and XLSX, and catalogues as workbooks an HR team edits and returns.
 *
 * <p>{@link io.github.competency.tabular} holds the API. CSV is read and written with FastCSV,
 * XLSX with fastexcel and fastexcel-reader; none of their types appear in the API.
 */
module io.github.competency.tabular {
  requires transitive io.github.competency.core;
  requires de.siegmar.fastcsv;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;

  exports io.github.competency.tabular;
}
