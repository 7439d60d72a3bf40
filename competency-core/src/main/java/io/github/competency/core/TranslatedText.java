package io.github.competency.core;

import io.github.competency.core.internal.NoBuilderStyle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A text in another language with the fingerprint of the source text it translates, so that a
 * changed source text marks the translation stale.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@NoBuilderStyle
@Value.Immutable
public abstract class TranslatedText {

  TranslatedText() {}

  /**
   * Returns the translation.
   *
   * @return the text in the translation's language
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Returns the fingerprint of the source text that was translated.
   *
   * @return sixteen lowercase hex digits, see {@link #fingerprint(String)}
   */
  @Value.Parameter
  public abstract String sourceHash();

  /**
   * Obtains a translated text.
   *
   * @param text the translation
   * @param sourceHash the fingerprint of the source text it translates
   * @return the translated text
   */
  public static TranslatedText of(String text, String sourceHash) {
    return ImmutableTranslatedText.of(
        Objects.requireNonNull(text, "text"), Objects.requireNonNull(sourceHash, "sourceHash"));
  }

  /**
   * Obtains the translation of a source text, with that text's fingerprint.
   *
   * @param text the translation
   * @param source the source text it translates
   * @return the translated text
   */
  public static TranslatedText translating(String text, String source) {
    return of(text, fingerprint(Objects.requireNonNull(source, "source")));
  }

  /**
   * Tells whether this translates the given source text, or an earlier version of it.
   *
   * @param source the source text as the catalogue has it now
   * @return true if the fingerprints differ: the source changed after translation
   */
  public final boolean isStaleFor(String source) {
    return !sourceHash().equals(fingerprint(source));
  }

  /**
   * Returns the fingerprint of a text: the first sixteen lowercase hex digits of the SHA-256 of
   * its UTF-8 bytes, exactly as given.
   *
   * @param text the text
   * @return the fingerprint
   */
  public static String fingerprint(String text) {
    Objects.requireNonNull(text, "text");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
