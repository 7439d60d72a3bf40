package io.github.competency.core.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;

/** Validates documents against the schema that ships in the jar. */
public final class SchemaCheck {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(CatalogueJson.schema());

  private static final Schema TRANSLATION =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(TranslationJson.schema());

  private static final Schema OVERLAY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(OverlayJson.schema());

  private SchemaCheck() {}

  /** The overlay schema's complaints about a document; empty if it is valid. */
  public static List<String> overlayErrors(String json) {
    return OVERLAY.validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .collect(Collectors.toList());
  }

  /** The translation schema's complaints about a document; empty if it is valid. */
  public static List<String> translationErrors(String json) {
    return TRANSLATION.validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .collect(Collectors.toList());
  }

  /** The schema's complaints about a document, one line each; empty if it is valid. */
  public static List<String> errors(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    return errors.stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .collect(Collectors.toList());
  }
}
