package io.github.competency.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.CompetencyException;
import io.github.competency.core.Problem;
import io.github.competency.core.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The terminal sanitiser: what it escapes, how, and what it leaves as it is. */
class TerminalTest {

  @Test
  void controlsBidiOverridesAndLineBreaksAreSpelledOut() {
    assertThat(Terminal.escape("a\u001B[2Jb")).isEqualTo("a\\u001B[2Jb");
    assertThat(Terminal.escape("\u009B31m")).isEqualTo("\\u009B31m");
    assertThat(Terminal.escape("x\ny\rz\tw")).isEqualTo("x\\ny\\rz\\tw");
    assertThat(Terminal.escape("\u202Eabc\u202C \u2066i\u2069"))
        .isEqualTo("\\u202Eabc\\u202C \\u2066i\\u2069");
    assertThat(Terminal.escape("\u2028\u2029\u0085\u007F\u0000"))
        .isEqualTo("\\u2028\\u2029\\u0085\\u007F\\u0000");
  }

  @Test
  void printableTextOfAnyScriptStaysAsItIs() {
    String text = "Grundkenntnisse — Größe, 日本語, עברית\u200F, العربية\u061C, emoji \uD83D\uDE00";
    assertThat(Terminal.escape(text)).isSameAs(text);
  }

  @Property(tries = 300)
  void whatIsEscapedHoldsNothingUnsafeAndLosesNothing(@ForAll String text) {
    String escaped = Terminal.escape(text);
    assertThat(escaped.chars().noneMatch(c -> Terminal.unsafe((char) c))).isTrue();
    assertThat(escaped.replaceAll("\\\\(u[0-9A-F]{4}|[nrt])", "")).doesNotContain("\n");
    assertThat(Terminal.escape(escaped)).as("escaping is idempotent").isEqualTo(escaped);
  }

  @Test
  void theFilterKeepsLineEndsAndEscapesTheRest() {
    assertThat(filtered("one\ntwo\r\nthree\n")).isEqualTo("one\ntwo\r\nthree\n");
    assertThat(filtered("a\rb\n")).isEqualTo("a\\rb\n");
    assertThat(filtered("\u001B]0;t\u0007 \u202E\n")).isEqualTo("\\u001B]0;t\\u0007 \\u202E\n");
    assertThat(filtered("end\r")).as("a return left at the end").isEqualTo("end\\r");
  }

  @Test
  void aLineEndSplitAcrossWritesIsStillALineEnd() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter out = Terminal.writer(bytes);
    out.print("a\r");
    out.print("\nb");
    out.write('\r');
    out.write('c');
    out.write("\u009Bd".toCharArray());
    out.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a\r\nb\\rc\\u009Bd");
  }

  @Test
  void aFailureIsItsHeadingAndEachProblemOnALineOfItsOwn() {
    ValidationException invalid =
        new ValidationException(
            "profile",
            List.of(Problem.of("name\nFORGED", "bad \u001B[2J", 3, 4), Problem.of("$", "second")));
    StringWriter text = new StringWriter();
    Terminal.report(
        new CompetencyException("x\n.json: " + invalid.getMessage(), invalid),
        new PrintWriter(text, true));
    assertThat(text.toString().lines())
        .containsExactly(
            "competency: x\\n.json: invalid profile: 2 problems",
            "  name\\nFORGED: bad \\u001B[2J (line 3, column 4)",
            "  $: second");
    StringWriter plain = new StringWriter();
    Terminal.report(new CompetencyException("a\rb"), new PrintWriter(plain, true));
    assertThat(plain.toString()).isEqualTo("competency: a\\rb" + System.lineSeparator());
  }

  private static String filtered(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter out = Terminal.writer(bytes);
    out.print(text);
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
