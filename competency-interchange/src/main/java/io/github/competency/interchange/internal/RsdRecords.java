package io.github.competency.interchange.internal;

import io.github.competency.core.internal.json.DocumentReader;
import io.github.competency.core.internal.json.Field;
import io.github.competency.core.internal.json.JsonPath;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Span;
import io.github.competency.interchange.internal.Lenient.Indexed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonToken;

/**
 * The first phase of an RSD import: streams the document once (a descriptor, an array of them,
 * or a collection with its skills) and keeps of each descriptor what the mapping uses; values of
 * the wrong type are problems at their paths. Where this project's member {@code competency}
 * starts is kept, to be read once it is known whether it is a collection's or a descriptor's.
 *
 * @param collection the collection, or null if the document is descriptors alone
 * @param skills the descriptors, in document order
 */
record RsdRecords(Descriptor collection, List<Descriptor> skills) {

  /** The members of a descriptor the mapping uses or that say nothing to the model. */
  static final Set<String> SKILL_MEMBERS =
      Set.of(
          "@context",
          "type",
          "id",
          "uuid",
          "skillName",
          "skillStatement",
          "category",
          "categories",
          "keywords",
          "alignments",
          "standards",
          "collections",
          "status",
          "creationDate",
          "updateDate",
          "publishDate",
          "archiveDate",
          "creator",
          "occupations",
          "certifications",
          "employers",
          RsdFormat.EXTENSION);

  /** The members of a collection the mapping uses or that say nothing to the model. */
  static final Set<String> COLLECTION_MEMBERS =
      Set.of(
          "@context",
          "type",
          "id",
          "uuid",
          "name",
          "description",
          "author",
          "authors",
          "owner",
          "creator",
          "status",
          "creationDate",
          "updateDate",
          "publishDate",
          "archiveDate",
          "skills",
          RsdFormat.EXTENSION);

  /** The memory a descriptor is taken to cost, with the skill it becomes. */
  private static final int DESCRIPTOR_COST = 768;

  /** The memory an alignment is taken to cost, with the reference it becomes. */
  private static final int ALIGNMENT_COST = 256;

  /** An alignment or standard of a descriptor. */
  record Alignment(
      int index,
      String id,
      String skillName,
      String framework,
      Integer rank,
      List<String> unknown) {}

  /** A descriptor, or a collection: the members of both are read alike; null is absent. */
  static final class Descriptor {
    String path;
    long present;
    final List<String> unknown = new ArrayList<>(0);
    String id;
    String uuid;
    String skillName;
    String skillStatement;
    String category;
    List<String> categories = List.of();
    List<String> keywords = List.of();
    List<Alignment> alignments = List.of();
    List<Alignment> standards = List.of();
    String collectionName;
    String author;
    List<String> authors = List.of();
    String name;
    String description;
    Span extension;
    List<Indexed<Descriptor>> members;
    final List<String> filled = new ArrayList<>(0);

    /** Tells whether a list member has elements. */
    boolean filled(String list) {
      return filled.contains(list);
    }

    /** Tells whether the descriptor has a member that is not null. */
    boolean has(String member) {
      int index = NAMES.indexOf(member);
      return index >= 0 && (present & (1L << index)) != 0;
    }

    /** The members it has that are not among those mapped, sorted, "..." for more. */
    List<String> unmapped(Set<String> mapped) {
      Set<String> left = new TreeSet<>();
      for (int i = 0; i < NAMES.size(); i++) {
        if ((present & (1L << i)) != 0 && !mapped.contains(NAMES.get(i))) {
          left.add(NAMES.get(i));
        }
      }
      List<String> quoted = new ArrayList<>();
      CasePackage.sorted(left, unknown).forEach(name -> quoted.add(Issues.quote(name)));
      return quoted;
    }
  }

  private static final class AlignmentBuilder {
    String id;
    String skillName;
    String framework;
    Integer rank;
    final List<String> unknown = new ArrayList<>(0);
  }

  private static final class PartBuilder {
    String name;
  }

