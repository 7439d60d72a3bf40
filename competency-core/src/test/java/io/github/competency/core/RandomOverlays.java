package io.github.competency.core;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Overlays of every kind of operation, aimed at existing and missing items alike. */
public final class RandomOverlays {
  private RandomOverlays() {}

  /** An overlay of random operations on a catalogue. */
  public static Overlay of(Catalogue catalogue, Random random) {
    return of(catalogue, random, false);
  }

  /**
   * An overlay of random operations on a catalogue; a representable one sets only fields its
   * targets have and patches each item at most once, as the JSON format can say it.
   */
  public static Overlay of(Catalogue catalogue, Random random, boolean representable) {
    Overlay.Builder overlay =
        Overlay.builder()
            .id(OverlayId.of("random"))
            .base(random.nextInt(20) == 0 ? CatalogueId.of("elsewhere") : catalogue.id());
    if (random.nextInt(10) == 0) {
      overlay.addVersion(random.nextBoolean() ? catalogue.version() : "0.*");
    }
    List<Skill> skills = catalogue.skills();
    List<Role> roles = catalogue.roles();
    for (int i = 0, n = representable ? Math.min(1, random.nextInt(3)) : random.nextInt(3);
        i < n && !skills.isEmpty();
        i++) {
      Skill skill = skills.get(random.nextInt(skills.size()));
      switch (random.nextInt(4)) {
        case 0 -> overlay.addRemove(skill.id());
        case 1 -> overlay.replace(Items.builder().addSkill(skill.withName("Renamed")).build());
        case 2 ->
            overlay.add(
                Items.builder()
                    .addSkill(
                        skill
                            .withId(SkillId.of("new-" + i))
                            .withCategory(
                                random.nextBoolean() ? skill.category() : CategoryId.of("nowhere")))
                    .build());
        default ->
            overlay.addPatch(
                Patch.builder()
                    .target(skill.id())
                    .putText(
                        representable || random.nextBoolean()
                            ? Patch.TextField.NAME
                            : Patch.TextField.AREA,
                        random.nextBoolean() ? "New" : " ")
                    .addNewAlias("x")
                    .addDroppedAlias(random.nextBoolean() ? "x" : "y")
                    .build());
      }
    }
    for (int i = 0, n = representable ? Math.min(1, random.nextInt(3)) : random.nextInt(3);
        i < n && !roles.isEmpty();
        i++) {
      Role role = roles.get(random.nextInt(roles.size()));
      Patch.Builder patch =
          Patch.builder().target(random.nextInt(8) == 0 ? RoleId.of("missing") : role.id());
      if (!skills.isEmpty()) {
        Skill skill = skills.get(random.nextInt(skills.size()));
        List<Proficiency> scale = catalogue.scale();
        patch.addRequirementChange(
            random.nextBoolean()
                ? Patch.RequirementChange.step(
                    skill.id(), scale.get(random.nextInt(scale.size())).id())
                : Patch.RequirementChange.step(skill.id(), ProficiencyId.of("nowhere")));
      }
      if (random.nextBoolean()) {
        patch.addDroppedRequirement(SkillId.of("maybe-not"));
      }
      if (random.nextInt(4) == 0) {
        patch.addNewResponsibility(ResponsibilityId.of("r-" + random.nextInt(3)));
      }
      overlay.addPatch(patch.putText(Patch.TextField.SUMMARY, "S" + random.nextInt(9)).build());
    }
    if (random.nextInt(5) == 0) {
      overlay.addRemove(
          LevelId.of(
              random.nextBoolean() && !catalogue.levels().isEmpty()
                  ? catalogue.levels().get(0).id().value()
                  : "gone"));
    }
    return overlay.title(random.nextBoolean() ? "" : "T " + Locale.ROOT).build();
  }
}
