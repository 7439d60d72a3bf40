package io.github.competency.interchange.internal;

import io.github.competency.core.internal.Texts;
import java.net.URI;
import java.util.Objects;

/** Checks the base URIs exports put identifiers under. */
public final class BaseUris {

  private BaseUris() {}

  /**
   * Returns a base URI ending with a slash, so that names can be appended to it.
   *
   * @param base an absolute, hierarchical URI of ASCII characters without query or fragment
   * @return the URI, with a slash appended if it had none at the end
   * @throws IllegalArgumentException if the URI is not such a URI
   */
  public static URI check(URI base) {
    Objects.requireNonNull(base, "base");
    String text = base.toString();
    if (!base.isAbsolute() || base.isOpaque() || base.getRawAuthority() == null) {
      throw new IllegalArgumentException(
          "base URI '"
              + Texts.abbreviate(text)
              + "' must be absolute"
              + " and hierarchical, such as 'https://example.org/case/'");
    }
    if (base.getRawQuery() != null || base.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "base URI '"
              + Texts.abbreviate(text)
              + "' must have no"
              + " query and no fragment: identifiers are appended to it");
    }
    if (!text.equals(base.toASCIIString())) {
      throw new IllegalArgumentException(
          "base URI '"
              + Texts.abbreviate(text)
              + "' must be written"
              + " in ASCII; percent-encode other characters, as in "
              + base.toASCIIString());
    }
    return text.endsWith("/") ? base : URI.create(text + "/");
  }
}
