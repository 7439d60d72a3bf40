package io.github.competency.core.assess;

import io.github.competency.core.Importance;
import io.github.competency.core.ProfileId;
import java.util.List;

/**
 * Who in a group meets one thing a role asks for: a single requirement
 * ({@link RequirementCoverage}) or a choice group ({@link GroupCoverage}); one line of a
 * {@link TeamCoverage}.
 *
 * <p>Implementations are immutable and thread-safe; there are exactly the two above.
 */
public sealed interface Coverage permits RequirementCoverage, GroupCoverage {

  /**
   * Returns how much the requirement or group matters.
   *
   * @return its importance in the role
   */
  Importance importance();

  /**
   * Returns the people who meet it on their own.
   *
   * @return their profiles' ids, each once, in the group's order
   */
  List<ProfileId> metBy();
}
