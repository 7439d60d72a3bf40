package io.github.competency.core.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Random damage to a JSON document: truncation, byte flips, deleted, repeated or foreign parts. */
final class Mutations {

  private static final String[] FOREIGN = {
    "null",
    "[]",
    "{}",
    "\"x\"",
    "1e999",
    "-",
    "\"\\ud800\"",
    "true",
    "0.5",
    "[[[[",
    "}}}",
    "\"format\": \"competency-catalogue/1\",",
    ",",
    ":",
    "\"id\": 7,",
    "\u00ff\u00fe",
    "\\u0000",
    "99999999999999999999",
    "\"rank\": -1,",
    "\"progressesTo\": [\"",
    "\"level\": {}"
  };

  private static final byte[][] PREFIXES = {
    {0, 0, (byte) 0xFE, (byte) 0xFF},
    {(byte) 0xFF, (byte) 0xFE, 0, 0},
    {0, 0, (byte) 0xFF, (byte) 0xFE},
    {(byte) 0xFE, (byte) 0xFF, 0, 0},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xFE, (byte) 0xFF},
    {(byte) 0xFF, (byte) 0xFE},
    {0, 0, 0},
    {0}
  };

  private Mutations() {}

  static byte[] mutate(String json, Random random) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      bytes = mutateOnce(bytes, random);
    }
    return bytes;
  }

  private static byte[] mutateOnce(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return FOREIGN[random.nextInt(FOREIGN.length)].getBytes(StandardCharsets.UTF_8);
    }
    int at = random.nextInt(bytes.length);
    int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (random.nextInt(7)) {
      case 0 -> out.write(bytes, 0, at); // truncate
      case 1 -> { // flip a byte
        byte[] copy = bytes.clone();
        copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
        return copy;
      }
      case 2 -> { // delete a part
        out.write(bytes, 0, at);
        out.write(bytes, at + length, bytes.length - at - length);
      }
      case 3 -> { // repeat a part
        out.write(bytes, 0, at + length);
        out.write(bytes, at, bytes.length - at);
      }
      case 4 -> { // insert something foreign
        out.write(bytes, 0, at);
        out.writeBytes(FOREIGN[random.nextInt(FOREIGN.length)].getBytes(StandardCharsets.UTF_8));
        out.write(bytes, at, bytes.length - at);
      }
      case 5 -> { // put a byte-order mark or zeros in front, which steer encoding detection
        out.writeBytes(PREFIXES[random.nextInt(PREFIXES.length)]);
        out.write(bytes, 0, bytes.length);
      }
      default -> { // swap a string value for a number or the other way round
        String text = new String(bytes, StandardCharsets.UTF_8);
        String swapped =
            random.nextBoolean()
                ? text.replaceFirst(": \"[^\"]*\"", ": 12")
                : text.replaceFirst(": (\\d+)", ": \"$1\"");
        return swapped.getBytes(StandardCharsets.UTF_8);
      }
    }
    return out.toByteArray();
  }
}
