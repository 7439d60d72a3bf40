/** The senior backend engineer catalogue. */
module io.github.competency.seniorbackend {
  requires transitive io.github.competency.core;

}
