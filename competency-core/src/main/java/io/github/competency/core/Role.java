package io.github.competency.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A titled position at a career level, such as a senior backend engineer: what it is
 * accountable for, which skills it requires at which proficiency, who it works with and where
 * it leads next on the career ladder.
 *
 * <p>Roles belong to a family (backend, frontend, engineering management ...); career steps
 * ({@link #progressesTo()}) may branch, for example into an individual-contributor and a manager
 * track. Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Role {

  Role() {}

  /**
   * Returns the id of the role.
   *
   * @return the id
   */
  public abstract RoleId id();

  /**
   * Returns the job title people see.
   *
   * @return the title, never blank in a valid catalogue
   */
  public abstract String title();

  /**
   * Returns the family of roles this role belongs to, declared in the catalogue's
   * {@link Catalogue#families()} when it declares any.
   *
   * @return the family's id
   */
  public abstract FamilyId family();

  /**
   * Returns the career level of the role.
   *
   * @return the level's id
   */
  public abstract LevelId level();

  /**
   * Returns what the role is about, in a few sentences.
   *
   * @return the summary, empty if none was given
   */
  @Value.Default
  public String summary() {
    return "";
  }

  /**
   * Returns what the role is accountable for.
   *
   * @return the responsibilities' ids, in the order given
   */
  public abstract List<ResponsibilityId> responsibilities();

  /**
   * Returns the skills the role requires and at which step.
   *
   * @return the requirements, in the order given, at most one per skill
   */
  public abstract List<Requirement> requirements();

  /**
   * Returns the roles this role leads to on the career ladder.
   *
   * @return the next roles' ids, in the order given
   */
  public abstract List<RoleId> progressesTo();

  /**
   * Returns the people the role works with, such as product managers.
   *
   * @return the collaborators, in the order given
   */
  public abstract List<String> collaborators();

  /**
   * Returns the same role in external frameworks, such as an O*NET-SOC code.
   *
   * @return the references, in the order given
   */
  public abstract List<Reference> references();

  /**
   * Returns where the role comes from.
   *
   * @return the source, if known
   */
  public abstract Optional<Source> source();

  /**
   * Returns what the role asks of one skill.
   *
   * @param skill the skill
   * @return the requirement, or empty if the role does not require the skill
   */
  public final Optional<Requirement> requirement(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    for (Requirement requirement : requirements()) {
      if (requirement.skill().equals(skill)) {
        return Optional.of(requirement);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Role}; not thread-safe. */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {}
  }
}
