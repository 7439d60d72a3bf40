package io.github.competency.interchange.internal;

import io.github.competency.core.Reference;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import io.github.competency.interchange.internal.CaseIn.Linked;
import io.github.competency.interchange.internal.CaseIn.Relation;
import io.github.competency.interchange.internal.CasePackage.Association;
import io.github.competency.interchange.internal.CasePackage.Item;
import io.github.competency.interchange.internal.Issues.Extension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A skill's or role's external reference (an SFIA code, an ESCO URI ...), both ways: an {@code
 * exactMatchOf} association, numbered by its place, to a node whose identifier is the code, whose
 * title is the scheme and the code and whose uri is the reference's address (or one under the
 * base URI); the reference itself in the association's extension. A plain {@code exactMatchOf}
 * of another framework becomes a reference of the scheme {@code case} to its target.
 */
final class ReferenceMapping {

  /** The reference in full. */
  static final Shape<Reference, Reference.Builder> EXTENSION =
      Shapes.REFERENCE.without("this project's extension of an exactMatchOf association", Set.of());

  private ReferenceMapping() {}

  static void write(CaseOut out, String kind, String itemId, String title, List<Reference> all) {
    CaseOut.Node origin = out.item(kind, itemId, title);
    for (int k = 0; k < all.size(); k++) {
      Reference reference = all.get(k);
      String uri =
          reference
              .uri()
              .filter(Uris::isPlain)
              .map(URI::toString)
              .orElseGet(() -> out.referenceUri(reference.scheme(), reference.code()));
      CaseOut.Node target =
          new CaseOut.Node(
              reference.scheme() + " " + reference.code(), reference.code(), uri, null);
      out.associate(
          CaseFormat.EXACT_MATCH_OF,
          out.name(kind, itemId),
          origin,
          target,
          k + 1,
          Integer.toString(k + 1),
          EXTENSION,
          reference);
    }
  }

  /**
   * Reads the references of an item, noting each one's record under {@code path} (such as
   * {@code skills[3].references}), from {@code first} on.
   */
  static List<Reference> read(CaseIn in, Item item, String path, int first) {
    List<Reference> references = new ArrayList<>();
    for (Linked link : in.links(Relation.REFERENCE, item)) {
      Association a = link.association();
      Reference.Builder reference = Reference.builder();
      Extension read = in.extension(a.extensions(), a.path(), a.id(), EXTENSION, reference);
      if (read == Extension.BROKEN) {
        continue;
      }
      if (read == Extension.ABSENT) {
        reference.scheme(CaseFormat.CASE_SCHEME).code(a.destination().identifier());
        URI uri = a.destination().uri() == null ? null : Kind.absoluteUri(a.destination().uri());
        if (uri != null) {
          reference.uri(uri);
        }
      }
      in.from(path + "[" + (first + references.size()) + "]", a.path());
      references.add(reference.build());
    }
    return references;
  }
}
