package io.github.competency.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueGenerator;
import io.github.competency.core.InvalidCatalogueException;
import io.github.competency.core.Problem;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Laws of the JSON format: round trips, stable bytes, schema validity, strict reading. */
class JsonProperties {

  private static final CatalogueJson JSON = CatalogueJson.defaults();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  @Property(tries = 200)
  void writeThenReadGivesAnEqualCatalogue(@ForAll("catalogues") Catalogue catalogue) {
    Catalogue read = JSON.fromJson(JSON.toJson(catalogue));
    assertThat(read).isEqualTo(catalogue);
    assertThat(read.hashCode()).isEqualTo(catalogue.hashCode());
  }

  @Property(tries = 200)
  void writingIsByteStable(@ForAll("catalogues") Catalogue catalogue) {
    String once = JSON.toJson(catalogue);
    assertThat(JSON.toJson(catalogue)).isEqualTo(once);
    assertThat(JSON.toJson(JSON.fromJson(once))).isEqualTo(once);
  }

  @Property(tries = 150)
  void whatTheWriterProducesIsSchemaValid(@ForAll("catalogues") Catalogue catalogue) {
    assertThat(SchemaCheck.errors(JSON.toJson(catalogue))).isEmpty();
  }

  @Property(tries = 200)
  void structuralBreakagesAreAllReportedAtTheirPaths(
      @ForAll("catalogues") Catalogue catalogue, @ForAll("seeds") long seed) {
    Random random = new Random(seed);
    ObjectNode root = (ObjectNode) TREES.readTree(JSON.toJson(catalogue));
    List<Target> targets = targets(root);
    Set<String> expected = new HashSet<>();
    Set<Integer> touched = new HashSet<>();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      int target = random.nextInt(targets.size());
      if (touched.add(target)) {
        expected.add(targets.get(target).breakRandomly(random));
      }
    }

    InvalidCatalogueException e =
        catchThrowableOfType(
            InvalidCatalogueException.class, () -> JSON.fromJson(TREES.writeValueAsString(root)));

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPresent());
  }

  @Property(tries = 200)
  void brokenDocumentsEndInACatalogueOrTheDocumentedException(
      @ForAll("catalogues") Catalogue catalogue, @ForAll("seeds") long seed) {
    byte[] mutated = Mutations.mutate(JSON.toJson(catalogue), new Random(seed));
    try {
      JSON.read(new ByteArrayInputStream(mutated));
    } catch (InvalidCatalogueException expected) {
      assertThat(expected.problems()).isNotEmpty();
      assertThat(expected.getMessage()).doesNotContain("tools.jackson");
    }
  }

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return CatalogueGenerator.catalogues();
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  /** An object of the document that a breakage can be applied to, with its path. */
  private static final class Target {
    final ObjectNode node;
    final String path;
    final String idField;
    final String requiredText;

    Target(ObjectNode node, String path, String idField, String requiredText) {
      this.node = node;
      this.path = path;
      this.idField = idField;
      this.requiredText = requiredText;
    }

    /** Breaks the object in one of four ways; returns the path that must be reported. */
    String breakRandomly(Random random) {
      return switch (random.nextInt(idField == null ? 3 : 4)) {
        case 0 -> {
          node.put("unexpectedField", 1);
          yield child("unexpectedField");
        }
        case 1 -> {
          node.put(requiredText, 42);
          yield child(requiredText);
        }
        case 2 -> {
          node.remove(requiredText);
          yield path;
        }
        default -> {
          node.put(idField, "Not A Slug");
          yield child(idField);
        }
      };
    }

    private String child(String field) {
      return path.equals("$") ? field : path + "." + field;
    }
  }

  private static List<Target> targets(ObjectNode root) {
    List<Target> targets = new ArrayList<>();
    targets.add(new Target(root, "$", "id", "title"));
    add(targets, root, "proficiencies", "id", "name");
    add(targets, root, "levels", "id", "name");
    add(targets, root, "categories", "id", "name");
    add(targets, root, "skills", "category", "name");
    add(targets, root, "responsibilities", "id", "area");
    add(targets, root, "roles", "level", "title");
    ArrayNode roles = (ArrayNode) root.get("roles");
    for (int i = 0; i < roles.size(); i++) {
      JsonNode requirements = roles.get(i).get("requirements");
      if (requirements != null) {
        for (int k = 0; k < requirements.size(); k++) {
          targets.add(
              new Target(
                  (ObjectNode) requirements.get(k),
                  "roles[" + i + "].requirements[" + k + "]",
                  "skill",
                  "proficiency"));
        }
      }
    }
    return targets;
  }

  private static void add(
      List<Target> targets, ObjectNode root, String list, String idField, String requiredText) {
    ArrayNode items = (ArrayNode) root.get(list);
    for (int i = 0; i < items.size(); i++) {
      targets.add(
          new Target((ObjectNode) items.get(i), list + "[" + i + "]", idField, requiredText));
    }
  }
}
