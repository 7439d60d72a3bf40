package io.github.competency.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The front door to the catalogues on the class path or module path: lists them and gets one
 * by id. Catalogues come from {@link CatalogueProvider}s found with {@link ServiceLoader}; add a
 * catalogue artifact (such as {@code competency-senior-backend}) to the application to make its
 * catalogue available. Catalogues are loaded when first asked for, not when listed.
 *
 * <p>Where two providers offer the same id, the first one found wins. This class holds no
 * state; it is thread-safe.
 */
public final class Catalogues {

  private Catalogues() {}

  /**
   * Lists the ids of the catalogues available.
   *
   * @return the ids, in the order the providers were found
   */
  public static List<CatalogueId> available() {
    return List.copyOf(providers().keySet());
  }

  /**
   * Finds a catalogue by id.
   *
   * @param id the catalogue's id
   * @return the catalogue, or empty if no provider offers it
   */
  public static Optional<Catalogue> find(CatalogueId id) {
    Objects.requireNonNull(id, "id");
    CatalogueProvider provider = providers().get(id);
    return provider == null ? Optional.empty() : Optional.of(provider.catalogue());
  }

  /**
   * Returns a catalogue by id.
   *
   * @param id the catalogue's id
   * @return the catalogue
   * @throws UnknownIdException naming the available catalogues if no provider offers it
   */
  public static Catalogue get(CatalogueId id) {
    return find(id).orElseThrow(() -> new UnknownIdException("no catalogue '" + id
        + "' is available; available: " + (available().isEmpty() ? "none (add a catalogue "
        + "artifact such as competency-senior-backend)" : join(available()))));
  }

  private static Map<CatalogueId, CatalogueProvider> providers() {
    Map<CatalogueId, CatalogueProvider> providers = new LinkedHashMap<>();
    for (CatalogueProvider provider : ServiceLoader.load(CatalogueProvider.class)) {
      providers.putIfAbsent(provider.id(), provider);
    }
    return providers;
  }

  private static String join(List<CatalogueId> ids) {
    List<String> names = new ArrayList<>();
    ids.forEach(id -> names.add(id.value()));
    return String.join(", ", names);
  }
}
