package io.github.competency.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.competency.core.CatalogueId;
import io.github.competency.core.CategoryId;
import io.github.competency.core.SkillId;
import io.github.competency.interchange.internal.Uuids;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  /** RFC 9562's URL namespace. */
  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  @Test
  void version5MatchesTheRfcExample() {
    // RFC 9562, appendix A.4: "www.example.com" in the DNS namespace
    assertThat(Uuids.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
        .hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  }

  @Test
  void theNamespaceIsDerivedFromTheProjectUrlAsDocumented() {
    assertThat(Uuids.v5(URL_NAMESPACE, "https://github.com/competency/competency/interchange"))
        .isEqualTo(Identifiers.NAMESPACE);
    assertThat(Identifiers.NAMESPACE.version()).isEqualTo(5);
  }

  @Test
  void identifiersAreVersion5OfTheDocumentedNames() {
    // values computed independently with Python's uuid.uuid5
    CatalogueId catalogue = CatalogueId.of("senior-backend-engineer");
    assertThat(Identifiers.of(catalogue)).hasToString("d5042938-4bcb-57eb-a9ca-f8b717a5eabc");
    assertThat(Identifiers.of(catalogue, SkillId.of("postgresql")))
        .hasToString("b0ff86e4-5642-523f-8df9-e01b4fc12e74");
    UUID skill = Identifiers.of(catalogue, SkillId.of("postgresql"));
    assertThat(skill.version()).isEqualTo(5);
    assertThat(skill.variant()).isEqualTo(2);
  }

  @Test
  void idsOfDifferentKindsOrCataloguesGiveDifferentIdentifiers() {
    CatalogueId a = CatalogueId.of("a");
    assertThat(Identifiers.of(a, SkillId.of("sql")))
        .isNotEqualTo(Identifiers.of(a, CategoryId.of("sql")))
        .isNotEqualTo(Identifiers.of(CatalogueId.of("b"), SkillId.of("sql")))
        .isEqualTo(Identifiers.of(CatalogueId.of("a"), SkillId.of("sql")));
  }

  @Test
  void nullIsRefusedByName() {
    assertThatThrownBy(() -> Identifiers.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("catalogue");
    assertThatThrownBy(() -> Identifiers.of(CatalogueId.of("a"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("item");
  }
}
