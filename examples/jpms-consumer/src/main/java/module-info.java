/** A modular application: the shipped catalogue is found on the module path by its provider. */
module example.jpms {
  requires io.github.competency.core;
  requires io.github.competency.seniorbackend;

  exports example.jpms;
}
