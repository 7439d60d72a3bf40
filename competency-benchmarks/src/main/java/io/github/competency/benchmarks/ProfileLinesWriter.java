package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Proficiency;
import io.github.competency.core.Skill;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a population of made-up profiles of the shipped catalogue as a JSON-lines file, for
 * measuring {@code competency assess --rank} on a large input:
 *
 * <pre>
 * java -cp competency-benchmarks/target/benchmarks.jar \
 *     io.github.competency.benchmarks.ProfileLinesWriter 1000000 /tmp/profiles.jsonl
 * </pre>
 *
 * Each profile has an employee number as its id ({@code E0000001} ...), a name, and 8 to 15
 * ratings of random skills at random steps of the scale, by random raters; one profile in every
 * 100,000 rates a skill the catalogue lacks, so that the ranking must set it aside. Seeded, so
 * every run writes the same bytes.
 */
public final class ProfileLinesWriter {

  private static final String[] RATERS = {"self", "peer", "manager", "assessment"};

  private ProfileLinesWriter() {}

  /**
   * Writes the file.
   *
   * @param args the number of profiles and the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ProfileLinesWriter COUNT FILE");
      System.exit(2);
    }
    int count = Integer.parseInt(args[0]);
    Catalogue catalogue = SeniorBackendEngineer.catalogue();
    List<Skill> skills = catalogue.skills();
    List<Proficiency> scale = catalogue.scale();
    SplittableRandom random = new SplittableRandom(2026);
    JsonMapper mapper = JsonMapper.builder().build();
    try (OutputStream file =
        new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
      for (int i = 1; i <= count; i++) {
        StringWriter line = new StringWriter();
        JsonGenerator out = mapper.createGenerator(line);
        out.writeStartObject();
        out.writeStringProperty("format", "competency-profile/1");
        out.writeStringProperty("id", String.format("E%07d", i));
        out.writeStringProperty("name", "Person " + i);
        out.writeStringProperty("catalogue", catalogue.id().value());
        out.writeStringProperty("catalogueVersion", catalogue.version());
        out.writeStringProperty("assessedOn", "2026-10-28");
        out.writeName("ratings");
        out.writeStartArray();
        boolean[] rated = new boolean[skills.size()];
        for (int r = 0, n = 8 + random.nextInt(8); r < n; r++) {
          int s = random.nextInt(skills.size());
          if (rated[s]) {
            continue;
          }
          rated[s] = true;
          out.writeStartObject();
          out.writeStringProperty(
              "skill", i % 100_000 == 0 && r == 0 ? "no-such-skill" : skills.get(s).id().value());
          out.writeStringProperty(
              "proficiency", scale.get(random.nextInt(scale.size())).id().value());
          out.writeStringProperty("rater", RATERS[random.nextInt(RATERS.length)]);
          out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
        out.close();
        file.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
