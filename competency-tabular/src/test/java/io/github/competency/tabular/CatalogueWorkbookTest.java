package io.github.competency.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Catalogue;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class CatalogueWorkbookTest {

  /** A small catalogue workbook as a team might return it, sheet by sheet. */
  static Map<String, String[][]> small() {
    Map<String, String[][]> sheets = new LinkedHashMap<>();
    sheets.put(
        "Catalogue",
        new String[][] {
          {"field", "value"},
          {"id", "platform"},
          {"version", "1.0.0"},
          {"title", "Platform team"},
          {"language", "en"}
        });
    sheets.put(
        "Scale",
        new String[][] {
          {"id", "name", "rank", "description"},
          {"basic", "Basic", "1", ""},
          {"advanced", "Advanced", "2", ""}
        });
    sheets.put(
        "Levels",
        new String[][] {{"id", "name", "rank", "summary"}, {"senior", "Senior", "3", ""}});
    sheets.put("Families", new String[][] {{"id", "name", "description"}});
    sheets.put(
        "Categories", new String[][] {{"id", "name", "description"}, {"ops", "Operations", ""}});
    String[] skillHeader = {
      "id",
      "name",
      "category",
      "description",
      "defined at",
      "source",
      "source title",
      "source publisher",
      "source publisher kind",
      "source url",
      "source date",
      "source section"
    };
    sheets.put(
        "Skills",
        new String[][] {
          skillHeader,
          {"kubernetes", "Kubernetes", "ops", "", "", "", "", "", "", "", "", ""},
          {"terraform", "Terraform", "ops", "", "", "", "", "", "", "", "", ""}
        });
    sheets.put("Aliases", new String[][] {{"skill", "alias"}, {"kubernetes", "k8s"}});
    sheets.put(
        "Behaviours",
        new String[][] {{"skill", "Basic", "Advanced"}, {"kubernetes", "Deploys a service", ""}});
    sheets.put("References", new String[][] {{"item", "id", "scheme", "code", "rank", "url"}});
    String[] dutyHeader = {
      "id",
      "title",
      "area",
      "description",
      "skills",
      "source",
      "source title",
      "source publisher",
      "source publisher kind",
      "source url",
      "source date",
      "source section"
    };
    sheets.put("Responsibilities", new String[][] {dutyHeader});
    sheets.put("Indicators", new String[][] {{"responsibility", "indicator"}});
    String[] roleHeader = {
      "id",
      "title",
      "family",
      "level",
      "summary",
      "responsibilities",
      "progresses to",
      "source",
      "source title",
      "source publisher",
      "source publisher kind",
      "source url",
      "source date",
      "source section"
    };
    sheets.put(
        "Roles",
        new String[][] {
          roleHeader,
          {
            "sre",
            "Site reliability engineer",
            "ops",
            "senior",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            ""
          }
        });
    sheets.put("Collaborators", new String[][] {{"role", "collaborator"}});
    sheets.put(
        "Matrix",
        new String[][] {
          {"skill", "name", "sre"},
          {"kubernetes", "Kubernetes", "Advanced"},
          {"terraform", "Terraform", "Basic (in iac)"}
        });
    sheets.put(
        "Requirements",
        new String[][] {{"role", "skill", "weight", "note"}, {"sre", "terraform", "", "Any IaC"}});
    sheets.put(
        "Groups",
        new String[][] {
          {"role", "id", "title", "at least", "importance", "weight", "note"},
          {"sre", "iac", "Infrastructure as code", "1", "optional", "", ""}
        });
    return sheets;
  }

  static byte[] workbook(Map<String, String[][]> sheets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "test", "1.0");
      for (Map.Entry<String, String[][]> sheet : sheets.entrySet()) {
        Worksheet ws = workbook.newWorksheet(sheet.getKey());
        String[][] rows = sheet.getValue();
        for (int r = 0; r < rows.length; r++) {
          for (int c = 0; c < rows[r].length; c++) {
            String v = rows[r][c];
            if (v.matches("\\d+") && r > 0) {
              ws.value(r, c, Integer.parseInt(v));
            } else if (!v.isEmpty()) {
              ws.value(r, c, v);
            }
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Catalogue read(Map<String, String[][]> sheets) {
    return CatalogueWorkbook.defaults().read(new ByteArrayInputStream(workbook(sheets)));
  }

  @Test
  void aWorkbookAsATeamWritesItReadsAsACatalogue() {
    Catalogue catalogue = read(small());
    assertThat(catalogue.skills()).hasSize(2);
    assertThat(catalogue.roles().get(0).requirements())
        .extracting(r -> r.skill().value() + " " + r.proficiency() + " " + r.importance())
        .containsExactly("kubernetes advanced ESSENTIAL");
    assertThat(catalogue.roles().get(0).groups()).hasSize(1);
    assertThat(catalogue.roles().get(0).groups().get(0).importance().name()).isEqualTo("OPTIONAL");
    assertThat(catalogue.roles().get(0).groups().get(0).options())
        .extracting(r -> r.skill().value() + " " + r.proficiency() + " " + r.note())
        .containsExactly("terraform basic Any IaC");
  }

  @Test
  void everyProblemIsReportedAtItsSheetRowAndColumn() {
    Map<String, String[][]> sheets = small();
    sheets.get("Scale")[2][2] = "second";
    sheets.get("Skills")[2][2] = "operations";
    sheets.get("Matrix")[1][2] = "Expert";
    sheets.get("Requirements")[1][1] = "kubernetes";
    sheets.get("Roles")[1][3] = "";
    sheets.get("Aliases")[1][0] = "k8s";
    InvalidCatalogueException e =
        catchThrowableOfType(InvalidCatalogueException.class, () -> read(sheets));
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "Scale!C3: 'second' is not a whole number",
            "Aliases!A2: no 'k8s' among the ids of its sheet; the item must exist",
            "Behaviours!C1: unknown step 'Advanced'; the steps are Basic",
            "Roles!D2: no level given; fill the cell",
            "Matrix!C2: unknown step 'Expert'; a cell holds a step of the scale (Basic), followed"
                + " by (optional) for an optional requirement or by (in group-id) for an option",
            "Requirements!B2: role 'sre' does not require 'kubernetes' in the Matrix sheet; fill"
                + " that cell of the matrix, or delete this row");
  }

  @Test
  void problemsTheCatalogueFindsArePointedAtTheirCells() {
    Map<String, String[][]> sheets = small();
    sheets.get("Skills")[2][2] = "operations";
    InvalidCatalogueException e =
        catchThrowableOfType(InvalidCatalogueException.class, () -> read(sheets));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("Skills!C3");
    assertThat(e.problems().get(0).message()).contains("operations");
  }

  @Test
  void theMatrixAloneAsCsv() {
    StringWriter out = new StringWriter();
    CatalogueWorkbook.defaults().writeMatrixCsv(SeniorBackendEngineer.catalogue(), out);
    String[] lines = out.toString().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "skill,name,Junior Backend Engineer,Mid-level Backend Engineer,Senior Backend Engineer");
    assertThat(lines).hasSize(1 + SeniorBackendEngineer.catalogue().skills().size());
    assertThat(lines[2])
        .isEqualTo(
            "java,Java,Working knowledge (in backend-language),Practitioner (in backend-language),Expert"
                + " (in backend-language)");
  }
}
