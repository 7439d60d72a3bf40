package io.github.competency.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueGenerator;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Overlay;
import io.github.competency.core.Overlays;
import io.github.competency.core.RandomOverlays;
import io.github.competency.core.Skill;
import io.github.competency.core.TranslatedText;
import io.github.competency.core.Translation;
import io.github.competency.core.ValidationException;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.InvalidProfileException;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.ProfileGenerator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's hostile corpus over every format the core reads and the host mapper: damaged
 * catalogues, profiles, overlays, translations and host values ({@link Mutations}), and
 * documents at and beyond the read limits. Each byte sequence ends in a value or the documented
 * exception: never an {@link Error} (no {@code OutOfMemoryError}, no
 * {@code StackOverflowError}), never another exception, never a message with Jackson's
 * internals.
 *
 * <p>The build runs this class in a JVM of its own with a heap of 96 MB (the
 * {@code hostile-corpus} execution of the core's pom), small enough that a reader holding what
 * it should not runs out of memory here.
 */
class HostileCorpusTest {

  /** Damaged documents made of each valid one. */
  private static final int MUTANTS = 8;

  private static final Map<String, AtomicInteger> READ = new ConcurrentHashMap<>();

  private static final JsonMapper HOST = JsonMapper.builder().findAndAddModules().build();

  @Property(tries = 150, seed = "16")
  void damagedCataloguesEndInACatalogueOrItsException(
      @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
    for (byte[] bytes : mutants(CatalogueJson.defaults().toJson(catalogue), seed)) {
      endsWell(
          "catalogue",
          () -> CatalogueJson.defaults().read(in(bytes)),
          InvalidCatalogueException.class);
    }
  }

  @Property(tries = 150, seed = "16")
  void damagedProfilesEndInAProfileOrItsException(
      @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
    Profile profile = new ProfileGenerator(new Random(seed), catalogue).profile("p-1");
    Assessor assessor = Assessor.of(catalogue);
    for (byte[] bytes : mutants(ProfileJson.defaults().toJson(profile), seed)) {
      endsWell(
          "profile", () -> ProfileJson.defaults().read(in(bytes)), InvalidProfileException.class);
      endsWell(
          "profile",
          () -> ProfileJson.defaults().read(in(bytes), assessor),
          InvalidProfileException.class);
    }
  }

  @Property(tries = 150, seed = "16")
  void damagedOverlaysEndInACatalogueOrTheirException(
      @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
    Overlay overlay;
    try {
      overlay = RandomOverlays.of(catalogue, new Random(seed), true);
    } catch (ValidationException contradicts) {
      return; // one that adds an item twice, say: refused before it is written
    }
    for (byte[] bytes : mutants(OverlayJson.defaults().toJson(overlay), seed)) {
      endsWell(
          "overlay",
          () -> Overlays.apply(catalogue, List.of(OverlayJson.defaults().read(in(bytes)))),
          ValidationException.class);
    }
  }

  @Property(tries = 150, seed = "16")
  void damagedTranslationsEndInATranslationOrTheirException(
      @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
    Random random = new Random(seed);
    Translation.Builder german = Translation.builder(catalogue.id(), Locale.GERMAN);
    Translation.sourceTexts(catalogue)
        .forEach(
            (key, text) -> {
              if (random.nextBoolean()) {
                german.put(key, TranslatedText.translating("DE " + text, text));
              }
            });
    for (byte[] bytes : mutants(TranslationJson.defaults().toJson(german.build()), seed)) {
      endsWell(
          "translation",
          () -> TranslationJson.defaults().read(in(bytes)),
          ValidationException.class);
      endsWell(
          "translation",
          () -> TranslationJson.defaults().read(in(bytes), catalogue),
          ValidationException.class);
    }
  }

  @Property(tries = 60, seed = "16")
  void damagedValuesOfAHostEndInAValueOrTheDocumentedExceptions(
      @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
    List<Object> values = new ArrayList<>();
    values.add(catalogue);
    values.addAll(catalogue.skills());
    values.addAll(catalogue.roles());
    values.addAll(catalogue.levels());
    values.add(catalogue.id());
    catalogue.roles().forEach(role -> values.addAll(role.requirements()));
    Random random = new Random(seed);
    for (Object value : values) {
      Class<?> type = HostMapperProperties.publicType(value.getClass());
      byte[] bytes = Mutations.mutate(HOST.writeValueAsString(value), random);
      hostEndsWell(() -> HOST.readValue(bytes, type));
    }
  }

  @Example
  void documentsAtAndBeyondTheLimitsEndInTheDocumentedException() {
    Catalogue catalogue = CatalogueGenerator.populatedCatalogues().sample();
    Map<String, Consumer<InputStream>> readers = new LinkedHashMap<>();
    readers.put(
        CatalogueJson.FORMAT,
        json ->
            endsWell(
                "catalogue",
                () -> CatalogueJson.defaults().read(json),
                InvalidCatalogueException.class));
    readers.put(
        ProfileJson.FORMAT,
        json ->
            endsWell(
                "profile", () -> ProfileJson.defaults().read(json), InvalidProfileException.class));
    readers.put(
        OverlayJson.FORMAT,
        json ->
            endsWell(
                "overlay", () -> OverlayJson.defaults().read(json), ValidationException.class));
    readers.put(
        TranslationJson.FORMAT,
        json ->
            endsWell(
                "translation",
                () -> TranslationJson.defaults().read(json, catalogue),
                ValidationException.class));
    readers.forEach(
        (format, reader) ->
            Mutations.atTheLimits(format)
                .forEach(
                    (what, document) -> {
                      reader.accept(document.get());
                      for (Class<?> type : List.of(Catalogue.class, Skill.class)) {
                        hostEndsWell(() -> HOST.readValue(document.get(), type));
                      }
                    }));
  }

  /** Damaged copies of a document. */
  private static List<byte[]> mutants(String json, long seed) {
    Random random = new Random(seed);
    List<byte[]> mutants = new ArrayList<>(MUTANTS);
    for (int i = 0; i < MUTANTS; i++) {
      mutants.add(Mutations.mutate(json, random));
    }
    return mutants;
  }

  /** Reads, and accepts a value or the reader's documented exception only. */
  private static void endsWell(
      String format, Runnable read, Class<? extends ValidationException> documented) {
    READ.computeIfAbsent(format, k -> new AtomicInteger()).incrementAndGet();
    try {
      read.run();
    } catch (Throwable e) {
      if (!documented.isInstance(e)) {
        fail("reading a damaged " + format + " ended in " + e, e);
      }
      ValidationException invalid = (ValidationException) e;
      assertThat(invalid.problems()).isNotEmpty();
      assertThat(invalid.getMessage()).doesNotContain("tools.jackson", "com.fasterxml");
    }
  }

  /**
   * Reads through a host's mapper, and accepts a value, the library's exception or the host's
   * Jackson exceptions, which may wrap the library's; nothing else anywhere in the chain.
   */
  private static void hostEndsWell(Runnable read) {
    READ.computeIfAbsent("host value", k -> new AtomicInteger()).incrementAndGet();
    try {
      read.run();
    } catch (Throwable e) {
      if (!(e instanceof ValidationException) && !(e instanceof JacksonException)) {
        fail("reading a damaged value through a host's mapper ended in " + e, e);
      }
      // what the exception wraps: the library's exception, Jackson's, or the host parser's
      // input failure; never an Error or another runtime exception
      for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
        if (t instanceof Error
            || t instanceof RuntimeException
                && !(t instanceof ValidationException)
                && !(t instanceof JacksonException)) {
          fail("reading a damaged value through a host's mapper ended in " + e, e);
        }
      }
    }
  }

  private static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return Arbitraries.oneOf(
        CatalogueGenerator.catalogues(), CatalogueGenerator.populatedCatalogues());
  }

  @AfterContainer
  static void report() {
    System.out.println(
        "hostile corpus, byte sequences read per format: " + new java.util.TreeMap<>(READ));
  }
}
