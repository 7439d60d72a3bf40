package io.github.competency.core.json;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Importance;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import io.github.competency.core.ValidationException;
import io.github.competency.core.internal.json.DocumentReader;
import io.github.competency.core.internal.json.JsonPath;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
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
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Teaches a Jackson 3 {@code JsonMapper} the library's types, the way {@code JavaTimeModule}
 * teaches it {@code java.time}: every public value ({@link Catalogue}, roles, skills,
 * requirements, responsibilities, levels, proficiency steps, families, categories, references,
 * sources, problems) is written and read in the shape it has inside the
 * {@value CatalogueJson#FORMAT} format, ids ({@code SkillId}, {@code RoleId} ...) as their
 * slugs, also as map keys, and {@link Importance} as its label.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * String json = mapper.writeValueAsString(role);      // the role's JSON, never {}
 * Role back = mapper.readValue(json, Role.class);     // equal to role
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
 *   <li>A value read alone is checked as strictly as inside a catalogue (unknown, repeated and
 *       missing fields, wrong types, malformed ids, each with its path), and fails with a
 *       {@link ValidationException}; a catalogue is also checked as a whole (references, ranks,
 *       career path) and fails with an {@link InvalidCatalogueException}, whose problems found
 *       in that check carry paths but not positions. Jackson may wrap these when the value is
 *       nested in another one.
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
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    SimpleKeyDeserializers keys = new SimpleKeyDeserializers();

    serializers.addSerializer(
        Catalogue.class,
        new ShapeSerializer<>(Catalogue.class, Shapes.CATALOGUE, CatalogueJson::context));
    deserializers.addDeserializer(
        Catalogue.class,
        new ShapeDeserializer<>(
            Catalogue.class, Shapes.CATALOGUE, InvalidCatalogueException::new, true, limits));
    for (Shape<?, ?> shape : Shapes.VALUES) {
      value(serializers, deserializers, shape, limits);
    }
    serializers.addSerializer(
        Problem.class,
        new ShapeSerializer<>(
            Problem.class, ProblemShape.PROBLEM, p -> Kind.WriteContext.ID_ORDER));
    deserializers.addDeserializer(
        Problem.class,
        new ShapeDeserializer<>(
            Problem.class,
            ProblemShape.PROBLEM,
            problems -> new ValidationException("problem", problems),
            false,
            limits));
    for (Shapes.IdKind<?> id : Shapes.IDS) {
      id(serializers, deserializers, keys, id, limits);
    }
    serializers.addSerializer(
        Importance.class, new TextSerializer<>(Importance.class, Importance::label));
    deserializers.addDeserializer(
        Importance.class,
        new TextDeserializer<>(Importance.class, Kind.IMPORTANCE, "importance", limits));
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    context.addKeyDeserializers(keys);
  }

  private static <V, B> void value(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      Shape<V, B> shape,
      ReadLimits limits) {
    serializers.addSerializer(
        shape.type(), new ShapeSerializer<>(shape.type(), shape, v -> Kind.WriteContext.ID_ORDER));
    deserializers.addDeserializer(
        shape.type(),
        new ShapeDeserializer<>(
            shape.type(),
            shape,
            problems -> new ValidationException(shape.noun(), problems),
            false,
            limits));
  }

  private static <T> void id(
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      SimpleKeyDeserializers keys,
      Shapes.IdKind<T> id,
      ReadLimits limits) {
    serializers.addSerializer(id.type(), new TextSerializer<>(id.type(), Object::toString));
    deserializers.addDeserializer(
        id.type(), new TextDeserializer<>(id.type(), id.kind(), id.noun() + " id", limits));
    keys.addDeserializer(id.type(), new IdKeyDeserializer<>(id));
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

  private static final class ShapeDeserializer<V, B> extends StdDeserializer<V> {
    private final Shape<V, B> shape;
    private final Function<List<Problem>, ? extends ValidationException> failure;
    private final boolean whole;
    private final ReadLimits limits;

    /**
     * @param whole true if the builder is checked as a whole by its own build (a catalogue),
     *     false if problems of the build are the value's own
     */
    ShapeDeserializer(
        Class<V> type,
        Shape<V, B> shape,
        Function<List<Problem>, ? extends ValidationException> failure,
        boolean whole,
        ReadLimits limits) {
      super(type);
      this.shape = shape;
      this.failure = failure;
      this.whole = whole;
      this.limits = limits;
    }

    @Override
    public V deserialize(JsonParser p, DeserializationContext context) {
      requireUtf8(p, failure);
      DocumentReader reader = new DocumentReader(p, limits.engine(), failure, true);
      if (whole) {
        return shape.buildWhole(reader.readValue(shape));
      }
      return reader.readBuiltValue(shape);
    }

    @Override
    public V getNullValue(DeserializationContext context) {
      throw failure.apply(
          List.of(Problem.of("$", "expected " + shape.what() + " (an object), found null")));
    }
  }

  private static final class TextSerializer<T> extends StdSerializer<T> {
    private final Function<T, String> text;

    TextSerializer(Class<T> type, Function<T, String> text) {
      super(type);
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext context) {
      gen.writeString(text.apply(value));
    }
  }

  private static final class TextDeserializer<T> extends StdDeserializer<T> {
    private final Kind<T> kind;
    private final String noun;
    private final ReadLimits limits;

    TextDeserializer(Class<T> type, Kind<T> kind, String noun, ReadLimits limits) {
      super(type);
      this.kind = kind;
      this.noun = noun;
      this.limits = limits;
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
