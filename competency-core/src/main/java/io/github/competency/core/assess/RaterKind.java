package io.github.competency.core.assess;

import java.util.Locale;

/** Who gave a {@link Rating}, as career tools tell a self-assessment from a manager's check-in. */
public enum RaterKind {
  /** The person rated themselves. */
  SELF,
  /** A colleague rated the person. */
  PEER,
  /** The person's manager rated them. */
  MANAGER,
  /** A test, exercise or formal assessment gave the rating. */
  ASSESSMENT;

  /**
   * Returns the name used in JSON and in text: the constant's name in lowercase.
   *
   * @return {@code "self"}, {@code "peer"}, {@code "manager"} or {@code "assessment"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
