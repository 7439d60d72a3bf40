package io.github.competency.core.assess;

/** Counts spelled for descriptions: "1 problem", "2 problems", "1 person", "2 people". */
final class Counts {

  private Counts() {}

  static String of(long count, String noun) {
    return of(count, noun, noun + "s");
  }

  static String of(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }
}
