package io.github.competency.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueGenerator;
import io.github.competency.core.Problem;
import io.github.competency.core.Source;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public value of a generated catalogue goes through a host's mapper, with Jackson's
 * defaults and with the settings Spring Boot applies: it is never written as {@code {}} and
 * reads back equal.
 */
class HostMapperProperties {

  static final List<JsonMapper> HOSTS =
      List.of(
          JsonMapper.builder().findAndAddModules().build(),
          // Spring Boot's customisations of its auto-configured mapper
          JsonMapper.builder()
              .findAndAddModules()
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
              .enable(SerializationFeature.INDENT_OUTPUT)
              .build());

  @Property(tries = 60)
  void everyValueRoundTripsThroughAHostMapper(@ForAll("catalogues") Catalogue catalogue) {
    List<Object> values = new ArrayList<>();
    values.add(catalogue);
    values.addAll(catalogue.proficiencies());
    values.addAll(catalogue.levels());
    values.addAll(catalogue.families());
    values.addAll(catalogue.categories());
    values.addAll(catalogue.skills());
    values.addAll(catalogue.responsibilities());
    values.addAll(catalogue.roles());
    catalogue.source().ifPresent(values::add);
    catalogue
        .roles()
        .forEach(
            role -> {
              values.addAll(role.requirements());
              values.addAll(role.references());
              values.add(role.id());
              values.add(role.level());
              values.add(role.family());
            });
    catalogue
        .skills()
        .forEach(
            skill -> {
              values.addAll(skill.references());
              skill.source().ifPresent(values::add);
              values.add(skill.id());
              values.add(skill.category());
            });
    values.add(catalogue.id());
    values.add(Problem.of("roles[0].level", "unknown level 'x'"));
    values.add(Problem.of("$", "text with \"quotes\"", 3, 14));
    for (JsonMapper host : HOSTS) {
      for (Object value : values) {
        String json = host.writeValueAsString(value);
        if (!value.equals(Source.builder().build())) { // a source that names nothing is {}
          assertThat(json.replaceAll("\\s", ""))
              .as(value.getClass().getSimpleName())
              .isNotEqualTo("{}");
        }
        assertThat(host.readValue(json, publicType(value.getClass()))).isEqualTo(value);
      }
    }
  }

  /** The library's public type of a value: what a host declares, not Immutables' subclass. */
  static Class<?> publicType(Class<?> type) {
    Class<?> current = type;
    while (!Modifier.isPublic(current.getModifiers())) {
      current = current.getSuperclass();
    }
    return current;
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return Arbitraries.oneOf(
        CatalogueGenerator.catalogues(), CatalogueGenerator.populatedCatalogues());
  }
}
