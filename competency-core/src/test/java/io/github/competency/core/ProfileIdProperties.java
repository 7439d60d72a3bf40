package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Profile ids take what HR systems use, case kept, and exactly what {@link ProfileId} says: 1 to
 * 128 characters of ASCII letters, digits, '-', '_', '.' and '@', starting and ending with a
 * letter or a digit.
 */
class ProfileIdProperties {

  /** The documented rule as a regular expression, written independently of the code. */
  private static final String RULE = "[A-Za-z0-9]([A-Za-z0-9._@-]{0,126}[A-Za-z0-9])?";

  @Example
  void employeeNumbersUserNamesAndSlugsAreProfileIds() {
    for (String id :
        new String[] {
          "E10442", "e10442", "10442", "emp_00123", "jane.doe@example.com", "ada-lovelace", "A", "7"
        }) {
      assertThat(ProfileId.of(id).value()).isEqualTo(id);
      assertThat(ProfileId.of(id)).hasToString(id);
    }
    assertThat(ProfileId.of("x".repeat(128)).value()).hasSize(128);
  }

  @Example
  void caseIsKeptAndCounts() {
    assertThat(ProfileId.of("E10442")).isNotEqualTo(ProfileId.of("e10442"));
    assertThat(ProfileId.of("E10442").compareTo(ProfileId.of("e10442"))).isNegative();
    assertThat(ProfileId.of("E10442")).isEqualTo(ProfileId.of("E10442"));
  }

  @Example
  void eachWayOfBeingWrongHasItsOwnReason() {
    assertThatThrownBy(() -> ProfileId.of(""))
        .hasMessage("'' is not a valid profile id: it is empty; " + ruleText());
    assertThatThrownBy(() -> ProfileId.of("E 10442"))
        .hasMessageStartingWith(
            "'E 10442' is not a valid profile id: character 'U+0020' at position 2 is not allowed");
    assertThatThrownBy(() -> ProfileId.of("-E10442")).hasMessageContaining("it starts with '-'");
    assertThatThrownBy(() -> ProfileId.of("E10442.")).hasMessageContaining("it ends with '.'");
    assertThatThrownBy(() -> ProfileId.of("Jürgen"))
        .hasMessageContaining("character 'ü' at position 2");
    assertThatThrownBy(() -> ProfileId.of("a/b")).hasMessageContaining("character '/'");
    assertThatThrownBy(() -> ProfileId.of("x".repeat(129)))
        .hasMessageContaining("it has 129 characters");
    assertThatThrownBy(() -> ProfileId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("profile id must not be null");
  }

  @Property(tries = 1000)
  void exactlyTheTextsTheRuleAllowsAreAccepted(@ForAll("candidates") String text) {
    if (text.matches(RULE)) {
      assertThat(ProfileId.of(text).value()).isEqualTo(text);
    } else {
      assertThatThrownBy(() -> ProfileId.of(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("'")
          .hasMessageContaining("is not a valid profile id: ")
          .hasMessageEndingWith(ruleText());
    }
  }

  @Property(tries = 300)
  void idsCompareAndEqualByTheirText(@ForAll("valid") String a, @ForAll("valid") String b) {
    assertThat(Integer.signum(ProfileId.of(a).compareTo(ProfileId.of(b))))
        .isEqualTo(Integer.signum(a.compareTo(b)));
    assertThat(ProfileId.of(a).equals(ProfileId.of(b))).isEqualTo(a.equals(b));
  }

  private static String ruleText() {
    return io.github.competency.core.internal.ProfileIds.RULE;
  }

  @Provide
  Arbitrary<String> valid() {
    return candidates().filter(s -> s.matches(RULE));
  }

  @Provide
  Arbitrary<String> candidates() {
    Arbitrary<String> near =
        Arbitraries.strings()
            .withChars("AZaz09-_.@ /:+")
            .withCharRange('a', 'c')
            .withCharRange('X', 'Z')
            .ofMinLength(0)
            .ofMaxLength(12);
    return Arbitraries.oneOf(
        near,
        Arbitraries.strings().ofMaxLength(20),
        Arbitraries.strings().withCharRange('a', 'z').ofLength(128),
        Arbitraries.strings().withCharRange('A', 'Z').ofLength(129));
  }
}
