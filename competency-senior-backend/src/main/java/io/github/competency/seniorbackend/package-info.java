/**
 * The senior backend engineer catalogue: {@link
 * io.github.competency.seniorbackend.SeniorBackendEngineer} loads it and names its roles and
 * levels.
 */
package io.github.competency.seniorbackend;
