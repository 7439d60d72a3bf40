package io.github.competency.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.competency.core.Skill;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ratings stream: a long sheet of 300,000 rows ranks in a JVM with a 64 MiB heap (the build runs
 * this class so), holding one person at a time. The README's command does the same for
 * 1,000,000 rows.
 */
class BoundedStreamingTest {

  static final int PEOPLE = 15_000;
  static final int RATINGS = 20;

  /** A long sheet made as it is read: PEOPLE people, RATINGS ratings each, never in memory. */
  static InputStream sheet(int people, int ratings) {
    List<Skill> skills = RatingsReaderTest.CATALOGUE.skills();
    return new InputStream() {
      private byte[] line =
          "person id,name,skill,rating,rater kind,date\n".getBytes(StandardCharsets.UTF_8);
      private int at;
      private long row;

      @Override
      public int read() {
        if (at == line.length && !advance()) {
          return -1;
        }
        return line[at++] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (at == line.length && !advance()) {
          return -1;
        }
        int n = Math.min(len, line.length - at);
        System.arraycopy(line, at, b, off, n);
        at += n;
        return n;
      }

      private boolean advance() {
        if (row == (long) people * ratings) {
          return false;
        }
        long person = row / ratings;
        int k = (int) (row % ratings);
        Skill skill = skills.get((int) ((person * 7 + k * 3) % skills.size()));
        int step = 2 + (int) ((person * 31 + k * 17) % 3);
        line =
            ("E"
                    + (100000 + person)
                    + ",Person "
                    + person
                    + ","
                    + skill.name()
                    + ","
                    + step
                    + ","
                    + (k % 2 == 0 ? "self" : "manager")
                    + ",2026-11-"
                    + (10 + k % 2)
                    + "\n")
                .getBytes(StandardCharsets.UTF_8);
        at = 0;
        row++;
        return true;
      }
    };
  }

  @Test
  void aLongSheetRanksOnePersonAtATimeInASmallHeap() {
    assumeTrue(Boolean.getBoolean("heap.bounded"), "run by the bounded-memory execution");
    SheetRanking ranking =
        RatingsReaderTest.READER.rank(
            sheet(PEOPLE, RATINGS),
            SheetFormat.CSV,
            SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER,
            ReadinessMode.PROPORTIONAL,
            10);
    assertThat(ranking.summary().rows()).isEqualTo((long) PEOPLE * RATINGS);
    assertThat(ranking.summary().people()).isEqualTo(PEOPLE);
    assertThat(ranking.summary().problemCount()).isZero();
    assertThat(ranking.top()).hasSize(10);
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L << 20);
  }
}
