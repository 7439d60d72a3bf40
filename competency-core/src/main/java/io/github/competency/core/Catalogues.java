package io.github.competency.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The front door to the catalogues on the class path or module path: lists them and gets one
 * by id. Catalogues come from {@link CatalogueProvider}s found with {@link ServiceLoader}; add a
 * catalogue artifact (such as {@code competency-senior-backend}) to the application to make its
 * catalogue available.
 *
 * <p>The providers are found once, on first use, and each provider is asked for its catalogue
 * (and its translations) at most once, when first asked for; providers need not cache. Two providers
 * offering the same id are refused, naming both, rather than letting one silently win. This
 * class is thread-safe.
 */
public final class Catalogues {

  private Catalogues() {}

  /**
   * Lists the ids of the catalogues available.
   *
   * @return the ids, in the order the providers were found
   * @throws CompetencyException if two providers offer the same catalogue id
   */
  public static List<CatalogueId> available() {
    return List.copyOf(Loaded.providers().keySet());
  }

  /**
   * Finds a catalogue by id.
   *
   * @param id the catalogue's id
   * @return the catalogue, or empty if no provider offers it
   * @throws CompetencyException if two providers offer the same catalogue id
   */
  public static Optional<Catalogue> find(CatalogueId id) {
    Objects.requireNonNull(id, "id");
    CatalogueProvider provider = Loaded.providers().get(id);
    return provider == null
        ? Optional.empty()
        : Optional.of(Loaded.CATALOGUES.computeIfAbsent(id, key -> provider.catalogue()));
  }

  /**
   * Returns a catalogue by id.
   *
   * @param id the catalogue's id
   * @return the catalogue
   * @throws UnknownIdException naming the available catalogues if no provider offers it
   * @throws CompetencyException if two providers offer the same catalogue id
   */
  public static Catalogue get(CatalogueId id) {
    Objects.requireNonNull(id, "id");
    return find(id)
        .orElseThrow(
            () ->
                new UnknownIdException(
                    "no catalogue '"
                        + id
                        + "' is available; available: "
                        + (available().isEmpty()
                            ? "none (add a catalogue "
                                + "artifact such as competency-senior-backend)"
                            : available().stream()
                                .map(CatalogueId::value)
                                .collect(Collectors.joining(", ")))));
  }

  /**
   * Returns a catalogue with the translations its provider ships, to read it in another
   * language.
   *
   * @param id the catalogue's id
   * @return the catalogue and its translations
   * @throws UnknownIdException naming the available catalogues if no provider offers it
   * @throws ValidationException if a shipped translation does not fit its catalogue
   */
  public static Translations translations(CatalogueId id) {
    Catalogue catalogue = get(id);
    return Loaded.TRANSLATIONS.computeIfAbsent(
        id, key -> Translations.of(catalogue, Loaded.providers().get(key).translations()));
  }

  /**
   * Indexes providers by the id they offer.
   *
   * @throws CompetencyException naming both providers if two offer the same id
   */
  static Map<CatalogueId, CatalogueProvider> index(Iterable<CatalogueProvider> providers) {
    Map<CatalogueId, CatalogueProvider> byId = new LinkedHashMap<>();
    for (CatalogueProvider provider : providers) {
      CatalogueId id =
          Objects.requireNonNull(provider.id(), () -> provider.getClass().getName() + ".id()");
      CatalogueProvider first = byId.putIfAbsent(id, provider);
      if (first != null) {
        throw new CompetencyException(
            "two providers offer the catalogue '"
                + id
                + "': "
                + first.getClass().getName()
                + " and "
                + provider.getClass().getName()
                + "; keep one of them on the class path or module path");
      }
    }
    return Collections.unmodifiableMap(byId);
  }

  /** The providers, found once; the JVM makes this lazy and thread-safe. */
  private static final class Loaded {
    private static final Map<CatalogueId, CatalogueProvider> PROVIDERS;
    private static final CompetencyException REFUSED;
    static final Map<CatalogueId, Catalogue> CATALOGUES = new ConcurrentHashMap<>();
    static final Map<CatalogueId, Translations> TRANSLATIONS = new ConcurrentHashMap<>();

    static {
      Map<CatalogueId, CatalogueProvider> providers = Map.of();
      CompetencyException refused = null;
      try {
        providers = index(ServiceLoader.load(CatalogueProvider.class));
      } catch (CompetencyException e) {
        refused = e;
      }
      PROVIDERS = providers;
      REFUSED = refused;
    }

    static Map<CatalogueId, CatalogueProvider> providers() {
      if (REFUSED != null) {
        throw new CompetencyException(REFUSED.getMessage(), REFUSED);
      }
      return PROVIDERS;
    }
  }
}
