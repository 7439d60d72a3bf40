package io.github.competency.interchange.internal;

import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.internal.json.JsonDocuments;
import io.github.competency.core.internal.json.Limits;
import io.github.competency.core.json.ReadLimits;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What the CASE and RSD front doors are configured with: the base URI and timestamp of exports
 * and the read limits of imports, with the core's documents for those limits. Immutable and
 * thread-safe.
 *
 * @param baseUri the base URI, ending with a slash
 * @param timestamp the time exports write
 * @param limits the limits of imports
 * @param documents reading within the limits, and writing
 */
public record Settings(
    URI baseUri,
    Instant timestamp,
    ReadLimits limits,
    JsonDocuments<InvalidCatalogueException> documents) {

  /**
   * Returns settings with defaults for everything but the base URI.
   *
   * @param baseUri the base URI
   * @return the settings: the start of the epoch, the default limits
   */
  public static Settings of(String baseUri) {
    return new Settings(
        URI.create(baseUri),
        Instant.EPOCH,
        ReadLimits.defaults(),
        documents(ReadLimits.defaults()));
  }

  private static JsonDocuments<InvalidCatalogueException> documents(ReadLimits limits) {
    return new JsonDocuments<>(
        new Limits(
            limits.maxDocumentBytes(),
            limits.maxDepth(),
            limits.maxStringLength(),
            limits.maxProblems()),
        InvalidCatalogueException::new);
  }

  /**
   * Returns a copy with another base URI.
   *
   * @param uri the URI, checked by {@link BaseUris#check}
   * @return the copy
   */
  public Settings withBaseUri(URI uri) {
    return new Settings(BaseUris.check(uri), timestamp, limits, documents);
  }

  /**
   * Returns a copy with another timestamp.
   *
   * @param time the time
   * @return the copy
   */
  public Settings withTimestamp(Instant time) {
    return new Settings(baseUri, Objects.requireNonNull(time, "timestamp"), limits, documents);
  }

  /**
   * Returns a copy with other limits.
   *
   * @param limits the limits
   * @return the copy
   */
  public Settings withLimits(ReadLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return new Settings(baseUri, timestamp, limits, documents(limits));
  }
}
