package io.github.competency.interchange;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Validates documents against the official CASE 1.1 CFPackage JSON Schema (a test resource). */
final class CaseSchema {

  static final String RESOURCE = "/case/case-v1p1-cfpackage-schema.json";

  /** Where 1EdTech publishes the schema; its relative {@code $id} resolves against it. */
  private static final String LOCATION =
      "https://purl.imsglobal.org/spec/case/v1p1/schema/json/getCFPackage-200-responsepayload-schema.json";

  /** Formats (uri, date-time, date) are asserted, not only annotated as 2020-12 would have it. */
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              registry ->
                  registry.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(SchemaLocation.of(LOCATION), text(), InputFormat.JSON);

  private CaseSchema() {}

  /** The schema's complaints about a document, one line each; empty if it is valid. */
  static List<String> errors(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    return errors.stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .collect(Collectors.toList());
  }

  private static String text() {
    try (InputStream in = CaseSchema.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
