package io.github.competency.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Lines are counted eight bytes at a time, and a bad byte is reported at its line. */
class TextInputProperties {

  @Property(tries = 300)
  void lineFeedsAreCountedExactly(@ForAll long seed) {
    Random random = new Random(seed);
    byte[] bytes = new byte[random.nextInt(200)];
    for (int i = 0; i < bytes.length; i++) {
      int pick = random.nextInt(4);
      bytes[i] =
          (byte) (pick == 0 ? '\n' : pick == 1 ? 0x8A : pick == 2 ? 0x0B : random.nextInt(256));
    }
    int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    int to = from + (bytes.length == from ? 0 : random.nextInt(bytes.length - from + 1));
    int expected = 0;
    for (int i = from; i < to; i++) {
      expected += bytes[i] == '\n' ? 1 : 0;
    }
    assertThat(TextInput.newlines(bytes, from, to)).isEqualTo(expected);
  }

  @Property(tries = 50)
  void aBadByteIsReportedAtItsLine(@ForAll long seed) throws IOException {
    Random random = new Random(seed);
    int lines = 1 + random.nextInt(20_000);
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < lines; i++) {
      text.append("row ").append(i).append(",\u00e9t\u00e9\n");
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 3];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = 'x';
    bad[good.length + 1] = (byte) 0xE9; // windows-1252's é, not UTF-8
    bad[good.length + 2] = '\n';
    SheetFailure failure =
        catchThrowableOfType(
            SheetFailure.class,
            () -> {
              try (Reader in =
                  TextInput.open(new ByteArrayInputStream(bad), StandardCharsets.UTF_8)) {
                char[] buffer = new char[1 + random.nextInt(10_000)];
                while (in.read(buffer, 0, buffer.length) >= 0) {
                  // read on
                }
              }
            });
    assertThat(failure).isNotNull();
    assertThat(failure.problem().line()).hasValue(lines);
    assertThat(failure.problem().column()).hasValue(2);
  }
}
