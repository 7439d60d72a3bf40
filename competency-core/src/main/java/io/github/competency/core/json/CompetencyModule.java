package io.github.competency.core.json;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Importance;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Overlay;
import io.github.competency.core.Patch;
import io.github.competency.core.Problem;
import io.github.competency.core.TextKey;
import io.github.competency.core.Translation;
import io.github.competency.core.ValidationException;
import io.github.competency.core.assess.InvalidProfileException;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.RaterKind;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.assess.RequirementStatus;
import io.github.competency.core.internal.Texts;
import io.github.competency.core.internal.json.DocumentReader;
import io.github.competency.core.internal.json.JsonPath;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.io.UTF32Reader;
import tools.jackson.core.json.UTF8DataInputJsonParser;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Teaches a Jackson 3 {@code JsonMapper} the library's types, the way {@code JavaTimeModule}
 * teaches it {@code java.time}: every public value of the core is written as the library's
 * formats write it, never as {@code {}}, and the values a host may send are read back.
 *
 * <ul>
 *   <li>A {@link Catalogue} and its values (roles, skills, requirements, choice groups,
 *       responsibilities, levels, proficiency steps, families, categories, references, sources),
 *       and {@link Problem}s: written and read in the shape they have inside the {@value
 *       CatalogueJson#FORMAT} format.
 *   <li>A {@link Profile}, its {@link io.github.competency.core.assess.Rating}s and their {@link
 *       io.github.competency.core.assess.Evidence}: written and read in the {@value
 *       ProfileJson#FORMAT} format's shapes, as strictly as {@link ProfileJson} reads them.
 *   <li>Every result of assessment ({@code GapReport}, {@code RequirementResult}, {@code
 *       Agreement}, {@code NextStep}, {@code Progression}, {@code TeamCoverage}, {@code
 *       ProfileScore} ...): written, in the shape it has in the {@value AssessmentJson#FORMAT}
 *       document, where the schema at {@value AssessmentJson#SCHEMA_RESOURCE} describes it. A
 *       gap report alone is the document without its format, catalogue, disagreements and next
 *       steps. Results are computed, not read: asking a host mapper to read one fails with a
 *       {@link ValidationException} that says so.
 *   <li>An {@link Overlay} and a {@link Translation} (and a {@link TextKey}, a translated text, a
 *       set of items) in the shapes of their formats, written and read; a {@link Patch}, a
 *       {@code CatalogueDiff} and {@link ReadLimits}, written.
 *   <li>Ids ({@code SkillId}, {@code RoleId}, {@code ProfileId} ...) as their slugs, also as map
 *       keys; {@link Importance}, {@link RaterKind} and {@link RequirementStatus} as their
 *       labels, {@link ReadinessMode} by its name in the assessment document ({@code
 *       weightedBinary}).
 * </ul>
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * String json = mapper.writeValueAsString(role);      // the role's JSON, never {}
 * Role back = mapper.readValue(json, Role.class);     // equal to role
 * mapper.writeValueAsString(assessor.gaps(profile, role.id()));  // readiness, every requirement
 * }</pre>
 *
 * <p>The module is registered for {@link java.util.ServiceLoader}, so
 * {@code JsonMapper.builder().findAndAddModules()} finds it; {@code addModule(new
 * CompetencyModule())} does the same explicitly.
 *
 * <h2>What a host sees</h2>
 *
 * <ul>
 *   <li>The canonical bytes of a catalogue come from {@link CatalogueJson}; a host mapper writes
 *       the same fields in the same order, but with the host's own indentation settings.
 *   <li>A value read alone is checked as strictly as inside its document (unknown, repeated and
 *       missing fields, wrong types, malformed ids, each with its path), and fails with a
 *       {@link ValidationException}; a profile fails with an {@link
 *       InvalidProfileException} listing the same problems {@link ProfileJson} would; a
 *       catalogue is also checked as a whole (references, ranks, career path) and fails with an
 *       {@link InvalidCatalogueException}, whose problems found in that check carry paths but
 *       not positions. Jackson may wrap these when the value is nested in another one. A profile
 *       read by a host is not checked against its catalogue: {@code Assessor#check} does that.
 *   <li>JSON {@code null} where a value of the library is expected is refused with a
 *       {@link ValidationException}, not returned as a Java {@code null}.
 *   <li>Documents given to the host mapper as bytes should be UTF-8, as in
 *       {@link CatalogueJson}. Values of a document the host's parser decoded from a stream in
 *       UTF-16 or UTF-32, or from bytes in UTF-32, are refused with a
 *       {@link ValidationException}, and so are those of a {@code byte[]} in UTF-16 longer than
 *       8 KiB. A shorter one is the one case the module cannot see: Jackson hands it over as a
 *       {@code StringReader}, exactly as it does a long {@code String}; a host that must refuse
 *       it reads through {@link CatalogueJson}.
 *   <li>Values are read within {@link ReadLimits} ({@link #withLimits}; the defaults unless
 *       given), as documents are by {@link CatalogueJson}: a value larger than
 *       {@code maxDocumentBytes} in its document, nesting deeper than {@code maxDepth} or with a
 *       string longer than {@code maxStringLength} is refused with a
 *       {@link ValidationException} naming the limit, whatever the host's parser allows.
 *   <li>Some input fails in the host's own parser before this module sees anything, with the
 *       host's Jackson exceptions: an empty document ({@code MismatchedInputException}),
 *       content after the value ({@code MismatchedInputException}, when the host keeps
 *       Jackson 3's default {@code FAIL_ON_TRAILING_TOKENS}), malformed JSON and bytes that are
 *       not valid in their encoding ({@code StreamReadException}), and the host's own read
 *       limits ({@code StreamConstraintsException}).
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CompetencyModule extends JacksonModule {

  private static final Version VERSION =
      VersionUtil.parseVersion(projectVersion(), "io.github.competency", "competency-core");

  private final ReadLimits limits;

  /** Creates the module, which reads within the default {@link ReadLimits}. */
  public CompetencyModule() {
    this(ReadLimits.defaults());
  }

  private CompetencyModule(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Returns a module that reads values within other limits.
   *
   * <pre>{@code
   * JsonMapper mapper = JsonMapper.builder()
   *     .addModule(new CompetencyModule().withLimits(ReadLimits.defaults().withMaxStringLength(10_000)))
   *     .build();
   * }</pre>
   *
   * @param limits the limits for values read through a host's mapper
   * @return a new module
   */
  public CompetencyModule withLimits(ReadLimits limits) {
    return new CompetencyModule(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the limits values are read within.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  @Override
  public String getModuleName() {
    return "competency";
  }

  /**
   * Returns the version of this library.
   *
   * @return the version of {@code io.github.competency:competency-core}
   */
  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    Registrations registrations = registrations(limits);
    context.addSerializers(registrations.serializers);
    context.addDeserializers(registrations.deserializers);
    context.addKeyDeserializers(registrations.keys);
  }

  /** The types this module reads, as well as writes; every other type it knows it writes only. */
  static Set<Class<?>> readTypes() {
    return registrations(ReadLimits.defaults()).read;
  }

  /** The types this module writes. */
  static Set<Class<?>> writtenTypes() {
    return registrations(ReadLimits.defaults()).written;
  }

  /** What the module registers: serializers and deserializers, and which types each covers. */
  private static final class Registrations {
    final SimpleSerializers serializers = new SimpleSerializers();
    final SimpleDeserializers deserializers = new SimpleDeserializers();
    final SimpleKeyDeserializers keys = new SimpleKeyDeserializers();
    final Set<Class<?>> read = new LinkedHashSet<>();
    final Set<Class<?>> written = new LinkedHashSet<>();
    final ReadLimits limits;

    Registrations(ReadLimits limits) {
      this.limits = limits;
    }

    <T> void write(Class<T> type, ValueSerializer<T> serializer) {
      serializers.addSerializer(type, serializer);
      written.add(type);
    }

    <T> void read(Class<T> type, ValueDeserializer<T> deserializer) {
      deserializers.addDeserializer(type, deserializer);
      read.add(type);
    }
  }

  private static Registrations registrations(ReadLimits limits) {
    Registrations r = new Registrations(limits);
    // the catalogue format: the catalogue, checked as a whole, and each of its values
    r.write(
        Catalogue.class,
        new ShapeSerializer<>(Catalogue.class, Shapes.CATALOGUE, CatalogueJson::context));
    r.read(
        Catalogue.class,
        ShapeDeserializer.of(r.limits, Shapes.CATALOGUE, InvalidCatalogueException::new));
    for (Shape<?, ?> shape : Shapes.VALUES) {
      value(r, shape);
    }
    r.write(
        Problem.class,
        new ShapeSerializer<>(
            Problem.class, ProblemShape.PROBLEM, p -> Kind.WriteContext.ID_ORDER));
    r.read(
        Problem.class,
        ShapeDeserializer.of(
            r.limits,
            ProblemShape.PROBLEM,
            problems -> new ValidationException("problem", problems)));
    for (Shapes.IdKind<?> id : Shapes.IDS) {
      id(r, id);
    }
    id(r, ProfileShapes.PROFILE_ID);
    id(r, OverlayShapes.OVERLAY_ID);
    text(r, Importance.class, Kind.IMPORTANCE, "importance");

    // the profile format: a profile as strictly as ProfileJson reads it, its ratings, evidence
    r.write(
        Profile.class,
        new ShapeSerializer<>(
            Profile.class, ProfileShapes.PROFILE, p -> Kind.WriteContext.ID_ORDER));
    r.read(
        Profile.class,
        ShapeDeserializer.of(r.limits, ProfileShapes.PROFILE, InvalidProfileException::new));
    value(r, ProfileShapes.RATING);
    value(r, ProfileShapes.EVIDENCE);
    text(r, RaterKind.class, ProfileShapes.RATER, "rater");

    // the overlay and translation formats
    converted(
        r,
        Overlay.class,
        OverlayShapes.OVERLAY,
        OverlayShapes.Document::of,
        OverlayShapes.Document::build);
    value(r, OverlayShapes.ITEMS);
    r.write(
        Patch.class,
        new ConvertingSerializer<>(
            Patch.class, OverlayShapes.PATCHES, patch -> OverlayShapes.Patches.of(List.of(patch))));
    converted(
        r,
        Translation.class,
        TranslationShapes.BUNDLE,
        TranslationShapes.Bundle::of,
        TranslationShapes.Bundle::build);
    value(r, TranslationShapes.TEXT);
    text(r, TextKey.class, TranslationShapes.KEY, "text key");
    r.keys.addDeserializer(TextKey.class, new TextKeyDeserializer());
    written(r, HostShapes.DIFF);
    written(r, HostShapes.ITEM_CHANGE);
    written(r, HostShapes.FIELD_CHANGE);
    written(r, HostShapes.LIMITS);

    // results of assessment, in the shapes of the competency-assessment/1 format
    for (Shape<?, Void> shape : AssessmentShapes.RESULTS) {
      written(r, shape);
    }
    text(r, RequirementStatus.class, AssessmentShapes.STATUS, "requirement status");
    text(r, ReadinessMode.class, AssessmentShapes.MODE, "readiness mode");
    return r;
  }

  private static <V, B> void value(Registrations r, Shape<V, B> shape) {
    r.write(
        shape.type(), new ShapeSerializer<>(shape.type(), shape, v -> Kind.WriteContext.ID_ORDER));
    r.read(
        shape.type(),
        ShapeDeserializer.of(
            r.limits, shape, problems -> new ValidationException(shape.noun(), problems)));
  }

  private static <V> void written(Registrations r, Shape<V, Void> shape) {
    r.write(
        shape.type(), new ShapeSerializer<>(shape.type(), shape, v -> Kind.WriteContext.ID_ORDER));
    // not a type the module reads: a host that asks for one learns why, in the library's words
    r.deserializers.addDeserializer(shape.type(), new NotRead<>(shape));
  }

  /** A value written and read through the shape of a form of it that its format uses. */
  private static <V, D> void converted(
      Registrations r,
      Class<V> type,
      Shape<D, D> shape,
      Function<V, D> toForm,
      Function<D, V> fromForm) {
    r.write(type, new ConvertingSerializer<>(type, shape, toForm));
    r.read(
        type,
        new ShapeDeserializer<>(
            r.limits,
            type,
            shape,
            problems -> new ValidationException(shape.noun(), problems),
            form -> fromForm.apply(shape.buildWhole(form))));
  }

  private static <T> void text(Registrations r, Class<T> type, Kind<T> kind, String noun) {
    r.write(type, new KindSerializer<>(type, kind));
    r.read(type, new TextDeserializer<>(r.limits, type, kind, noun));
  }

  private static <T> void id(Registrations r, Shapes.IdKind<T> id) {
    r.write(id.type(), new KindSerializer<>(id.type(), id.kind()));
    r.read(id.type(), new TextDeserializer<>(r.limits, id.type(), id.kind(), id.noun() + " id"));
    r.keys.addDeserializer(id.type(), new IdKeyDeserializer<>(id));
  }

  private static String projectVersion() {
    Properties properties = new Properties();
    try (InputStream in = CompetencyModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "0.0.0");
  }

  /**
   * Refuses values of a document that reached the host's parser as bytes or a stream in UTF-16
   * or UTF-32, which Jackson then reads through an {@code InputStreamReader} or its
   * {@code UTF32Reader} (all but a {@code byte[]} of at most 8 KiB in UTF-16, which it reads
   * through a {@code StringReader} like a long {@code String}).
   */
  private static void requireUtf8(
      JsonParser p, Function<List<Problem>, ? extends ValidationException> failure) {
    if (p instanceof UTF8StreamJsonParser || p instanceof UTF8DataInputJsonParser) {
      return;
    }
    Object source = p.streamReadInputSource();
    if (source instanceof InputStreamReader || source instanceof UTF32Reader) {
      throw failure.apply(
          List.of(
              Problem.of(
                  "$",
                  "the document must be UTF-8; the host's "
                      + "parser decoded it from another encoding")));
    }
  }

  private static final class ShapeSerializer<V> extends StdSerializer<V> {
    private final Shape<V, ?> shape;
    private final Function<V, Kind.WriteContext> context;

    ShapeSerializer(Class<V> type, Shape<V, ?> shape, Function<V, Kind.WriteContext> context) {
      super(type);
      this.shape = shape;
      this.context = context;
    }

    @Override
    public void serialize(V value, JsonGenerator gen, SerializationContext provider) {
      shape.write(gen, value, context.apply(value));
    }
  }

  /** Writes a value in the shape of the form its format gives it, such as an overlay's. */
  private static final class ConvertingSerializer<V, D> extends StdSerializer<V> {
    private final Shape<D, ?> shape;
    private final Function<V, D> form;

    ConvertingSerializer(Class<V> type, Shape<D, ?> shape, Function<V, D> form) {
      super(type);
      this.shape = shape;
      this.form = form;
    }

    @Override
    public void serialize(V value, JsonGenerator gen, SerializationContext provider) {
      shape.write(gen, form.apply(value), Kind.WriteContext.ID_ORDER);
    }
  }

  /**
   * Reads a value of a shape within the module's {@link ReadLimits}, as the library's own
   * readers do, then builds it; a failed check of the build is a problem of the value.
   */
  private static final class ShapeDeserializer<V, B> extends StdDeserializer<V> {
    private final Shape<?, B> shape;
    private final Function<List<Problem>, ? extends ValidationException> failure;
    private final Function<B, V> build;
    private final ReadLimits limits;

    /**
     * @param build makes the value; it may throw the exception of a check as a whole (a
     *     catalogue's), and an {@code IllegalArgumentException} or {@code IllegalStateException}
     *     of the value's own checks, which becomes a problem
     */
    ShapeDeserializer(
        ReadLimits limits,
        Class<V> type,
        Shape<?, B> shape,
        Function<List<Problem>, ? extends ValidationException> failure,
        Function<B, V> build) {
      super(type);
      this.limits = limits;
      this.shape = shape;
      this.failure = failure;
      this.build = build;
    }

    static <V, B> ShapeDeserializer<V, B> of(
        ReadLimits limits,
        Shape<V, B> shape,
        Function<List<Problem>, ? extends ValidationException> failure) {
      return new ShapeDeserializer<>(limits, shape.type(), shape, failure, shape::buildWhole);
    }

    @Override
    public V deserialize(JsonParser p, DeserializationContext context) {
      requireUtf8(p, failure);
      DocumentReader reader = new DocumentReader(p, limits.engine(), failure, true);
      B builder = reader.readValue(shape);
      try {
        return build.apply(builder);
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw failure.apply(
            List.of(Problem.of("$", Texts.abbreviate(String.valueOf(e.getMessage())))));
      }
    }

    @Override
    public V getNullValue(DeserializationContext context) {
      throw failure.apply(
          List.of(Problem.of("$", "expected " + shape.what() + " (an object), found null")));
    }
  }

  /** Writes a value as its kind of the formats writes it, such as an id as its slug. */
  private static final class KindSerializer<T> extends StdSerializer<T> {
    private final Kind<T> kind;

    KindSerializer(Class<T> type, Kind<T> kind) {
      super(type);
      this.kind = kind;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext context) {
      kind.write(gen, value, Kind.WriteContext.ID_ORDER);
    }
  }

  private static final class TextDeserializer<T> extends StdDeserializer<T> {
    private final Kind<T> kind;
    private final String noun;
    private final ReadLimits limits;

    TextDeserializer(ReadLimits limits, Class<T> type, Kind<T> kind, String noun) {
      super(type);
      this.limits = limits;
      this.kind = kind;
      this.noun = noun;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      Function<List<Problem>, ValidationException> failure =
          problems -> new ValidationException(noun, problems);
      requireUtf8(p, failure);
      DocumentReader reader = new DocumentReader(p, limits.engine(), failure, true);
      return reader.finishValue(kind.read(reader, JsonPath.ROOT));
    }

    @Override
    public T getNullValue(DeserializationContext context) {
      throw new ValidationException(
          noun, List.of(Problem.of("$", "expected " + noun + " (a string), found null")));
    }
  }

  /** Refuses to read a value the library computes, such as a gap report, saying so. */
  private static final class NotRead<V> extends StdDeserializer<V> {
    private final Shape<V, Void> shape;

    NotRead(Shape<V, Void> shape) {
      super(shape.type());
      this.shape = shape;
    }

    @Override
    public V deserialize(JsonParser p, DeserializationContext context) {
      throw refusal();
    }

    @Override
    public V getNullValue(DeserializationContext context) {
      throw refusal();
    }

    private ValidationException refusal() {
      return new ValidationException(
          shape.noun(),
          List.of(
              Problem.of(
                  "$",
                  shape.what()
                      + " is written by the library, not read: it is computed again from"
                      + " what it was made of (a profile and a catalogue, with an Assessor)")));
    }
  }

  /** Reads map keys that are text keys of translations. */
  private static final class TextKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
      try {
        return TextKey.parse(key);
      } catch (IllegalArgumentException e) {
        throw new ValidationException("text key", List.of(Problem.of("$", e.getMessage())));
      }
    }
  }

  private static final class IdKeyDeserializer<T> extends KeyDeserializer {
    private final Shapes.IdKind<T> id;

    IdKeyDeserializer(Shapes.IdKind<T> id) {
      this.id = id;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
      try {
        return id.of().apply(key);
      } catch (IllegalArgumentException e) {
        throw new ValidationException(id.noun() + " id", List.of(Problem.of("$", e.getMessage())));
      }
    }
  }
}
