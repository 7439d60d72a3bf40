package io.github.competency.core.assess;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A profile reduced to what scoring needs: its id and, for each skill of the catalogue, the
 * step of the effective rating in one byte. It takes one small object and an array of one byte
 * per skill of the catalogue, about 40 bytes plus the skills on a 64-bit JVM with compressed
 * references, and it is scored by a {@link CompiledRole} of the same catalogue without hashing,
 * boxing or allocation.
 *
 * <p>Made by {@link Assessor#compact(Profile)}, which applies the assessor's rating rule, or by
 * {@link Assessor#compactBuilder(ProfileId)} for profiles stored elsewhere. Instances are
 * immutable and thread-safe.
 */
public final class CompactProfile {

  /** The most steps a scale may have for its positions to fit in a byte beside "not rated". */
  static final int MAX_STEPS = 255;

  private final ProfileId id;

  /** For each skill of the catalogue, 0 if not rated, else 1 + the position of the step. */
  final byte[] steps;

  /** The catalogue the positions refer to. */
  final Catalogue catalogue;

  private CompactProfile(ProfileId id, byte[] steps, Catalogue catalogue) {
    this.id = id;
    this.steps = steps;
    this.catalogue = catalogue;
  }

  /**
   * Returns the id of the profile.
   *
   * @return the id
   */
  public ProfileId id() {
    return id;
  }

  /**
   * Returns the step each rated skill is held at, as this compact profile records it: what a
   * host writes, and what {@link Builder#rate(SkillId, ProficiencyId)} was given.
   *
   * @return the steps by skill, in the catalogue's order of skills; skills not rated are absent
   */
  public Map<SkillId, ProficiencyId> steps() {
    List<Skill> skills = catalogue.skills();
    List<Proficiency> scale = catalogue.scale();
    Map<SkillId, ProficiencyId> rated = new LinkedHashMap<>();
    for (int i = 0; i < steps.length; i++) {
      if (steps[i] != 0) {
        rated.put(skills.get(i).id(), scale.get((steps[i] & 0xFF) - 1).id());
      }
    }
    return Collections.unmodifiableMap(rated);
  }

  /**
   * Tells whether another object is a compact profile of the same catalogue with the same id and
   * ratings.
   *
   * @param other any object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    if (!(other instanceof CompactProfile)) {
      return false;
    }
    CompactProfile that = (CompactProfile) other;
    return id.equals(that.id)
        && Arrays.equals(steps, that.steps)
        && (catalogue == that.catalogue || catalogue.equals(that.catalogue));
  }

  /**
   * Returns a hash of the id and ratings.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return 31 * id.hashCode() + Arrays.hashCode(steps);
  }

  /**
   * Returns a short description.
   *
   * @return for example {@code CompactProfile[e-10442: 12 of 65 skills rated]}
   */
  @Override
  public String toString() {
    int rated = 0;
    for (byte step : steps) {
      rated += step == 0 ? 0 : 1;
    }
    return "CompactProfile[" + id + ": " + rated + " of " + steps.length + " skills rated]";
  }

  /**
   * Builds a {@link CompactProfile} one rating at a time, for applications that keep ratings
   * in their own storage and have already chosen one rating per skill. Obtained from
   * {@link Assessor#compactBuilder(ProfileId)}; not thread-safe.
   */
  public static final class Builder {

    private final ProfileId id;
    private final Catalogue catalogue;
    private final Positions positions;
    private byte[] steps;

    Builder(ProfileId id, Catalogue catalogue, Positions positions) {
      this.id = Objects.requireNonNull(id, "id");
      this.catalogue = catalogue;
      this.positions = positions;
      this.steps = new byte[positions.skillCount()];
    }

    /**
     * Sets the step a skill is rated at, replacing any step set before for that skill. A step at
     * which the skill is not defined is taken as it comes, and scored by its place on the
     * scale, as {@link Assessor#check(Profile)} takes it with a warning.
     *
     * @param skill a skill of the catalogue
     * @param step a step of its scale
     * @return this builder
     * @throws io.github.competency.core.UnknownIdException if the catalogue has no such skill or
     *     step
     * @throws IllegalStateException if {@link #build()} was called already
     */
    public Builder rate(SkillId skill, ProficiencyId step) {
      Objects.requireNonNull(skill, "skill");
      Objects.requireNonNull(step, "step");
      if (steps == null) {
        throw new IllegalStateException("the compact profile of '" + id + "' was already built");
      }
      catalogue.get(skill);
      catalogue.get(step);
      steps[positions.skill(skill)] = (byte) (positions.step(step) + 1);
      return this;
    }

    /**
     * Builds the compact profile; the builder cannot be used afterwards.
     *
     * @return the compact profile
     * @throws IllegalStateException if called twice
     */
    public CompactProfile build() {
      if (steps == null) {
        throw new IllegalStateException("the compact profile of '" + id + "' was already built");
      }
      CompactProfile profile = new CompactProfile(id, steps, catalogue);
      steps = null;
      return profile;
    }

    /** Sets the positions directly: -1 for not rated, else the step's position on the scale. */
    CompactProfile build(int[] positionsBySkill) {
      for (int i = 0; i < positionsBySkill.length; i++) {
        steps[i] = (byte) (positionsBySkill[i] + 1);
      }
      return build();
    }
  }
}