  private static final Shape<PartBuilder, PartBuilder> NAMED =
      Shape.of(
              PartBuilder.class,
              "named object",
              "a",
              PartBuilder::new,
              b -> b,
              List.<Field<PartBuilder, PartBuilder, ?>>of(
                  Field.optional("name", Lenient.TEXT, (b, v) -> b.name = v, b -> null)))
          .lenient((b, name) -> {});

  private static final Shape<AlignmentBuilder, AlignmentBuilder> ALIGNMENT =
      Shape.of(
              AlignmentBuilder.class,
              "alignment",
              "an",
              AlignmentBuilder::new,
              b -> b,
              List.<Field<AlignmentBuilder, AlignmentBuilder, ?>>of(
                  Field.optional("id", Lenient.TEXT, (b, v) -> b.id = v, b -> null),
                  Field.optional("skillName", Lenient.TEXT, (b, v) -> b.skillName = v, b -> null),
                  Field.optional(
                      "isPartOf", Lenient.object(NAMED), (b, v) -> b.framework = v.name, b -> null),
                  Field.optional("rank", Lenient.INTEGER, (b, v) -> b.rank = v, b -> null)))
          .lenient(
              (b, name) -> {
                if (b.unknown.size() < CaseRecords.MAX_UNKNOWN) {
                  b.unknown.add(name);
                } else if (b.unknown.size() == CaseRecords.MAX_UNKNOWN) {
                  b.unknown.add("...");
                }
              });

  /** Alignments with their indexes. */
  private static final Kind<List<Alignment>> ALIGNMENTS =
      new Kind<>("array") {
        @Override
        public List<Alignment> read(DocumentReader in, JsonPath path) {
          List<Indexed<AlignmentBuilder>> read =
              Lenient.indexed(ALIGNMENT, ALIGNMENT_COST).read(in, path);
          if (read == null) {
            return null;
          }
          List<Alignment> alignments = new ArrayList<>(read.size());
          for (Indexed<AlignmentBuilder> a : read) {
            AlignmentBuilder b = a.value();
            alignments.add(
                new Alignment(a.index(), b.id, b.skillName, b.framework, b.rank, b.unknown));
          }
          return alignments;
        }

        @Override
        public void write(tools.jackson.core.JsonGenerator out, List<Alignment> v, WriteContext c) {
          throw new UnsupportedOperationException("read only");
        }
      };

  /** The name of the first collection a descriptor is in. */
  private static final Kind<String> FIRST_NAME =
      new Kind<>("array") {
        @Override
        public String read(DocumentReader in, JsonPath path) {
          List<Indexed<PartBuilder>> read =
              Lenient.indexed(NAMED, Lenient.STRING_COST).read(in, path);
          return read == null || read.isEmpty() || read.get(0).index() != 0
              ? null
              : read.get(0).value().name;
        }

        @Override
        public void write(tools.jackson.core.JsonGenerator out, String v, WriteContext c) {
          throw new UnsupportedOperationException("read only");
        }
      };

  private static final List<String> NAMES = new ArrayList<>();
  private static final List<Field<Descriptor, Descriptor, ?>> FIELDS = new ArrayList<>();

  private static <T> void member(String name, Kind<T> kind, BiConsumer<Descriptor, T> into) {
    NAMES.add(name);
    FIELDS.add(Field.optional(name, kind, into, b -> null));
  }

  /** A list member, noted as filled if it has elements. */
  private static void list(String name) {
    member(
        name,
        Lenient.FILLED,
        (b, v) -> {
          if (v) {
            b.filled.add(name);
          }
        });
  }

  private static final Shape<Descriptor, Descriptor> DESCRIPTOR;

