package io.github.competency.core.json;

import io.github.competency.core.CatalogueDiff;
import io.github.competency.core.internal.json.Field;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import java.util.List;
import java.util.Locale;

/**
 * Values the host-mapper module writes that belong to no document of their own: a diff
 * between two catalogues (in the shape the command line's {@code diff --format json} gives its
 * changes) and the read limits.
 */
final class HostShapes {

  private HostShapes() {}

  static final Shape<CatalogueDiff.FieldChange, Void> FIELD_CHANGE =
      Shape.out(
          CatalogueDiff.FieldChange.class,
          "changed field",
          "a",
          List.of(
              Field.out("field", Kind.STRING, CatalogueDiff.FieldChange::field),
              Field.outIfPresent("before", Kind.STRING, c -> c.before().orElse(null)),
              Field.outIfPresent("after", Kind.STRING, c -> c.after().orElse(null))));

  static final Shape<CatalogueDiff.ItemChange, Void> ITEM_CHANGE =
      Shape.out(
          CatalogueDiff.ItemChange.class,
          "changed item",
          "a",
          List.of(
              Field.out("section", Kind.STRING, CatalogueDiff.ItemChange::section),
              Field.out("id", Kind.STRING, CatalogueDiff.ItemChange::id),
              Field.out("change", Kind.STRING, c -> c.change().name().toLowerCase(Locale.ROOT)),
              Field.out(
                  "fields",
                  Kind.list(Kind.object(FIELD_CHANGE)),
                  CatalogueDiff.ItemChange::fields)));

  static final Shape<CatalogueDiff, Void> DIFF =
      Shape.out(
          CatalogueDiff.class,
          "catalogue diff",
          "a",
          List.of(
              Field.out("changes", Kind.list(Kind.object(ITEM_CHANGE)), CatalogueDiff::changes)));

  static final Shape<ReadLimits, Void> LIMITS =
      Shape.out(
          ReadLimits.class,
          "set of read limits",
          "a",
          List.of(
              Field.out("maxDocumentBytes", Kind.INTEGER, ReadLimits::maxDocumentBytes),
              Field.out("maxDepth", Kind.INTEGER, ReadLimits::maxDepth),
              Field.out("maxStringLength", Kind.INTEGER, ReadLimits::maxStringLength),
              Field.out("maxProblems", Kind.INTEGER, ReadLimits::maxProblems)));
}
