package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of overlays on generated catalogues. */
class OverlayProperties {

  private static Overlay.Builder overlay(String id, Catalogue base) {
    return Overlay.builder().id(OverlayId.of(id)).base(base.id());
  }

  @Property(tries = 100)
  void anEmptyOverlayIsTheIdentity(@ForAll("catalogues") Catalogue catalogue) {
    Overlays.Layered layered =
        Overlays.apply(
            catalogue,
            List.of(overlay("empty", catalogue).addVersion(catalogue.version()).build()));
    assertThat(layered.catalogue()).isEqualTo(catalogue);
    assertThat(layered.changes()).isEmpty();
  }

  @Property(tries = 100)
  void replacingItemsWithThemselvesChangesNothing(@ForAll("catalogues") Catalogue catalogue) {
    Overlay same =
        overlay("same", catalogue)
            .replace(
                Items.builder()
                    .proficiencies(catalogue.proficiencies())
                    .levels(catalogue.levels())
                    .families(catalogue.families())
                    .categories(catalogue.categories())
                    .skills(catalogue.skills())
                    .responsibilities(catalogue.responsibilities())
                    .roles(catalogue.roles())
                    .build())
            .build();
    assertThat(Overlays.apply(catalogue, List.of(same)).catalogue()).isEqualTo(catalogue);
  }

  @Property(tries = 150)
  void removingThenAddingAnItemGivesTheOriginalBack(
      @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
    List<Object> removable = removable(catalogue);
    Assume.that(!removable.isEmpty());
    Object item = removable.get(new Random(seed).nextInt(removable.size()));
    Overlay remove = overlay("remove", catalogue).addRemove(idOf(item)).build();
    Overlay add = overlay("add", catalogue).add(items(item)).build();

    Catalogue result = Overlays.apply(catalogue, List.of(remove, add)).catalogue();

    assertThat(CatalogueDiff.between(catalogue, result).isEmpty()).isTrue();
  }

  @Property(tries = 150)
  void theOrderOfIndependentOverlaysDoesNotMatter(
      @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
    Assume.that(catalogue.skills().size() >= 2);
    Random random = new Random(seed);
    Skill first = catalogue.skills().get(0);
    Skill second = catalogue.skills().get(1 + random.nextInt(catalogue.skills().size() - 1));
    Overlay a =
        overlay("a", catalogue)
            .addPatch(
                Patch.builder()
                    .target(first.id())
                    .putText(Patch.TextField.NAME, "First " + random.nextInt(99))
                    .addNewAlias("one")
                    .build())
            .add(
                Items.builder()
                    .addCategory(Category.builder().id(CategoryId.of("new-a")).name("A").build())
                    .build())
            .build();
    Overlay b =
        overlay("b", catalogue)
            .addPatch(
                Patch.builder()
                    .target(second.id())
                    .putText(Patch.TextField.DESCRIPTION, "Second")
                    .build())
            .add(
                Items.builder()
                    .addCategory(Category.builder().id(CategoryId.of("new-b")).name("B").build())
                    .build())
            .build();

    Catalogue ab = Overlays.apply(catalogue, List.of(a, b)).catalogue();
    Catalogue ba = Overlays.apply(catalogue, List.of(b, a)).catalogue();

    assertThat(CatalogueDiff.between(ab, ba).isEmpty()).isTrue();
  }

  @Property(tries = 300)
  void anyOverlayEndsInACatalogueOrTheDocumentedException(
      @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
    try {
      // an overlay that contradicts itself is refused when it is built, before it is applied
      Overlay overlay = RandomOverlays.of(catalogue, new Random(seed));
      Catalogue result = Overlays.apply(catalogue, List.of(overlay)).catalogue();
      assertThat(result.id()).isEqualTo(catalogue.id());
    } catch (ValidationException e) {
      assertThat(e.problems())
          .isNotEmpty()
          .allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
      assertThat(e.getMessage()).startsWith("invalid overlay 'random'");
    }
  }

  /** Items nothing else in the catalogue refers to. */
  private static List<Object> removable(Catalogue catalogue) {
    List<Object> items = new ArrayList<>();
    for (Role role : catalogue.roles()) {
      if (catalogue.previousSteps(role.id()).isEmpty()) {
        items.add(role);
      }
    }
    for (Skill skill : catalogue.skills()) {
      if (catalogue.rolesRequiring(skill.id()).isEmpty()
          && catalogue.responsibilitiesExercising(skill.id()).isEmpty()) {
        items.add(skill);
      }
    }
    for (Responsibility duty : catalogue.responsibilities()) {
      if (catalogue.roles().stream().noneMatch(r -> r.responsibilities().contains(duty.id()))) {
        items.add(duty);
      }
    }
    for (Category category : catalogue.categories()) {
      if (catalogue.skillsIn(category.id()).isEmpty()) {
        items.add(category);
      }
    }
    for (Level level : catalogue.levels()) {
      if (catalogue.rolesAt(level.id()).isEmpty()) {
        items.add(level);
      }
    }
    return items;
  }

  private static ItemId<?> idOf(Object item) {
    if (item instanceof Role r) {
      return r.id();
    } else if (item instanceof Skill s) {
      return s.id();
    } else if (item instanceof Responsibility r) {
      return r.id();
    } else if (item instanceof Category c) {
      return c.id();
    }
    return ((Level) item).id();
  }

  private static Items items(Object item) {
    Items.Builder items = Items.builder();
    if (item instanceof Role r) {
      items.addRole(r);
    } else if (item instanceof Skill s) {
      items.addSkill(s);
    } else if (item instanceof Responsibility r) {
      items.addResponsibility(r);
    } else if (item instanceof Category c) {
      items.addCategory(c);
    } else {
      items.addLevel((Level) item);
    }
    return items.build();
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return Arbitraries.oneOf(
        CatalogueGenerator.catalogues(), CatalogueGenerator.populatedCatalogues());
  }
}
