package io.github.competency.benchmarks;

import io.github.competency.core.Skill;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A long-format ratings sheet of any number of rows, as an HR system exports one: a row per
 * rating, sorted by person, 20 ratings a person (10 by self, 10 by the manager), skills by name,
 * ratings as numbers 2 to 4, ISO dates, and a short evidence text on one row in ten. The same
 * rows every time.
 */
final class RatingRows {

  static final int RATINGS_PER_PERSON = 20;

  private RatingRows() {}

  /** Writes the sheet to a file. */
  static Path write(Path file, int rows) {
    List<Skill> skills = SeniorBackendEngineer.catalogue().skills();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("person id,name,current role,skill,rating,rater kind,date,evidence\r\n");
      for (int row = 0; row < rows; row++) {
        int person = row / RATINGS_PER_PERSON;
        int k = row % RATINGS_PER_PERSON;
        Skill skill = skills.get((person * 7 + (k / 2) * 3) % skills.size());
        int step = 2 + (person * 31 + k * 17) % 3;
        out.write("E");
        out.write(Integer.toString(100_000 + person));
        out.write(",Person ");
        out.write(Integer.toString(person));
        out.write(person % 3 == 0 ? ",Senior Backend Engineer," : ",Mid-level Backend Engineer,");
        out.write(skill.name());
        out.write(',');
        out.write(Integer.toString(step));
        out.write(k % 2 == 0 ? ",self,2026-11-1" : ",manager,2026-11-2");
        out.write(Integer.toString(k % 10));
        out.write(
            k % 10 == 3 ? ",\"Led the review of the \"\"payments\"\" service\"\r\n" : ",\r\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
