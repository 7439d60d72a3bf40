package io.github.competency.core.json;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Family;
import io.github.competency.core.Level;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Reference;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.Role;
import io.github.competency.core.Skill;
import io.github.competency.core.Category;
import io.github.competency.core.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a catalogue as JSON in a fixed field order, leaving out empty optional values, so the
 * same catalogue always gives the same tokens. Sets and maps keyed by proficiency step are
 * written in the order of the catalogue's proficiency scale.
 */
final class CatalogueWriter {

  private final JsonGenerator out;
  private final Comparator<ProficiencyId> scaleOrder;

  private CatalogueWriter(JsonGenerator out, Catalogue catalogue) {
    this.out = out;
    this.scaleOrder = Comparator.<ProficiencyId>comparingInt(
        step -> catalogue.find(step).map(Proficiency::rank).orElse(Integer.MAX_VALUE))
        .thenComparing(Comparator.naturalOrder());
  }

  static void write(Catalogue catalogue, JsonGenerator out) {
    new CatalogueWriter(out, catalogue).catalogue(catalogue);
  }

  private void catalogue(Catalogue c) {
    out.writeStartObject();
    out.writeStringProperty("format", CatalogueReader.FORMAT);
    out.writeStringProperty("id", c.id().value());
    out.writeStringProperty("version", c.version());
    out.writeStringProperty("title", c.title());
    out.writeStringProperty("language", c.language().toLanguageTag());
    text("description", c.description());
    c.source().ifPresent(source -> {
      out.writeName("source");
      source(source);
    });
    array("proficiencies", c.proficiencies(), this::proficiency, true);
    array("levels", c.levels(), this::level, true);
    array("families", c.families(), this::family, false);
    array("categories", c.categories(), this::category, true);
    array("skills", c.skills(), this::skill, true);
    array("responsibilities", c.responsibilities(), this::responsibility, true);
    array("roles", c.roles(), this::role, true);
    out.writeEndObject();
  }

  private void proficiency(Proficiency p) {
    out.writeStartObject();
    out.writeStringProperty("id", p.id().value());
    out.writeStringProperty("name", p.name());
    out.writeNumberProperty("rank", p.rank());
    text("description", p.description());
    out.writeEndObject();
  }

  private void level(Level l) {
    out.writeStartObject();
    out.writeStringProperty("id", l.id().value());
    out.writeStringProperty("name", l.name());
    out.writeNumberProperty("rank", l.rank());
    text("summary", l.summary());
    out.writeEndObject();
  }

  private void family(Family f) {
    out.writeStartObject();
    out.writeStringProperty("id", f.id().value());
    out.writeStringProperty("name", f.name());
    text("description", f.description());
    out.writeEndObject();
  }

  private void category(Category c) {
    out.writeStartObject();
    out.writeStringProperty("id", c.id().value());
    out.writeStringProperty("name", c.name());
    text("description", c.description());
    out.writeEndObject();
  }

  private void skill(Skill s) {
    out.writeStartObject();
    out.writeStringProperty("id", s.id().value());
    out.writeStringProperty("name", s.name());
    out.writeStringProperty("category", s.category().value());
    text("description", s.description());
    strings("aliases", s.aliases(), Function.identity());
    List<ProficiencyId> definedAt = new ArrayList<>(s.definedAt());
    definedAt.sort(scaleOrder);
    strings("definedAt", definedAt, ProficiencyId::value);
    if (!s.behaviours().isEmpty()) {
      List<Map.Entry<ProficiencyId, String>> behaviours = new ArrayList<>(s.behaviours().entrySet());
      behaviours.sort(Map.Entry.comparingByKey(scaleOrder));
      out.writeName("behaviours");
      out.writeStartObject();
      for (Map.Entry<ProficiencyId, String> behaviour : behaviours) {
        out.writeStringProperty(behaviour.getKey().value(), behaviour.getValue());
      }
      out.writeEndObject();
    }
    array("references", s.references(), this::reference, false);
    source(s.source());
    out.writeEndObject();
  }

  private void responsibility(Responsibility r) {
    out.writeStartObject();
    out.writeStringProperty("id", r.id().value());
    out.writeStringProperty("title", r.title());
    out.writeStringProperty("area", r.area());
    text("description", r.description());
    strings("indicators", r.indicators(), Function.identity());
    strings("skills", r.skills(), id -> id.value());
    source(r.source());
    out.writeEndObject();
  }

  private void role(Role r) {
    out.writeStartObject();
    out.writeStringProperty("id", r.id().value());
    out.writeStringProperty("title", r.title());
    out.writeStringProperty("family", r.family().value());
    out.writeStringProperty("level", r.level().value());
    text("summary", r.summary());
    strings("responsibilities", r.responsibilities(), id -> id.value());
    array("requirements", r.requirements(), this::requirement, false);
    strings("progressesTo", r.progressesTo(), id -> id.value());
    strings("collaborators", r.collaborators(), Function.identity());
    array("references", r.references(), this::reference, false);
    source(r.source());
    out.writeEndObject();
  }

  private void requirement(Requirement r) {
    out.writeStartObject();
    out.writeStringProperty("skill", r.skill().value());
    out.writeStringProperty("proficiency", r.proficiency().value());
    out.writeStringProperty("importance", r.importance().label());
    if (r.weight().isPresent()) {
      out.writeNumberProperty("weight", r.weight().getAsDouble());
    }
    text("note", r.note());
    out.writeEndObject();
  }

  private void reference(Reference r) {
    out.writeStartObject();
    out.writeStringProperty("scheme", r.scheme());
    out.writeStringProperty("code", r.code());
    if (r.rank().isPresent()) {
      out.writeNumberProperty("rank", r.rank().getAsInt());
    }
    r.uri().ifPresent(uri -> out.writeStringProperty("uri", uri.toString()));
    out.writeEndObject();
  }

  private void source(Optional<Source> source) {
    source.ifPresent(s -> {
      out.writeName("source");
      source(s);
    });
  }

  private void source(Source s) {
    out.writeStartObject();
    s.title().ifPresent(text -> out.writeStringProperty("title", text));
    s.publisher().ifPresent(text -> out.writeStringProperty("publisher", text));
    s.publisherKind().ifPresent(text -> out.writeStringProperty("publisherKind", text));
    s.uri().ifPresent(uri -> out.writeStringProperty("uri", uri.toString()));
    s.date().ifPresent(text -> out.writeStringProperty("date", text));
    s.section().ifPresent(text -> out.writeStringProperty("section", text));
    out.writeEndObject();
  }

  private void text(String name, String value) {
    if (!value.isEmpty()) {
      out.writeStringProperty(name, value);
    }
  }

  private <T> void strings(String name, List<T> values, Function<T, String> text) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartArray();
    for (T value : values) {
      out.writeString(text.apply(value));
    }
    out.writeEndArray();
  }

  private <T> void array(String name, List<T> values, java.util.function.Consumer<T> element,
      boolean always) {
    if (values.isEmpty() && !always) {
      return;
    }
    out.writeName(name);
    out.writeStartArray();
    for (T value : values) {
      element.accept(value);
    }
    out.writeEndArray();
  }
}
