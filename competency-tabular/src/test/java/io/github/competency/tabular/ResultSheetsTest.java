package io.github.competency.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class ResultSheetsTest {

  static final Assessor ASSESSOR = Assessor.of(RatingsReaderTest.CATALOGUE);
  static final ResultSheets RESULTS = ResultSheets.of(ASSESSOR);

  static SheetRanking sampleRanking() {
    return RatingsReaderTest.READER.rank(
        RatingsReaderTest.SAMPLE,
        SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER,
        ReadinessMode.PROPORTIONAL,
        5);
  }

  @Test
  void aRankingOfTheSampleSheetMostReadyFirstWithNames() {
    SheetRanking ranking = sampleRanking();
    assertThat(ranking.top()).hasSize(5);
    assertThat(ranking.summary().people()).isEqualTo(20);
    assertThat(ranking.top())
        .extracting(RankedPerson::readiness)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(ranking.top().get(0).name()).isPresent();
    // the same order as the core's ranking of the same profiles
    List<String> core =
        ASSESSOR
            .rank(
                SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER,
                ReadinessMode.PROPORTIONAL,
                RatingsReaderTest.READER.read(RatingsReaderTest.SAMPLE).profiles().stream()
                    .map(SheetProfile::profile)
                    .collect(Collectors.toList()),
                5)
            .top()
            .stream()
            .map(s -> s.profile().value())
            .collect(Collectors.toList());
    assertThat(ranking.top()).extracting(p -> p.profile().value()).isEqualTo(core);
  }

  @Test
  void csvHasAHeaderStepNamesAndABomAndGuardsFormulas() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RESULTS.ranking(sampleRanking(), SheetFormat.CSV, out);
    byte[] bytes = out.toByteArray();
    assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "rank,person,name,current role,readiness (proportional),requirements met,essential"
                + " gaps\r\n1,E");
    RatingsImport sheet =
        RatingsReaderTest.csv("id,name,skill,rating,date\nE1,=HYPERLINK(1),java,3,2026-01-01\n");
    ByteArrayOutputStream matrix = new ByteArrayOutputStream();
    RESULTS.matrix(
        SeniorBackendEngineer.JUNIOR_BACKEND_ENGINEER, sheet.profiles(), SheetFormat.CSV, matrix);
    String matrixText = matrix.toString(StandardCharsets.UTF_8);
    assertThat(matrixText).contains("E1,'=HYPERLINK(1),");
    assertThat(matrixText.split("\r\n")[1]).startsWith("required,,");
    assertThat(matrixText).contains("Working knowledge");
  }

  @Test
  void workbooksHaveAFrozenHeaderWidthsAndFillsThatShowGaps() throws IOException {
    RatingsImport sheet = RatingsReaderTest.READER.read(RatingsReaderTest.SAMPLE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RESULTS.matrix(
        SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER, sheet.profiles(), SheetFormat.XLSX, out);
    byte[] xlsx = out.toByteArray();
    String sheetXml = part(xlsx, "xl/worksheets/sheet1.xml");
    assertThat(sheetXml).contains("state=\"frozen\"").contains("<cols>");
    String styles = part(xlsx, "xl/styles.xml");
    assertThat(styles).contains("FFC6EFCE").contains("FFFFC7CE").contains("FFFFEB9C");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("person");
      assertThat(rows.get(0).getCellText(2)).isEqualTo("Backend programming");
      assertThat(rows.get(1).getCellText(2)).isEqualTo("Expert");
      assertThat(rows).hasSize(22);
    }
  }

  private static String part(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " missing");
  }
}
