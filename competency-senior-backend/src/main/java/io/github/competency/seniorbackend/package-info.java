/** The senior backend engineer catalogue: its entry point and ids. */
package io.github.competency.seniorbackend;
