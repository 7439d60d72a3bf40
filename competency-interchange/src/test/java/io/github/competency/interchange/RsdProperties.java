package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueGenerator;
import io.github.competency.core.Category;
import io.github.competency.core.Skill;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the RSD export and import over generated catalogues. */
class RsdProperties {

  private static final RsdJson RSD = RsdJson.defaults();

  /** The skills as RSD carries them: without behaviours and the steps they are defined at. */
  static List<Skill> carried(List<Skill> skills) {
    return skills.stream()
        .map(skill -> Skill.builder().from(skill).definedAt(List.of()).behaviours(Map.of()).build())
        .collect(Collectors.toList());
  }

  @Property(tries = 200)
  void theSkillsOfACatalogueComeBack(@ForAll("catalogues") Catalogue catalogue) {
    ImportResult back = RSD.fromJson(RSD.toJson(catalogue));
    assertThat(back.catalogue().skills()).isEqualTo(carried(catalogue.skills()));
    assertThat(back.catalogue().id()).isEqualTo(catalogue.id());
    assertThat(back.catalogue().version()).isEqualTo(catalogue.version());
    assertThat(back.catalogue().language()).isEqualTo(catalogue.language());
    assertThat(back.catalogue().title()).isEqualTo(catalogue.title());
    // the categories of the skills, with their names; unused ones and descriptions are not kept
    assertThat(back.catalogue().categories())
        .allSatisfy(
            category -> {
              Category original = catalogue.get(category.id());
              assertThat(category.name()).isEqualTo(original.name());
            })
        .hasSize((int) catalogue.skills().stream().map(Skill::category).distinct().count());
    assertThat(back.warnings()).isEmpty();
  }

  @Property(tries = 100)
  void exportsAreByteStable(@ForAll("catalogues") Catalogue catalogue) {
    assertThat(RSD.toJson(catalogue)).isEqualTo(RSD.toJson(catalogue));
  }

  @Property(tries = 200)
  void damagedDescriptorsEndInACatalogueOrTheDocumentedExceptionOnEveryPath(
      @ForAll("catalogues") Catalogue catalogue, @ForAll("seeds") long seed) {
    EveryPath.read(EveryPath.of(RSD), Damage.damage(RSD.toJson(catalogue), new Random(seed)));
  }

  @Property(tries = 200)
  void damagedDescriptorsOfOtherToolsEndInACatalogueOrTheDocumentedExceptionOnEveryPath(
      @ForAll("seeds") long seed) {
    EveryPath.read(EveryPath.of(RSD), Damage.damage(RsdTest.OTHERS, new Random(seed)));
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return CatalogueGenerator.catalogues();
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }
}
