package io.github.competency.core.assess;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What backs a {@link Rating}: a short text, such as "led the move to the new queue", and
 * optionally where to see more, such as a design document or a test result.
 *
 * <p>The text must not be blank and has at most {@value #MAX_TEXT_LENGTH} characters; a profile
 * with other evidence is reported by {@link Assessor#check(Profile)}. Instances are immutable and
 * thread-safe; {@code with...} methods return changed copies.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Evidence {

  /** The longest evidence text, in UTF-16 code units. */
  public static final int MAX_TEXT_LENGTH = 500;

  Evidence() {}

  /**
   * Returns what was observed.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns where to see more.
   *
   * @return the address, if given
   */
  public abstract Optional<URI> uri();

  /**
   * Obtains evidence without an address.
   *
   * @param text what was observed
   * @return the evidence
   */
  public static Evidence of(String text) {
    return builder().text(text).build();
  }

  /**
   * Obtains evidence with an address.
   *
   * @param text what was observed
   * @param uri where to see more
   * @return the evidence
   */
  public static Evidence of(String text, URI uri) {
    return builder().text(text).uri(uri).build();
  }

  /**
   * Returns a copy with another text.
   *
   * @param text what was observed
   * @return the changed copy
   */
  public final Evidence withText(String text) {
    Objects.requireNonNull(text, "text");
    return builder().from(this).text(text).build();
  }

  /**
   * Returns a copy with another address.
   *
   * @param uri where to see more
   * @return the changed copy
   */
  public final Evidence withUri(URI uri) {
    Objects.requireNonNull(uri, "uri");
    return builder().from(this).uri(uri).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evidence}; not thread-safe. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
