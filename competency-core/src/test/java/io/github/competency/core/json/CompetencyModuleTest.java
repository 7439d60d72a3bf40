package io.github.competency.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Fixtures;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.RoleId;
import io.github.competency.core.SkillId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module as a host application (a Spring Boot 4 service, say) would use it. */
class CompetencyModuleTest {

  private static final String FIXTURE = Fixtures.text(Fixtures.PLATFORM_TEAM);

  @Test
  void serviceLoaderFindsTheModule() {
    // Jackson's own ServiceLoader lookup, which declares "uses JacksonModule"; it finds our
    // module through module-info "provides" (or META-INF/services on the class path).
    List<String> found = MapperBuilder.findModules().stream()
        .map(module -> module.getClass().getName()).collect(Collectors.toList());
    assertThat(found).contains(CompetencyModule.class.getName());
  }

  @Test
  void aHostMapperWithDiscoveredModulesReadsAndWritesCatalogues() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    Catalogue catalogue = mapper.readValue(FIXTURE, Catalogue.class);

    assertThat(catalogue).isEqualTo(Fixtures.platformTeam());
    String written = mapper.writeValueAsString(catalogue);
    assertThat(CatalogueJson.defaults().fromJson(written)).isEqualTo(catalogue);
  }

  @Test
  void idsTravelAsSlugsAlsoAsMapKeys() {
    JsonMapper mapper = JsonMapper.builder().addModule(new CompetencyModule()).build();
    Map<SkillId, ProficiencyId> ratings = Map.of(SkillId.of("go"), ProficiencyId.of("expert"));

    String json = mapper.writeValueAsString(ratings);
    assertThat(json).isEqualTo("{\"go\":\"expert\"}");
    Map<SkillId, ProficiencyId> read = mapper.readValue(json,
        new TypeReference<Map<SkillId, ProficiencyId>>() {});
    assertThat(read).isEqualTo(ratings);
    assertThat(mapper.readValue("[\"senior-platform-engineer\"]",
        new TypeReference<List<RoleId>>() {})).containsExactly(RoleId.of("senior-platform-engineer"));
  }

  @Test
  void aMalformedIdIsAJacksonMismatchNamingTheRule() {
    JsonMapper mapper = JsonMapper.builder().addModule(new CompetencyModule()).build();
    assertThatThrownBy(() -> mapper.readValue("\"Not A Slug\"", SkillId.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("not a valid skill id");
    assertThatThrownBy(() -> mapper.readValue("{\"Bad\": \"expert\"}",
        new TypeReference<Map<SkillId, ProficiencyId>>() {}))
        .isInstanceOf(DatabindException.class).hasMessageContaining("not a valid skill id");
    assertThatThrownBy(() -> mapper.readValue("7", SkillId.class))
        .isInstanceOf(DatabindException.class);
  }

  @Test
  void anInvalidCatalogueInAHostMapperIsOurException() {
    JsonMapper mapper = JsonMapper.builder().addModule(new CompetencyModule()).build();
    String broken = FIXTURE.replace("\"category\": \"people\"", "\"category\": \"persons\"");

    assertThatThrownBy(() -> mapper.readValue(broken, Catalogue.class))
        .isInstanceOf(InvalidCatalogueException.class)
        .hasMessageContaining("skills[4].category: unknown category 'persons'");
  }
}
