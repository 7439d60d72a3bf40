package io.github.competency.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Problem;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.SkillId;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.RaterKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class RatingsXlsxTest {

  /** A workbook as a spreadsheet program saves one: a notes sheet first, typed cells. */
  static byte[] sampleWorkbook() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet notes = workbook.newWorksheet("Notes");
      notes.value(0, 0, "Ratings of the platform team, November 2026");
      Worksheet sheet = workbook.newWorksheet("Ratings");
      String[] header = {"Employee ID", "Name", "Skill", "Level", "Rater type", "Date"};
      for (int c = 0; c < header.length; c++) {
        sheet.value(0, c, header[c]);
      }
      Object[][] rows = {
        {"E10442", "Ada Lovelace", "Java", 4, "Manager", LocalDate.of(2026, 11, 30)},
        {"E10442", "Ada Lovelace", "PostgreSQL", 3, "Self", LocalDate.of(2026, 11, 28)},
        {"E10443", "Alan Turing", "Node.js", "Practitioner", "Manager", "2026-11-29"},
      };
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof Integer n) {
            sheet.value(r + 1, c, n);
          } else if (v instanceof LocalDate d) {
            sheet.value(r + 1, c, d);
            sheet.style(r + 1, c).format("dd.mm.yyyy").set();
          } else {
            sheet.value(r + 1, c, (String) v);
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void aNamedSheetWithNumberAndDateCells() {
    RatingsImport sheet =
        RatingsReaderTest.READER
            .withSheet("Ratings")
            .read(new ByteArrayInputStream(sampleWorkbook()), SheetFormat.XLSX);
    assertThat(sheet.profiles()).hasSize(2);
    Profile ada = sheet.profiles().get(0).profile();
    assertThat(ada.assessedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(ada.ratings().get(0).skill()).isEqualTo(SkillId.of("java"));
    assertThat(ada.ratings().get(0).proficiency()).isEqualTo(ProficiencyId.of("expert"));
    assertThat(ada.ratings().get(1).rater()).isEqualTo(RaterKind.SELF);
    assertThat(ada.ratings().get(1).date()).contains(LocalDate.of(2026, 11, 28));
    assertThat(sheet.profiles().get(0).where()).isEqualTo("row 2");
  }

  @Test
  void theFirstSheetByDefaultAndProblemsAtTheirCells() {
    InvalidSheetException e =
        catchThrowableOfType(
            InvalidSheetException.class,
            () ->
                RatingsReaderTest.READER.read(
                    new ByteArrayInputStream(sampleWorkbook()), SheetFormat.XLSX));
    assertThat(e.problems()).extracting(Problem::path).contains("row 1");
    InvalidSheetException missing =
        catchThrowableOfType(
            InvalidSheetException.class,
            () ->
                RatingsReaderTest.READER
                    .withSheet("Bewertungen")
                    .read(new ByteArrayInputStream(sampleWorkbook()), SheetFormat.XLSX));
    assertThat(missing.problems())
        .extracting(Problem::message)
        .containsExactly("the workbook has no sheet 'Bewertungen'; its sheets are Notes, Ratings");
  }

  @Test
  void cellsAreNamedAsSpreadsheetsNameThem() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "test", "1.0");
      Worksheet sheet = workbook.newWorksheet("Ratings");
      String[] header = {"Person", "Skill", "Rating", "Date"};
      for (int c = 0; c < header.length; c++) {
        sheet.value(0, c, header[c]);
      }
      for (int r = 1; r < 17; r++) {
        sheet.value(r, 0, "p" + r);
        sheet.value(r, 1, r == 16 ? "Jvaa" : "Java");
        sheet.value(r, 2, r == 12 ? 7 : 3);
        sheet.value(r, 3, "2026-11-30");
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    InvalidSheetException e =
        catchThrowableOfType(
            InvalidSheetException.class,
            () ->
                RatingsReaderTest.READER.read(
                    new ByteArrayInputStream(out.toByteArray()), SheetFormat.XLSX));
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "C13: rating '7' is outside the scale: numbers run from 1 (Awareness) to 4 (Expert)",
            "B17: 'Jvaa' is not a skill of catalogue 'senior-backend-engineer'; did you mean"
                + " 'Java'? (skills are found by id, name or alias)");
  }
}
