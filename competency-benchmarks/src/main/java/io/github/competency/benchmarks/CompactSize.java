package io.github.competency.benchmarks;

import io.github.competency.core.Catalogue;
import io.github.competency.core.ProfileId;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.CompactProfile;
import io.github.competency.seniorbackend.SeniorBackendEngineer;
import java.lang.ref.Reference;

/**
 * Measures the heap a compact profile of the shipped catalogue takes, by heap difference: the
 * heap in use after a full collection, before and after making {@value #COUNT} compact profiles
 * into an array allocated beforehand. The profiles' ids and the people's ratings are made before
 * the first measurement, since an application has them anyway; what is measured is the compact
 * profile itself.
 */
final class CompactSize {

  static final int COUNT = 200_000;

  private CompactSize() {}

  /** The skills of the shipped catalogue: the bytes a compact profile must hold. */
  static int skills() {
    return SeniorBackendEngineer.catalogue().skills().size();
  }

  /** Bytes of heap per compact profile. */
  static double measure() {
    Catalogue catalogue = SeniorBackendEngineer.catalogue();
    Assessor assessor = Assessor.of(catalogue);
    Population population = new Population(catalogue, 3);
    ProfileId[] ids = new ProfileId[COUNT];
    byte[][] people = new byte[COUNT][];
    for (int i = 0; i < COUNT; i++) {
      ids[i] = Population.id(i);
      people[i] = population.nextPerson();
    }
    CompactProfile[] profiles = new CompactProfile[COUNT];
    population.compact(assessor, ids[0], people[0]); // loads every class involved
    long before = usedAfterCollection();
    for (int i = 0; i < COUNT; i++) {
      profiles[i] = population.compact(assessor, ids[i], people[i]);
    }
    long after = usedAfterCollection();
    Reference.reachabilityFence(ids);
    Reference.reachabilityFence(people);
    Reference.reachabilityFence(profiles);
    return (after - before) / (double) COUNT;
  }

  private static long usedAfterCollection() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
