package io.github.competency.core;

import io.github.competency.core.json.CatalogueJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The frozen test catalogue and small helpers to read test resources. */
public final class Fixtures {

  /** The frozen catalogue under {@code src/test/resources/fixtures}. */
  public static final String PLATFORM_TEAM = "/fixtures/platform-team.json";

  private Fixtures() {}

  public static String text(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Catalogue platformTeam() {
    return CatalogueJson.defaults().fromJson(text(PLATFORM_TEAM));
  }
}
