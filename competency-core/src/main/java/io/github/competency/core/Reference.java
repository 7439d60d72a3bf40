package io.github.competency.core;

import io.github.competency.core.internal.Slugs;
import io.github.competency.core.internal.Texts;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A pointer from an item of a catalogue to the same idea in an external framework, such as an
 * SFIA 9 skill code at one of SFIA's levels ({@code sfia-9 PROG 5}), an ESCO occupation URI or an O*NET-SOC
 * code ({@code onet-soc 15-1252.00}). It carries codes and addresses only, never the external
 * framework's descriptions.
 *
 * <p>The scheme is a lowercase slug naming the framework and its edition; the code is the
 * framework's own spelling. Instances are immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables annotations are needed only to compile
@Value.Immutable
public abstract class Reference {

  /** Scheme of SFIA 9 skill codes, such as {@code PROG} or {@code DBDS}. */
  public static final String SFIA_9 = "sfia-9";

  /** Scheme of ESCO occupation and skill URIs. */
  public static final String ESCO = "esco";

  /** Scheme of ISCO-08 occupation group codes, such as {@code 2512}. */
  public static final String ISCO_08 = "isco-08";

  /** Scheme of O*NET-SOC occupation codes, such as {@code 15-1252.00}. */
  public static final String ONET_SOC = "onet-soc";

  Reference() {}

  /**
   * Returns the framework the code belongs to.
   *
   * @return a lowercase slug such as {@value #SFIA_9}
   */
  public abstract String scheme();

  /**
   * Returns the framework's code for the item.
   *
   * @return the code, never blank
   */
  public abstract String code();

  /**
   * Returns the position on the external framework's own ordered scale that the reference
   * points at, for frameworks that have one, such as SFIA's levels of responsibility 1 to 7.
   *
   * @return the rank, at least 1, if the reference names one
   */
  public abstract OptionalInt rank();

  /**
   * Returns the address of the referenced item.
   *
   * @return the address, if it has one
   */
  public abstract Optional<URI> uri();

  /**
   * Obtains a reference by scheme and code.
   *
   * @param scheme the framework, for example {@value #ONET_SOC}
   * @param code the framework's code, for example {@code "15-1252.00"}
   * @return the reference
   * @throws IllegalArgumentException if the scheme is not a slug or the code is blank
   */
  public static Reference of(String scheme, String code) {
    return builder().scheme(checkScheme(scheme)).code(checkCode(code)).build();
  }

  /**
   * Obtains a reference by scheme, code and rank on the framework's scale.
   *
   * @param scheme the framework, for example {@value #SFIA_9}
   * @param code the framework's code, for example {@code "PROG"}
   * @param rank the position on the framework's scale, such as SFIA level 5; at least 1
   * @return the reference
   * @throws IllegalArgumentException if the scheme is not a slug, the code is blank or the rank
   *     is below 1
   */
  public static Reference of(String scheme, String code, int rank) {
    if (rank < 1) {
      throw new IllegalArgumentException("rank " + rank + " must be at least 1");
    }
    return builder().scheme(checkScheme(scheme)).code(checkCode(code)).rank(rank).build();
  }

  private static String checkScheme(String scheme) {
    Objects.requireNonNull(scheme, "scheme");
    Slugs.problem(scheme)
        .ifPresent(
            reason -> {
              throw new IllegalArgumentException(
                  "'"
                      + Texts.abbreviate(scheme)
                      + "' is not a valid scheme: "
                      + reason.replace("ids are", "schemes are"));
            });
    return scheme;
  }

  private static String checkCode(String code) {
    Objects.requireNonNull(code, "code");
    if (Texts.isBlank(code)) {
      throw new IllegalArgumentException("the code must not be blank");
    }
    return code;
  }

  /**
   * Returns a copy with another scheme.
   *
   * @param scheme the new scheme
   * @return the changed copy
   */
  public final Reference withScheme(String scheme) {
    Objects.requireNonNull(scheme, "scheme");
    return builder().from(this).scheme(scheme).build();
  }

  /**
   * Returns a copy with another code.
   *
   * @param code the new code
   * @return the changed copy
   */
  public final Reference withCode(String code) {
    Objects.requireNonNull(code, "code");
    return builder().from(this).code(code).build();
  }

  /**
   * Returns a copy with another rank.
   *
   * @param rank the new rank
   * @return the changed copy
   */
  public final Reference withRank(int rank) {
    return builder().from(this).rank(rank).build();
  }

  /**
   * Returns a copy with another uri.
   *
   * @param uri the new uri
   * @return the changed copy
   */
  public final Reference withUri(URI uri) {
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

  /** Builds a {@link Reference}; not thread-safe. */
  public static final class Builder extends ImmutableReference.Builder {
    Builder() {}
  }
}
