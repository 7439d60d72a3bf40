package io.github.competency.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Problem;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.RaterKind;
import io.github.competency.core.assess.Rating;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RatingsReaderTest {

  static final Catalogue CATALOGUE = SeniorBackendEngineer.catalogue();
  static final RatingsReader READER = RatingsReader.of(CATALOGUE);
  static final Path SAMPLE = Path.of("../examples/sheets/team-ratings.csv");

  static RatingsImport csv(String text) {
    return READER.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SheetFormat.CSV);
  }

  static List<String> problems(RatingsReader reader, String text) {
    InvalidSheetException e =
        catchThrowableOfType(
            InvalidSheetException.class,
            () ->
                reader.read(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    SheetFormat.CSV));
    assertThat(e).as("an InvalidSheetException").isNotNull();
    return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void theSampleSheetReadsAsTwentyPeopleRatedBySelfAndManager() {
    RatingsImport sheet = READER.read(SAMPLE);
    assertThat(sheet.profiles()).hasSize(20);
    assertThat(sheet.summary().rows()).isEqualTo(40);
    assertThat(sheet.summary().layout()).isEqualTo(Layout.WIDE);
    assertThat(sheet.summary().columns())
        .containsEntry("A", "person id")
        .containsEntry("E", "date")
        .containsEntry("J", "skill postgresql")
        .containsEntry("R", "skill containerisation");
    SheetProfile first = sheet.profiles().get(0);
    assertThat(first.sheetId()).isEqualTo("E10231");
    assertThat(first.profile().id()).isEqualTo(ProfileId.of("e10231"));
    assertThat(first.profile().name()).contains("Amara Okafor");
    assertThat(first.profile().role()).contains(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER);
    assertThat(first.profile().assessedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(first.profile().ratingsOf(SkillId.of("java")))
        .extracting(Rating::rater, Rating::proficiency)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RaterKind.SELF, ProficiencyId.of("expert")),
            org.assertj.core.groups.Tuple.tuple(
                RaterKind.MANAGER, ProficiencyId.of("practitioner")));
    assertThat(sheet.profiles().stream().map(p -> p.profile().name().orElse("")))
        .contains("Søren Ødegaard", "Ana \"Nina\" Kovač");
  }

  @Test
  void longSheetsWithCommasQuotedLineBreaksIsoDatesAndEvidence() {
    RatingsImport sheet =
        csv(
            "Person ID,Name,Role,Skill,Rating,Rater,Rater kind,Date,Evidence,Evidence URL\r\n"
                + "E1,Ada,senior-backend-engineer,PostgreSQL,Expert,Bo,manager,2026-11-30,\"Tuned the\r\n"
                + "slow queries\",https://example.org/pr/1\r\n"
                + "E1,Ada,Senior Backend Engineer,java,3,,self,2026-11-29T10:00:00,,\r\n"
                + "E2,Bo,,node js,2,,,2026-11-01,,\r\n");
    assertThat(sheet.summary().layout()).isEqualTo(Layout.LONG);
    assertThat(sheet.profiles()).hasSize(2);
    Profile ada = sheet.profiles().get(0).profile();
    assertThat(ada.role()).contains(RoleId.of("senior-backend-engineer"));
    assertThat(ada.ratings()).hasSize(2);
    Rating postgres = ada.ratings().get(0);
    assertThat(postgres.skill()).isEqualTo(SkillId.of("postgresql"));
    assertThat(postgres.rater()).isEqualTo(RaterKind.MANAGER);
    assertThat(postgres.evidence().orElseThrow().text()).isEqualTo("Tuned the\r\nslow queries");
    assertThat(ada.ratings().get(1).date()).contains(LocalDate.of(2026, 11, 29));
    assertThat(sheet.profiles().get(1).profile().ratings().get(0).skill())
        .isEqualTo(SkillId.of("nodejs"));
  }

  @Test
  void fivePlantedMistakesAreAllReportedAtTheirCells() {
    List<String> problems =
        problems(
            READER,
            "Person ID;Name;Skill;Rating;Rater kind;Date\n"
                + "E1;Ada;Postgress;3;manager;2026-11-30\n"
                + "E1;Ada;Java;Expret;manager;2026-11-30\n"
                + "E1;Ada;Python;3;manager;31.11.2026\n"
                + "E1;Ada;SQL;3;boss;2026-11-30\n"
                + "E1;Ada;Caching;3;manager;2026-11-30\n"
                + "E1;Ada;Caching;2;manager;2026-11-30\n");
    problems.forEach(System.out::println);
    assertThat(problems)
        .containsExactly(
            "line 2, field 3: 'Postgress' is not a skill of catalogue 'senior-backend-engineer';"
                + " did you mean 'PostgreSQL'? (skills are found by id, name or alias)",
            "line 3, field 4: unknown rating 'Expret' (did you mean 'Expert'?); a rating is a step"
                + " of the scale (Awareness, Working knowledge, Practitioner, Expert) or a number"
                + " from 1 to 4",
            "line 4, field 6: '31.11.2026' is not a day of the calendar",
            "line 5, field 5: unknown kind of rater 'boss'; raters are self, peer, manager or"
                + " assessment",
            "line 7, field 4: a second rating of 'Caching' by manager on 2026-11-30 (the first is"
                + " at line 6, field 4); keep one rating per skill, rater and day");
  }

  @Test
  void csvAsSpreadsheetsSaveIt() {
    String rows = "E1;java;3;2026-01-01\r\nE1;sql;2;2026-01-01\r\n";
    for (String sheet :
        List.of(
            "id;skill;rating;date\r\n" + rows,
            "sep=;\r\nid;skill;rating;date\r\n" + rows,
            ("id;skill;rating;date\n" + rows).replace(';', '\t'),
            ("id;skill;rating;date\n" + rows).replace(';', ','),
            "\uFEFFid;skill;rating;date\r" + rows.replace("\r\n", "\r"))) {
      RatingsImport read = csv(sheet);
      assertThat(read.profiles()).as(sheet).hasSize(1);
      assertThat(read.profiles().get(0).profile().ratings()).as(sheet).hasSize(2);
    }
    byte[] utf16 =
        ("\uFEFFid\tskill\trating\tdate\r\n" + rows.replace(';', '\t'))
            .getBytes(StandardCharsets.UTF_16LE);
    assertThat(
            catchThrowableOfType(
                    InvalidSheetException.class,
                    () -> READER.read(new ByteArrayInputStream(utf16), SheetFormat.CSV))
                .problems())
        .extracting(Problem::toString)
        .containsExactly(
            "file: the file is not UTF-8 text: it starts with the byte-order mark of UTF-16; save"
                + " the sheet as CSV UTF-8, or give its encoding (UTF-16) (line 1, column 1)");
    assertThat(
            READER
                .withCharset(StandardCharsets.UTF_16)
                .read(new ByteArrayInputStream(utf16), SheetFormat.CSV)
                .profiles())
        .hasSize(1);
    assertThat(
            READER
                .withCharset(java.nio.charset.Charset.forName("windows-1252"))
                .read(
                    new ByteArrayInputStream(
                        "id,name,skill,rating,date\nE1,Jos\u00e9,java,3,2026-01-01\n"
                            .getBytes(java.nio.charset.Charset.forName("windows-1252"))),
                    SheetFormat.CSV)
                .profiles()
                .get(0)
                .profile()
                .name())
        .contains("Jos\u00e9");
  }

  @Test
  void readingWholeTakesAPersonsRowsInAnyOrderButNotTwoSpellingsOfOneId() {
    RatingsImport sheet =
        csv("id,skill,rating,date\na,java,3,2026-01-01\nb,java,3,2026-01-01\na,sql,3,2026-01-01\n");
    assertThat(sheet.profiles()).extracting(SheetProfile::sheetId).containsExactly("a", "b");
    assertThat(sheet.profiles().get(0).profile().ratings()).hasSize(2);
    assertThat(
            problems(READER, "id,skill,rating,date\nE 1,java,3,2026-01-01\nE-1,sql,3,2026-01-01\n"))
        .containsExactly(
            "line 3: the person ids 'E 1' (line 2) and 'E-1' both give the profile id 'e-1'; spell"
                + " each person's id one way");
  }

  @Test
  void headersMissingUnknownAndDoubled() {
    assertThat(problems(READER, "name,skill,level,department,skill\nAda,java,3,ops,sql\n"))
        .containsExactly(
            "line 1, field 5: a second skill column (the first is column B); delete one of them",
            "line 1, field 4: unknown column 'department'; the columns of a ratings sheet are"
                + " person id, name, role, skill, rating, rater, rater kind, date, evidence,"
                + " evidence url; ignore other columns in the mapping",
            "line 1: no date column: add one, or give the day of the assessment (assessed-on in"
                + " the mapping, --assessed-on on the command line)");
    assertThat(
            READER
                .withIgnoredColumns("Department")
                .withAssessedOn(LocalDate.of(2026, 1, 1))
                .read(
                    new ByteArrayInputStream(
                        "name,skill,level,department\nAda,java,3,ops\n"
                            .getBytes(StandardCharsets.UTF_8)),
                    SheetFormat.CSV)
                .profiles())
        .hasSize(1);
  }

  @Test
  void streamingPassesOnePersonAtATimeAndSetsAsideThoseWithProblems() {
    List<String> seen = new ArrayList<>();
    SheetSummary summary =
        READER.forEach(
            new ByteArrayInputStream(
                ("id;skill;rating;date\n"
                        + "a;java;3;2026-01-01\n"
                        + "b;jav;3;2026-01-01\n"
                        + "c;java;3;2026-01-01\n"
                        + "a;python;3;2026-01-01\n")
                    .getBytes(StandardCharsets.UTF_8)),
            SheetFormat.CSV,
            p -> seen.add(p.sheetId()));
    assertThat(seen).containsExactly("a", "c");
    assertThat(summary.setAside()).isEqualTo(2);
    assertThat(summary.setAsideIds()).containsExactly("b", "a");
    assertThat(summary.problems())
        .extracting(Problem::path)
        .containsExactly("line 3, field 2", "line 5");
  }
}
