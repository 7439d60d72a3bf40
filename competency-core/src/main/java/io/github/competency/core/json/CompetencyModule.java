package io.github.competency.core.json;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.CategoryId;
import io.github.competency.core.FamilyId;
import io.github.competency.core.LevelId;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
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
 * Teaches a Jackson 3 {@code JsonMapper} the competency types, the way {@code JavaTimeModule}
 * teaches it {@code java.time}: a {@link Catalogue} is read and written in the
 * {@value CatalogueJson#FORMAT} format, and ids ({@link SkillId}, {@link RoleId} ...) as their
 * slugs, also as map keys.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CompetencyModule()).build();
 * Catalogue catalogue = mapper.readValue(json, Catalogue.class);
 * }</pre>
 *
 * <p>The module is also registered for {@link java.util.ServiceLoader}, so
 * {@code JsonMapper.builder().findAndAddModules()} finds it. A catalogue read through a host
 * mapper is checked as strictly as with {@link CatalogueJson} and fails with an
 * {@link io.github.competency.core.InvalidCatalogueException} (which Jackson may wrap when the
 * catalogue is nested in another value); size and depth limits are then the host mapper's.
 * Problems found when the catalogue is checked as a whole carry paths but not positions.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CompetencyModule extends JacksonModule {

  /** Creates the module. */
  public CompetencyModule() {}

  @Override
  public String getModuleName() {
    return "competency";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    SimpleKeyDeserializers keys = new SimpleKeyDeserializers();
    serializers.addSerializer(Catalogue.class, new CatalogueSerializer());
    deserializers.addDeserializer(Catalogue.class, new CatalogueDeserializer());
    id(serializers, deserializers, keys, CatalogueId.class, CatalogueId::of);
    id(serializers, deserializers, keys, SkillId.class, SkillId::of);
    id(serializers, deserializers, keys, RoleId.class, RoleId::of);
    id(serializers, deserializers, keys, LevelId.class, LevelId::of);
    id(serializers, deserializers, keys, ProficiencyId.class, ProficiencyId::of);
    id(serializers, deserializers, keys, CategoryId.class, CategoryId::of);
    id(serializers, deserializers, keys, ResponsibilityId.class, ResponsibilityId::of);
    id(serializers, deserializers, keys, FamilyId.class, FamilyId::of);
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    context.addKeyDeserializers(keys);
  }

  private static <T> void id(SimpleSerializers serializers, SimpleDeserializers deserializers,
      SimpleKeyDeserializers keys, Class<T> type, Function<String, T> of) {
    serializers.addSerializer(type, new IdSerializer<>(type));
    deserializers.addDeserializer(type, new IdDeserializer<>(type, of));
    keys.addDeserializer(type, new IdKeyDeserializer<>(type, of));
  }

  private static final class CatalogueSerializer extends StdSerializer<Catalogue> {
    CatalogueSerializer() {
      super(Catalogue.class);
    }

    @Override
    public void serialize(Catalogue value, JsonGenerator gen, SerializationContext context) {
      CatalogueWriter.write(value, gen);
    }
  }

  private static final class CatalogueDeserializer extends StdDeserializer<Catalogue> {
    CatalogueDeserializer() {
      super(Catalogue.class);
    }

    @Override
    public Catalogue deserialize(JsonParser p, DeserializationContext context) {
      return new CatalogueReader(p, ReadLimits.DEFAULT_MAX_PROBLEMS).readValue().build();
    }
  }

  private static final class IdSerializer<T> extends StdSerializer<T> {
    IdSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext context) {
      gen.writeString(value.toString());
    }
  }

  private static final class IdDeserializer<T> extends StdDeserializer<T> {
    private final Function<String, T> of;

    IdDeserializer(Class<T> type, Function<String, T> of) {
      super(type);
      this.of = of;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        @SuppressWarnings("unchecked")
        T never = (T) context.handleUnexpectedToken(handledType(), p);
        return never;
      }
      String text = p.getString();
      try {
        return of.apply(text);
      } catch (IllegalArgumentException e) {
        throw context.weirdStringException(text, handledType(), e.getMessage());
      }
    }
  }

  private static final class IdKeyDeserializer<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Function<String, T> of;

    IdKeyDeserializer(Class<T> type, Function<String, T> of) {
      this.type = type;
      this.of = of;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
      try {
        return of.apply(key);
      } catch (IllegalArgumentException e) {
        throw context.weirdKeyException(type, key, e.getMessage());
      }
    }
  }
}