  static {
    for (String name :
        List.of(
            "@context",
            "type",
            "status",
            "creationDate",
            "updateDate",
            "publishDate",
            "archiveDate",
            "creator",
            "owner")) {
      member(name, Lenient.FILLED, (b, v) -> {});
    }
    member("id", Lenient.TEXT, (b, v) -> b.id = v);
    member("uuid", Lenient.TEXT, (b, v) -> b.uuid = v);
    member("skillName", Lenient.TEXT, (b, v) -> b.skillName = v);
    member("skillStatement", Lenient.TEXT, (b, v) -> b.skillStatement = v);
    member("category", Lenient.TEXT, (b, v) -> b.category = v);
    member("categories", Lenient.TEXTS, (b, v) -> b.categories = v);
    member("keywords", Lenient.TEXTS, (b, v) -> b.keywords = v);
    member("alignments", ALIGNMENTS, (b, v) -> b.alignments = v);
    member("standards", ALIGNMENTS, (b, v) -> b.standards = v);
    member("collections", FIRST_NAME, (b, v) -> b.collectionName = v);
    member("author", Lenient.TEXT, (b, v) -> b.author = v);
    member("authors", Lenient.TEXTS, (b, v) -> b.authors = v);
    member("name", Lenient.TEXT, (b, v) -> b.name = v);
    member("description", Lenient.TEXT, (b, v) -> b.description = v);
    for (String list : List.of("occupations", "certifications", "employers")) {
      list(list);
    }
    member(RsdFormat.EXTENSION, Lenient.SPAN, (b, v) -> b.extension = v);
    int skills = FIELDS.size();
    Shape<Descriptor, Descriptor> nested =
        Shape.of(Descriptor.class, "Rich Skill Descriptor", "a", Descriptor::new, b -> b, FIELDS)
            .lenient(RsdRecords::unknown)
            .noting((b, index) -> b.present |= 1L << index);
    member("skills", Lenient.indexed(nested, DESCRIPTOR_COST), (b, v) -> b.members = v);
    DESCRIPTOR =
        Shape.of(Descriptor.class, "Rich Skill Descriptor", "a", Descriptor::new, b -> b, FIELDS)
            .lenient(RsdRecords::unknown)
            .noting((b, index) -> b.present |= 1L << index);
    if (skills >= 64) {
      throw new IllegalStateException("a descriptor's members fit in a mask of 64");
    }
  }

  private static void unknown(Descriptor b, String name) {
    if (b.unknown.size() < CaseRecords.MAX_UNKNOWN) {
      b.unknown.add(name);
    } else if (b.unknown.size() == CaseRecords.MAX_UNKNOWN) {
      b.unknown.add("...");
    }
  }

  /**
   * Reads a document of descriptors.
   *
   * @param issues where problems go, with the document's reader
   * @return what the descriptors hold; empty if the document is neither
   */
  static RsdRecords read(Issues issues) {
    DocumentReader in = issues.reader();
    return in.reading(() -> read(in, issues));
  }

  private static RsdRecords read(DocumentReader in, Issues issues) {
    JsonToken first = in.parser().nextToken();
    if (first == null) {
      issues.problem("$", "the document is empty; expected Rich Skill Descriptors");
      return new RsdRecords(null, List.of());
    }
    List<Descriptor> skills = new ArrayList<>();
    Descriptor collection = null;
    if (first == JsonToken.START_ARRAY) {
      for (Indexed<Descriptor> d :
          Lenient.indexed(DESCRIPTOR, DESCRIPTOR_COST).read(in, JsonPath.ROOT)) {
        d.value().path = "$[" + d.index() + "]";
        skills.add(d.value());
      }
    } else if (first == JsonToken.START_OBJECT) {
      Descriptor root = Lenient.object(DESCRIPTOR).read(in, JsonPath.ROOT);
      if (root != null && root.has("skills")) {
        collection = root;
        root.path = "$";
        for (Indexed<Descriptor> d :
            root.members == null ? List.<Indexed<Descriptor>>of() : root.members) {
          d.value().path = "skills[" + d.index() + "]";
          skills.add(d.value());
        }
      } else if (root != null) {
        root.path = "$";
        skills.add(root);
      }
    } else {
      in.expect(
          JsonPath.ROOT,
          JsonToken.START_OBJECT,
          "a Rich Skill Descriptor, an array of them or a collection (an object with skills)");
      return new RsdRecords(null, List.of());
    }
    if (in.parser().nextToken() != null) {
      in.problem(
          JsonPath.ROOT,
          "unexpected content after the first JSON value; a document holds Rich Skill"
              + " Descriptors and nothing else",
          in.parser().currentTokenLocation());
    }
    return new RsdRecords(collection, List.copyOf(skills));
  }
}
