package io.github.competency.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Problem;
import io.github.competency.core.assess.Assessor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader applies the rules of {@link Assessor#check} at the cells: on sheets of random good
 * and bad cells, every profile it passes on passes that check, and a sheet it reads whole
 * without problems gives profiles that pass it too.
 */
class RatingsReaderProperties {

  private static final Assessor ASSESSOR = Assessor.of(RatingsReaderTest.CATALOGUE);
  private static final String[] PEOPLE = {"E1", "E2", "e-3", "E 4"};
  private static final String[] NAMES = {"Ada", "Ada", "Bo", "", " ", "A\uD800b"};
  private static final String[] SKILLS = {
    "java", "Java", "PostgreSQL", "Postgres", "node.js", "Docker", "sql", "Caching", "Postgress", ""
  };
  private static final String[] RATINGS = {
    "1", "2", "3", "4", "Expert", "practitioner", "Working knowledge", "awareness", "", "5", "2.5"
  };
  private static final String[] KINDS = {"self", "manager", "peer", "Assessment", "", "boss"};
  private static final String[] DATES = {
    "2026-11-30", "2026-11-29", "30.11.2026", "", "2026-02-30", "11/30/2026"
  };
  private static final String[] EVIDENCE = {
    "", "", "Led the migration", " ", "x".repeat(501), "\uDC00"
  };
  private static final String[] URLS = {
    "", "", "https://example.org/pr/1", "not a url", "/relative"
  };

  @Property(tries = 300)
  void everyProfilePassedOnPassesTheAssessorsCheck(@ForAll("seeds") long seed) {
    String sheet = sheet(new Random(seed));
    List<SheetProfile> passed = new ArrayList<>();
    RatingsReaderTest.READER.forEach(
        new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)),
        SheetFormat.CSV,
        passed::add);
    for (SheetProfile person : passed) {
      List<Problem> problems = ASSESSOR.check(person.profile()).problems();
      assertThat(problems).as(sheet).isEmpty();
    }
    SheetSummary whole =
        RatingsReaderTest.READER.check(
            new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)), SheetFormat.CSV);
    if (whole.isValid()) {
      RatingsImport read =
          RatingsReaderTest.READER.read(
              new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)), SheetFormat.CSV);
      for (SheetProfile person : read.profiles()) {
        assertThat(ASSESSOR.check(person.profile()).problems()).as(sheet).isEmpty();
      }
    }
  }

  private static String sheet(Random random) {
    StringBuilder sheet =
        new StringBuilder("person id,name,skill,rating,rater kind,date,evidence,evidence url\n");
    for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
      String[] row = {
        pick(random, PEOPLE),
        pick(random, NAMES),
        pick(random, SKILLS),
        pick(random, RATINGS),
        pick(random, KINDS),
        pick(random, DATES),
        pick(random, EVIDENCE),
        pick(random, URLS)
      };
      for (int c = 0; c < row.length; c++) {
        sheet
            .append(c == 0 ? "" : ",")
            .append('"')
            .append(row[c].replace("\"", "\"\""))
            .append('"');
      }
      sheet.append('\n');
    }
    return sheet.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }
}
