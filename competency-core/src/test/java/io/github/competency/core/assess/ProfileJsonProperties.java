package io.github.competency.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.competency.core.Problem;
import io.github.competency.core.json.ProfileJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Profiles as JSON: round trips, stable bytes, schema validity and any input ending well. */
class ProfileJsonProperties {

  private static final ProfileJson JSON = ProfileJson.defaults();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(ProfileJson.schema());

  @Property(tries = 150)
  void writeThenReadGivesTheSameProfileAndTheSameBytes(
      @ForAll("scenarios") ProfileGenerator.Scenario scenario) {
    Profile profile = scenario.profile;
    String json = JSON.toJson(profile);
    assertThat(JSON.fromJson(json)).isEqualTo(profile);
    assertThat(JSON.toJson(JSON.fromJson(json))).isEqualTo(json);
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    Assessor assessor = Assessor.of(scenario.catalogue);
    assertThat(JSON.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), assessor))
        .isEqualTo(profile);
  }

  @Property(tries = 300)
  void anyDamagedDocumentEndsInAProfileOrTheDocumentedException(
      @ForAll("scenarios") ProfileGenerator.Scenario scenario, @ForAll long seed) {
    byte[] bytes = JSON.toJson(scenario.profile).getBytes(StandardCharsets.UTF_8);
    Random random = new Random(seed);
    byte[] damaged =
        switch (random.nextInt(4)) {
          case 0 -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
          case 1 -> {
            byte[] copy = bytes.clone();
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
            yield copy;
          }
          case 2 ->
              new String(bytes, StandardCharsets.UTF_8)
                  .replaceFirst("\"proficiency\": \"[^\"]*\"", "\"proficiency\": 7")
                  .getBytes(StandardCharsets.UTF_8);
          default ->
              new String(bytes, StandardCharsets.UTF_8)
                  .replaceFirst("\"skill\": \"", "\"skill\": \"unknown-")
                  .getBytes(StandardCharsets.UTF_8);
        };
    try {
      JSON.read(new ByteArrayInputStream(damaged), Assessor.of(scenario.catalogue));
    } catch (InvalidProfileException e) {
      assertThat(e.problems())
          .isNotEmpty()
          .extracting(Problem::message)
          .allSatisfy(message -> assertThat(message).doesNotContain("tools.jackson"));
    }
  }

  @Provide
  Arbitrary<ProfileGenerator.Scenario> scenarios() {
    return ProfileGenerator.scenarios();
  }
}
