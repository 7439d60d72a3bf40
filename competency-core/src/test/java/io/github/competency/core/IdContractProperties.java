package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract every id type keeps, checked once over all of them (as threetenbp's abstract
 * tests check every date-time type): a valid slug makes an id that prints, compares and
 * equals by its text; anything else is refused naming the kind of id (profile ids, which
 * accept more, have {@link ProfileIdProperties}); ids of different types are never equal.
 */
class IdContractProperties {

  /** Every id type, by the kind its messages name. */
  record IdType(String kind, Function<String, Object> of) {
    @Override
    public String toString() {
      return kind;
    }
  }

  /** The id types spelled as slugs: every one but {@link ProfileId}, which has its own rule. */
  static final List<IdType> SLUG_TYPES =
      List.of(
          new IdType("catalogue", CatalogueId::of),
          new IdType("skill", SkillId::of),
          new IdType("role", RoleId::of),
          new IdType("level", LevelId::of),
          new IdType("proficiency", ProficiencyId::of),
          new IdType("category", CategoryId::of),
          new IdType("responsibility", ResponsibilityId::of),
          new IdType("family", FamilyId::of),
          new IdType("group", GroupId::of));

  /** Every id type; a slug is also a valid profile id. */
  static final List<IdType> TYPES =
      java.util.stream.Stream.concat(
              SLUG_TYPES.stream(), java.util.stream.Stream.of(new IdType("profile", ProfileId::of)))
          .toList();

  @Property(tries = 300)
  void aSlugMakesAnIdThatIsItsText(
      @ForAll("types") IdType type, @ForAll("slugs") String slug, @ForAll("slugs") String other) {
    Object id = type.of().apply(slug);
    assertThat(id)
        .hasToString(slug)
        .isEqualTo(type.of().apply(slug))
        .hasSameHashCodeAs(type.of().apply(slug));
    assertThat(((AbstractId<?>) id).value()).isEqualTo(slug);
    assertThat(((AbstractId<?>) id).kind()).isEqualTo(type.kind());
    @SuppressWarnings({"unchecked", "rawtypes"})
    int comparison = ((Comparable) id).compareTo(type.of().apply(other));
    assertThat(Integer.signum(comparison)).isEqualTo(Integer.signum(slug.compareTo(other)));
    assertThat(id.equals(type.of().apply(other))).isEqualTo(slug.equals(other));
  }

  @Property(tries = 100)
  void idsOfDifferentTypesAreNeverEqual(
      @ForAll("types") IdType a, @ForAll("types") IdType b, @ForAll("slugs") String slug) {
    assertThat(a.of().apply(slug).equals(b.of().apply(slug))).isEqualTo(a.equals(b));
  }

  @Property(tries = 300)
  void anythingButASlugIsRefusedNamingTheKind(
      @ForAll("slugTypes") IdType type, @ForAll("notSlugs") String text) {
    assertThatThrownBy(() -> type.of().apply(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a valid " + type.kind() + " id: ");
  }

  @Example
  void eachWayOfBeingWrongHasItsOwnReason() {
    assertThatThrownBy(() -> SkillId.of("Java"))
        .hasMessageStartingWith("'Java' is not a valid skill id: character 'J' at position 1");
    assertThatThrownBy(() -> RoleId.of("a--b")).hasMessageContaining("misplaced hyphen");
    assertThatThrownBy(() -> LevelId.of("")).hasMessageContaining("it is empty");
    assertThatThrownBy(() -> FamilyId.of("x".repeat(65))).hasMessageContaining("65 characters");
    assertThatThrownBy(() -> CategoryId.of("tail-")).hasMessageContaining("ends with a hyphen");
    assertThatThrownBy(() -> ProficiencyId.of("new\nline")).hasMessageContaining("U+000A");
    assertThat(SkillId.of("x".repeat(64)).value()).hasSize(64);
  }

  @Example
  void nullIsRefusedNamingTheKindOfId() {
    for (IdType type : TYPES) {
      assertThatThrownBy(() -> type.of().apply(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage(type.kind() + " id must not be null");
    }
  }

  @Provide
  Arbitrary<IdType> types() {
    return Arbitraries.of(TYPES);
  }

  @Provide
  Arbitrary<IdType> slugTypes() {
    return Arbitraries.of(SLUG_TYPES);
  }

  @Provide
  Arbitrary<String> slugs() {
    Arbitrary<String> group =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyz0123456789")
            .ofMinLength(1)
            .ofMaxLength(10);
    return group
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .map(groups -> String.join("-", groups))
        .filter(slug -> slug.length() <= 64);
  }

  @Provide
  Arbitrary<String> notSlugs() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .ofMaxLength(70)
            .filter(s -> !s.matches("[a-z0-9]+(-[a-z0-9]+)*") || s.length() > 64),
        slugs().map(s -> "-" + s),
        slugs().map(s -> s + "-"),
        slugs().map(s -> s + "--a"),
        slugs().map(s -> s.toUpperCase(Locale.ROOT) + "X"),
        Arbitraries.just("a".repeat(65)));
  }
}
