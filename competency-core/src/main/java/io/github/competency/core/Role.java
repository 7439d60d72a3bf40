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
   * @return the requirements, in the order given, at most one per skill; the options of the
   *     role's {@linkplain #groups() choice groups} are not among them
   */
  public abstract List<Requirement> requirements();

  /**
   * Returns the choices the role asks for, each met by some of its options ("one of Java, C#,
   * Python or Node.js"), and counted as one requirement in assessment.
   *
   * @return the groups, in the order given
   */
  public abstract List<ChoiceGroup> groups();

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
   * Returns what the role asks of one skill as a requirement of its own; an option of a choice
   * group is found with {@link #groupOf(SkillId)}.
   *
   * @param skill the skill
   * @return the requirement, or empty if the role does not require the skill on its own
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
   * Returns one of the role's choice groups.
   *
   * @param group the group's id
   * @return the group, or empty if the role has none of that id
   */
  public final Optional<ChoiceGroup> group(GroupId group) {
    Objects.requireNonNull(group, "group");
    for (ChoiceGroup candidate : groups()) {
      if (candidate.id().equals(group)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the choice group that offers a skill as one of its options.
   *
   * @param skill the skill
   * @return the group, or empty if no group of the role offers the skill
   */
  public final Optional<ChoiceGroup> groupOf(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    for (ChoiceGroup group : groups()) {
      if (group.option(skill).isPresent()) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether the role asks for a skill, as a requirement of its own or as an option of a
   * choice group.
   *
   * @param skill the skill
   * @return true if the role requires the skill or offers it in a group
   */
  public final boolean asksFor(SkillId skill) {
    return requirement(skill).isPresent() || groupOf(skill).isPresent();
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
   * Returns a copy with other choice groups.
   *
   * @param groups the new groups
   * @return the changed copy
   */
  public final Role withGroups(Iterable<ChoiceGroup> groups) {
    Objects.requireNonNull(groups, "groups");
    return builder().from(this).groups(groups).build();
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
   * Returns a copy with a choice group added, or put in place of the one with the same id.
   *
   * @param group the group
   * @return the changed copy
   */
  public final Role with(ChoiceGroup group) {
    Objects.requireNonNull(group, "group");
    List<ChoiceGroup> changed = new ArrayList<>(groups());
    int at = -1;
    for (int i = 0; i < changed.size() && at < 0; i++) {
      if (changed.get(i).id().equals(group.id())) {
        at = i;
      }
    }
    if (at < 0) {
      changed.add(group);
    } else {
      changed.set(at, group);
    }
    return withGroups(changed);
  }

  /**
   * Returns a copy without one of its choice groups.
   *
   * @param group the group's id
   * @return the changed copy; this role if it has no group of that id
   */
  public final Role withoutGroup(GroupId group) {
    Objects.requireNonNull(group, "group");
    List<ChoiceGroup> changed = new ArrayList<>(groups());
    return changed.removeIf(g -> g.id().equals(group)) ? withGroups(changed) : this;
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
