package io.github.competency.core;

import java.util.ArrayList;
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
   * Returns a copy with another id.
   *
   * @param id the new id
   * @return the changed copy
   */
  public final Role withId(RoleId id) {
    Objects.requireNonNull(id, "id");
    return builder().from(this).id(id).build();
  }

  /**
   * Returns a copy with another title.
   *
   * @param title the new title
   * @return the changed copy
   */
  public final Role withTitle(String title) {
    Objects.requireNonNull(title, "title");
    return builder().from(this).title(title).build();
  }

  /**
   * Returns a copy with another family.
   *
   * @param family the new family
   * @return the changed copy
   */
  public final Role withFamily(FamilyId family) {
    Objects.requireNonNull(family, "family");
    return builder().from(this).family(family).build();
  }

  /**
   * Returns a copy with another level.
   *
   * @param level the new level
   * @return the changed copy
   */
  public final Role withLevel(LevelId level) {
    Objects.requireNonNull(level, "level");
    return builder().from(this).level(level).build();
  }

  /**
   * Returns a copy with another summary.
   *
   * @param summary the new summary
   * @return the changed copy
   */
  public final Role withSummary(String summary) {
    Objects.requireNonNull(summary, "summary");
    return builder().from(this).summary(summary).build();
  }

  /**
   * Returns a copy with another responsibilities.
   *
   * @param responsibilities the new responsibilities
   * @return the changed copy
   */
  public final Role withResponsibilities(Iterable<ResponsibilityId> responsibilities) {
    Objects.requireNonNull(responsibilities, "responsibilities");
    return builder().from(this).responsibilities(responsibilities).build();
  }

  /**
   * Returns a copy with another requirements.
   *
   * @param requirements the new requirements
   * @return the changed copy
   */
  public final Role withRequirements(Iterable<Requirement> requirements) {
    Objects.requireNonNull(requirements, "requirements");
    return builder().from(this).requirements(requirements).build();
  }

  /**
   * Returns a copy with another progresses to.
   *
   * @param progressesTo the new progresses to
   * @return the changed copy
   */
  public final Role withProgressesTo(Iterable<RoleId> progressesTo) {
    Objects.requireNonNull(progressesTo, "progressesTo");
    return builder().from(this).progressesTo(progressesTo).build();
  }

  /**
   * Returns a copy with another collaborators.
   *
   * @param collaborators the new collaborators
   * @return the changed copy
   */
  public final Role withCollaborators(Iterable<String> collaborators) {
    Objects.requireNonNull(collaborators, "collaborators");
    return builder().from(this).collaborators(collaborators).build();
  }

  /**
   * Returns a copy with another references.
   *
   * @param references the new references
   * @return the changed copy
   */
  public final Role withReferences(Iterable<Reference> references) {
    Objects.requireNonNull(references, "references");
    return builder().from(this).references(references).build();
  }

  /**
   * Returns a copy with another source.
   *
   * @param source the new source
   * @return the changed copy
   */
  public final Role withSource(Source source) {
    Objects.requireNonNull(source, "source");
    return builder().from(this).source(source).build();
  }

  /**
   * Returns a copy with a requirement added, or put in place of the one for the same skill.
   *
   * @param requirement the requirement
   * @return the changed copy
   */
  public final Role with(Requirement requirement) {
    Objects.requireNonNull(requirement, "requirement");
    List<Requirement> changed = new ArrayList<>(requirements());
    int at = -1;
    for (int i = 0; i < changed.size() && at < 0; i++) {
      if (changed.get(i).skill().equals(requirement.skill())) {
        at = i;
      }
    }
    if (at < 0) {
      changed.add(requirement);
    } else {
      changed.set(at, requirement);
    }
    return withRequirements(changed);
  }

  /**
   * Returns a copy that no longer requires a skill.
   *
   * @param skill the skill
   * @return the changed copy; this role if it does not require the skill
   */
  public final Role withoutRequirement(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    List<Requirement> changed = new ArrayList<>(requirements());
    return changed.removeIf(r -> r.skill().equals(skill)) ? withRequirements(changed) : this;
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
