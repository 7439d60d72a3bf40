package io.github.competency.interchange;

import io.github.competency.core.Catalogue;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.json.ReadLimits;
import io.github.competency.interchange.internal.CaseReader;
import io.github.competency.interchange.internal.CaseWriter;
import io.github.competency.interchange.internal.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Catalogues as 1EdTech CASE 1.1 packages (CFPackage JSON), out and back in; the mapping is
 * documented field by field in the {@linkplain io.github.competency.interchange package}.
 *
 * <p>Export ({@link #write}, {@link #toJson}) gives a package that is valid against the CASE 1.1
 * CFPackage JSON Schema. It is deterministic: identifiers are {@linkplain Identifiers
 * name-based}, every {@code uri} lies under the {@linkplain #baseUri() base URI}, every
 * {@code lastChangeDateTime} is the {@linkplain #timestamp() timestamp}, and the JSON is written
 * as {@link io.github.competency.core.json.CatalogueJson} writes catalogues (fields in a fixed
 * order, two-space indentation, {@code \n}, UTF-8, a final newline). The same catalogue always
 * gives the same bytes, and importing the package gives back an equal catalogue.
 *
 * <p>Import ({@link #read(InputStream)}, {@link #read(Path)}, {@link #fromJson}) reads CASE 1.1
 * packages and the CASE 1.0 packages OpenSALT serves. Items typed with this project's item
 * types map back exactly, also from a package a CASE tool stripped of its {@code extensions};
 * other frameworks map by their hierarchy. What cannot be mapped, and damage such as a cycle in
 * the hierarchy or a repeated identifier, is reported in the {@link ImportResult}'s warnings.
 * Any input ends in a result or in an {@link InvalidCatalogueException} whose problems name the
 * CASE path (such as {@code CFItems[12].identifier}) with its line and column, within the
 * {@linkplain #limits() read limits} and a heap of 64 MB plus 8 times the document's size: a
 * document whose records would take more is refused (the package documentation's Memory).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CaseJson {

  /** The base URI of exports unless another is given. */
  public static final String DEFAULT_BASE_URI = "https://competency.github.io/ims/case/v1p1/";

  private static final String WHAT = "CASE package";

  private static final CaseJson DEFAULTS = new CaseJson(Settings.of(DEFAULT_BASE_URI));

  private final Settings settings;

  private CaseJson(Settings settings) {
    this.settings = settings;
  }

  /**
   * Returns the exporter and importer with the default base URI ({@value #DEFAULT_BASE_URI}),
   * the timestamp {@code 1970-01-01T00:00:00Z} (the start of the epoch: unknown) and the default
   * {@link ReadLimits}.
   *
   * @return the shared instance
   */
  public static CaseJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that puts every {@code uri} of an export under another base URI, such as the
   * address of the CASE service that will serve the package. A slash is appended if the URI has
   * none at its end; a CFItem's {@code uri} is then the base, {@code CFItems/} and its identifier.
   *
   * @param baseUri an absolute, hierarchical URI in ASCII, without query or fragment
   * @return the changed copy
   * @throws IllegalArgumentException if the URI is not such a URI
   */
  public CaseJson withBaseUri(URI baseUri) {
    return new CaseJson(settings.withBaseUri(baseUri));
  }

  /**
   * Returns a copy that writes another time as every record's {@code lastChangeDateTime}, such
   * as when the catalogue last changed.
   *
   * @param timestamp the time
   * @return the changed copy
   */
  public CaseJson withTimestamp(Instant timestamp) {
    return new CaseJson(settings.withTimestamp(timestamp));
  }

  /**
   * Returns a copy that imports within other limits.
   *
   * @param limits the limits
   * @return the changed copy
   */
  public CaseJson withLimits(ReadLimits limits) {
    return new CaseJson(settings.withLimits(limits));
  }

  /**
   * Returns the base URI of exports.
   *
   * @return the URI, ending with a slash
   */
  public URI baseUri() {
    return settings.baseUri();
  }

  /**
   * Returns the time exports write as every record's {@code lastChangeDateTime}.
   *
   * @return the time
   */
  public Instant timestamp() {
    return settings.timestamp();
  }

  /**
   * Returns the limits of imports.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return settings.limits();
  }

  /**
   * Writes a catalogue as a CASE package, UTF-8 JSON, to a stream, which is flushed but not
   * closed.
   *
   * @param catalogue the catalogue
   * @param out where to write
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(Catalogue catalogue, OutputStream out) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(out, "out");
    CaseWriter.write(catalogue, settings, out);
  }

  /**
   * Writes a catalogue as a CASE package.
   *
   * @param catalogue the catalogue
   * @return the JSON text, ending with a newline
   */
  public String toJson(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return CaseWriter.toJson(catalogue, settings);
  }

  /**
   * Reads a CASE package from a stream of JSON, which is read to its end but not closed.
   *
   * @param json the package
   * @return the catalogue and what could not be mapped
   * @throws InvalidCatalogueException listing every problem, each with its CASE path, if the
   *     package cannot be read or is beyond the limits
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ImportResult read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return ImportResult.from(CaseReader.read(settings.documents().text(json, WHAT)));
  }

  /**
   * Reads a CASE package from a JSON file.
   *
   * @param file the file
   * @return the catalogue and what could not be mapped
   * @throws InvalidCatalogueException listing every problem, each with its CASE path, if the
   *     package cannot be read or is beyond the limits
   * @throws UncheckedIOException if the file cannot be read
   */
  public ImportResult read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + WHAT + " file " + file + ": " + e, e);
    }
  }

  /**
   * Reads a CASE package from JSON text.
   *
   * @param json the package
   * @return the catalogue and what could not be mapped
   * @throws InvalidCatalogueException listing every problem, each with its CASE path, if the
   *     package cannot be read or is beyond the limits
   */
  public ImportResult fromJson(String json) {
    Objects.requireNonNull(json, "json");
    return ImportResult.from(CaseReader.read(settings.documents().text(json)));
  }
}
