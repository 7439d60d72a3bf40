package io.github.competency.core.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

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
    "\"level\": {}",
    // hostile texts and values
    "\"\\u001b]0;title\\u0007\\u202e\\n\"",
    "\"\u001b[2J\u009b\u202e\u2066\"",
    "\"\\udfff\\ud800\\u0000\"",
    "\ufeff",
    "NaN",
    "-Infinity",
    "1.7976931348623157e309",
    "-0.0e-99999",
    "\"rank\": 0,",
    "\"atLeast\": -1,",
    "\"weight\": 1e400,",
    "\"\": \"\",",
    "\"id\": \"\",",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{}}}}}}}}}"
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

  /**
   * Documents at and beyond the read limits, each opening with the format's {@code format}
   * field so that the reader goes on past it: 2,000,000 numbers in one array, nesting 100,000
   * deep, a string of 2,000,000 characters, a document of 17 MiB, 200,000 unknown fields, and a
   * string of 1,000,000 escaped control characters. Each is made when it is asked for, so that
   * only one at a time takes memory.
   */
  static Map<String, Supplier<InputStream>> atTheLimits(String format) {
    String head = "{\"format\": \"" + format + "\", ";
    Map<String, Supplier<InputStream>> documents = new LinkedHashMap<>();
    documents.put(
        "2,000,000 numbers",
        () -> {
          StringBuilder numbers = new StringBuilder(head).append("\"x\": [0");
          for (int i = 1; i < 2_000_000; i++) {
            numbers.append(',').append(i % 10);
          }
          return stream(numbers.append("]}"));
        });
    documents.put(
        "nesting 100,000 deep",
        () -> stream(head + "\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"));
    documents.put(
        "a string of 2,000,000 characters",
        () -> stream(head + "\"name\": \"" + "x".repeat(2_000_000) + "\"}"));
    documents.put(
        "17 MiB",
        () -> {
          byte[] start = utf8(head + "\"x\": 1");
          long size = 17L * 1024 * 1024;
          return new InputStream() { // made as it is read: the document is the reader's alone
            private long at;

            @Override
            public int read() {
              if (at >= size) {
                return -1;
              }
              long i = at++;
              return i < start.length ? start[(int) i] : i == size - 1 ? '}' : ' ';
            }
          };
        });
    documents.put(
        "200,000 unknown fields",
        () -> {
          StringBuilder fields = new StringBuilder(head);
          for (int i = 0; i < 200_000; i++) {
            fields.append("\"f").append(i).append("\": ").append(i).append(", ");
          }
          return stream(fields.append("\"z\": 0}"));
        });
    documents.put(
        "1,000,000 escaped controls",
        () -> stream(head + "\"title\": \"" + "\\u001b".repeat(1_000_000) + "\"}"));
    return documents;
  }

  private static InputStream stream(CharSequence text) {
    return new ByteArrayInputStream(utf8(text));
  }

  private static byte[] utf8(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

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
    switch (random.nextInt(8)) {
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
      case 7 -> { // repeat a part many times, as a hostile document grows one
        out.write(bytes, 0, at + length);
        for (int i = 0, n = 1 + random.nextInt(2000); i < n; i++) {
          out.write(bytes, at, length);
        }
        out.write(bytes, at + length, bytes.length - at - length);
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
