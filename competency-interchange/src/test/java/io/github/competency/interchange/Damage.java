package io.github.competency.interchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random damage to a JSON document, for the hostile-input properties: truncation, byte flips,
 * deleted or repeated parts, foreign fragments (among them ones that look like CASE and RSD
 * fields with values of the wrong type), byte-order marks, swapped value types and deep nesting.
 */
final class Damage {

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
    ",",
    ":",
    "\\u0000",
    "99999999999999999999",
    "\u00ff\u00fe",
    "\"identifier\": 7,",
    "\"identifier\": \"\",",
    "\"CFItems\": {},",
    "\"associationType\": \"exemplar\",",
    "\"sequenceNumber\": \"x\",",
    "\"listEnumeration\": \"-3\",",
    "\"humanCodingScheme\": \"A B\",",
    "\"extensions\": {\"competency\": {\"proficiency\": 4}},",
    "\"score\": 1.5,",
    "\"skillName\": \"\",",
    "\"keywords\": [1],",
    "\"competency\": {\"id\": \"Not A Slug\"},",
    "\"alignments\": [\"x\"],",
    "\"CFItemTypeURI\": {\"identifier\": null},"
  };

  private static final byte[][] PREFIXES = {
    {0, 0, (byte) 0xFE, (byte) 0xFF},
    {(byte) 0xFF, (byte) 0xFE, 0, 0},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xFE, (byte) 0xFF},
    {(byte) 0xFF, (byte) 0xFE},
    {0, 0, 0},
    {0}
  };

  private Damage() {}

  static byte[] damage(String json, Random random) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      bytes = once(bytes, random);
    }
    return bytes;
  }

  private static byte[] once(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return FOREIGN[random.nextInt(FOREIGN.length)].getBytes(StandardCharsets.UTF_8);
    }
    int at = random.nextInt(bytes.length);
    int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (random.nextInt(8)) {
      case 0 -> out.write(bytes, 0, at); // truncate
      case 1 -> { // flip a bit
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
      case 5 -> { // a byte-order mark or zeros in front, which steer encoding detection
        out.writeBytes(PREFIXES[random.nextInt(PREFIXES.length)]);
        out.write(bytes, 0, bytes.length);
      }
      case 6 -> { // nest a value deeply
        int depth = 10 + random.nextInt(200);
        out.write(bytes, 0, at);
        out.writeBytes("[".repeat(depth).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(
            "]".repeat(random.nextBoolean() ? depth : depth / 2).getBytes(StandardCharsets.UTF_8));
        out.write(bytes, at, bytes.length - at);
      }
      default -> { // swap a value for one of another type
        return swap(new String(bytes, StandardCharsets.UTF_8), random)
            .getBytes(StandardCharsets.UTF_8);
      }
    }
    return out.toByteArray();
  }

  /** A string value swapped for a number, an object, an array, null or true, or the reverse. */
  private static String swap(String text, Random random) {
    if (random.nextBoolean()) {
      return text.replaceFirst(": (\\d+)", ": \"$1\"");
    }
    String[] replacements = {": 12", ": {}", ": []", ": null", ": true"};
    Matcher strings = Pattern.compile(": \"[^\"]*\"").matcher(text);
    for (int k = 0, skip = random.nextInt(20); k <= skip && strings.find(); k++) {
      if (k == skip || random.nextInt(4) == 0) {
        return text.substring(0, strings.start())
            + replacements[random.nextInt(replacements.length)]
            + text.substring(strings.end());
      }
    }
    return text;
  }
}
