package io.github.competency.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.competency.core.Catalogue;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.CompactProfile;
import io.github.competency.core.assess.CompiledRole;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The baselines compute what the library computes, so that the benchmarks compare like with like. */
class BaselinesTest {

  @Test
  void theBaselinesAndTheLibraryGiveTheSameReadiness() {
    Catalogue catalogue = SeniorBackendEngineer.catalogue();
    Assessor assessor = Assessor.of(catalogue);
    CompiledRole compiled =
        assessor.compile(SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER, ReadinessMode.PROPORTIONAL);
    HandLoop hand = new HandLoop(catalogue, SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER);
    MapBaseline map = new MapBaseline(catalogue, SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER);
    Population population = new Population(catalogue, 1);

    double lowest = 1;
    double highest = 0;
    for (int i = 0; i < 2_000; i++) {
      byte[] person = population.nextPerson();
      CompactProfile compact = population.compact(assessor, Population.id(i), person);
      double readiness = compiled.readiness(compact);

      assertThat(hand.readiness(person)).isEqualTo(readiness);
      assertThat(map.readiness(population.map(person))).isCloseTo(readiness, within(1e-12));
      lowest = Math.min(lowest, readiness);
      highest = Math.max(highest, readiness);
    }
    assertThat(highest - lowest).as("the population spreads over readiness").isGreaterThan(0.2);
  }

  @Test
  void theSeniorRoleHasGroupsOfOneAndOfSeveralSoTheBaselinesScoreBoth() {
    var groups = SeniorBackendEngineer.seniorRole().groups();
    assertThat(groups).anyMatch(g -> g.atLeast() == 1).anyMatch(g -> g.atLeast() > 1);
  }

  @Test
  void aPersonRatedAtTheTopOfEverySkillIsReadyInEveryBaseline() {
    Catalogue catalogue = SeniorBackendEngineer.catalogue();
    byte[] top = new byte[catalogue.skills().size()];
    Arrays.fill(top, (byte) catalogue.scale().size());
    Population population = new Population(catalogue, 1);

    assertThat(
            new HandLoop(catalogue, SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER).readiness(top))
        .isEqualTo(1.0);
    assertThat(
            new MapBaseline(catalogue, SeniorBackendEngineer.SENIOR_BACKEND_ENGINEER)
                .readiness(population.map(top)))
        .isEqualTo(1.0);
  }
}
