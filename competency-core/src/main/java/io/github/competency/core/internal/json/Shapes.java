package io.github.competency.core.internal.json;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.Category;
import io.github.competency.core.CategoryId;
import io.github.competency.core.ChoiceGroup;
import io.github.competency.core.Family;
import io.github.competency.core.FamilyId;
import io.github.competency.core.GroupId;
import io.github.competency.core.Level;
import io.github.competency.core.LevelId;
import io.github.competency.core.Proficiency;
import io.github.competency.core.ProficiencyId;
import io.github.competency.core.Reference;
import io.github.competency.core.Requirement;
import io.github.competency.core.Responsibility;
import io.github.competency.core.ResponsibilityId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.Skill;
import io.github.competency.core.SkillId;
import io.github.competency.core.Source;
import java.util.List;
import java.util.function.Function;

/**
 * The tables of the {@value #CATALOGUE_FORMAT} format: every element described once, in the
 * order its fields are written. The reader, the writer and the host-mapper module all run from
 * these, the interchange formats take the fields CASE and RSD have no place for from them, and a
 * test checks the shipped JSON Schema against them.
 */
public final class Shapes {

  /** The format's name and version, the value of every catalogue's {@code format} field. */
  public static final String CATALOGUE_FORMAT = "competency-catalogue/1";

  private Shapes() {}

  /** An id type, for the host-mapper module. */
  public record IdKind<T>(Class<T> type, String noun, Function<String, T> of, Kind<T> kind) {
    public static <T> IdKind<T> of(Class<T> type, String noun, Function<String, T> of) {
      return new IdKind<>(type, noun, of, Kind.id(noun, of));
    }

    /** An id spelled by its own rule, such as a profile id: {@code problem} says what is wrong. */
    public static <T> IdKind<T> of(
        Class<T> type,
        String noun,
        Function<String, T> of,
        Function<String, java.util.Optional<String>> problem) {
      return new IdKind<>(type, noun, of, Kind.id(noun, of, problem));
    }
  }

  public static final IdKind<CatalogueId> CATALOGUE_ID =
      IdKind.of(CatalogueId.class, "catalogue", CatalogueId::of);
  public static final IdKind<ProficiencyId> PROFICIENCY_ID =
      IdKind.of(ProficiencyId.class, "proficiency", ProficiencyId::of);
  public static final IdKind<LevelId> LEVEL_ID = IdKind.of(LevelId.class, "level", LevelId::of);
  public static final IdKind<FamilyId> FAMILY_ID =
      IdKind.of(FamilyId.class, "family", FamilyId::of);
  public static final IdKind<CategoryId> CATEGORY_ID =
      IdKind.of(CategoryId.class, "category", CategoryId::of);
  public static final IdKind<SkillId> SKILL_ID = IdKind.of(SkillId.class, "skill", SkillId::of);
  public static final IdKind<ResponsibilityId> RESPONSIBILITY_ID =
      IdKind.of(ResponsibilityId.class, "responsibility", ResponsibilityId::of);
  public static final IdKind<RoleId> ROLE_ID = IdKind.of(RoleId.class, "role", RoleId::of);
  public static final IdKind<GroupId> GROUP_ID = IdKind.of(GroupId.class, "group", GroupId::of);

  public static final Shape<Source, Source.Builder> SOURCE =
      new Shape<>(
          Source.class,
          "source",
          "a",
          Source::builder,
          Source.Builder::build,
          Field.optional("title", Kind.STRING, Source.Builder::title, s -> Field.orNull(s.title())),
          Field.optional(
              "publisher",
              Kind.STRING,
              Source.Builder::publisher,
              s -> Field.orNull(s.publisher())),
          Field.optional(
              "publisherKind",
              Kind.STRING,
              Source.Builder::publisherKind,
              s -> Field.orNull(s.publisherKind())),
          Field.optional("uri", Kind.URI_KIND, Source.Builder::uri, s -> Field.orNull(s.uri())),
          Field.optional("date", Kind.STRING, Source.Builder::date, s -> Field.orNull(s.date())),
          Field.optional(
              "section", Kind.STRING, Source.Builder::section, s -> Field.orNull(s.section())));

  public static final Shape<Reference, Reference.Builder> REFERENCE =
      new Shape<>(
          Reference.class,
          "reference",
          "a",
          Reference::builder,
          Reference.Builder::build,
          Field.required("scheme", Kind.STRING, Reference.Builder::scheme, Reference::scheme),
          Field.required("code", Kind.STRING, Reference.Builder::code, Reference::code),
          Field.optional(
              "rank", Kind.INTEGER, Reference.Builder::rank, r -> Field.orNull(r.rank())),
          Field.optional("uri", Kind.URI_KIND, Reference.Builder::uri, r -> Field.orNull(r.uri())));

  public static final Shape<Proficiency, Proficiency.Builder> PROFICIENCY =
      new Shape<>(
          Proficiency.class,
          "proficiency step",
          "a",
          Proficiency::builder,
          Proficiency.Builder::build,
          Field.required("id", PROFICIENCY_ID.kind(), Proficiency.Builder::id, Proficiency::id),
          Field.required("name", Kind.STRING, Proficiency.Builder::name, Proficiency::name),
          Field.required("rank", Kind.INTEGER, Proficiency.Builder::rank, Proficiency::rank),
          Field.text("description", Proficiency.Builder::description, Proficiency::description));

  public static final Shape<Level, Level.Builder> LEVEL =
      new Shape<>(
          Level.class,
          "level",
          "a",
          Level::builder,
          Level.Builder::build,
          Field.required("id", LEVEL_ID.kind(), Level.Builder::id, Level::id),
          Field.required("name", Kind.STRING, Level.Builder::name, Level::name),
          Field.required("rank", Kind.INTEGER, Level.Builder::rank, Level::rank),
          Field.text("summary", Level.Builder::summary, Level::summary));

  public static final Shape<Family, Family.Builder> FAMILY =
      new Shape<>(
          Family.class,
          "role family",
          "a",
          Family::builder,
          Family.Builder::build,
          Field.required("id", FAMILY_ID.kind(), Family.Builder::id, Family::id),
          Field.required("name", Kind.STRING, Family.Builder::name, Family::name),
          Field.text("description", Family.Builder::description, Family::description));

  public static final Shape<Category, Category.Builder> CATEGORY =
      new Shape<>(
          Category.class,
          "skill category",
          "a",
          Category::builder,
          Category.Builder::build,
          Field.required("id", CATEGORY_ID.kind(), Category.Builder::id, Category::id),
          Field.required("name", Kind.STRING, Category.Builder::name, Category::name),
          Field.text("description", Category.Builder::description, Category::description));

  public static final Shape<Skill, Skill.Builder> SKILL =
      new Shape<>(
          Skill.class,
          "skill",
          "a",
          Skill::builder,
          Skill.Builder::build,
          Field.required("id", SKILL_ID.kind(), Skill.Builder::id, Skill::id),
          Field.required("name", Kind.STRING, Skill.Builder::name, Skill::name),
          Field.required("category", CATEGORY_ID.kind(), Skill.Builder::category, Skill::category),
          Field.text("description", Skill.Builder::description, Skill::description),
          Field.many("aliases", Kind.list(Kind.STRING), Skill.Builder::aliases, Skill::aliases),
          Field.many("definedAt", Kind.STEPS, Skill.Builder::definedAt, Skill::definedAt),
          Field.map("behaviours", Kind.TEXT_BY_STEP, Skill.Builder::behaviours, Skill::behaviours),
          Field.many(
              "references",
              Kind.list(Kind.object(REFERENCE)),
              Skill.Builder::references,
              Skill::references),
          Field.optional(
              "source", Kind.object(SOURCE), Skill.Builder::source, s -> Field.orNull(s.source())));

  public static final Shape<Responsibility, Responsibility.Builder> RESPONSIBILITY =
      new Shape<>(
          Responsibility.class,
          "responsibility",
          "a",
          Responsibility::builder,
          Responsibility.Builder::build,
          Field.required(
              "id", RESPONSIBILITY_ID.kind(), Responsibility.Builder::id, Responsibility::id),
          Field.required(
              "title", Kind.STRING, Responsibility.Builder::title, Responsibility::title),
          Field.required("area", Kind.STRING, Responsibility.Builder::area, Responsibility::area),
          Field.text(
              "description", Responsibility.Builder::description, Responsibility::description),
          Field.many(
              "indicators",
              Kind.list(Kind.STRING),
              Responsibility.Builder::indicators,
              Responsibility::indicators),
          Field.many(
              "skills",
              Kind.list(SKILL_ID.kind()),
              Responsibility.Builder::skills,
              Responsibility::skills),
          Field.optional(
              "source",
              Kind.object(SOURCE),
              Responsibility.Builder::source,
              r -> Field.orNull(r.source())));

  public static final Shape<Requirement, Requirement.Builder> REQUIREMENT =
      new Shape<>(
          Requirement.class,
          "requirement",
          "a",
          Requirement::builder,
          Requirement.Builder::build,
          Field.required("skill", SKILL_ID.kind(), Requirement.Builder::skill, Requirement::skill),
          Field.required(
              "proficiency",
              PROFICIENCY_ID.kind(),
              Requirement.Builder::proficiency,
              Requirement::proficiency),
          Field.optional(
              "importance",
              Kind.IMPORTANCE,
              Requirement.Builder::importance,
              Requirement::importance),
          Field.optional(
              "weight", Kind.NUMBER, Requirement.Builder::weight, r -> Field.orNull(r.weight())),
          Field.text("note", Requirement.Builder::note, Requirement::note));

  /** An option of a choice group: a requirement whose importance and weight are the group's. */
  public static final Shape<Requirement, Requirement.Builder> OPTION =
      new Shape<>(
          Requirement.class,
          "option",
          "an",
          Requirement::builder,
          Requirement.Builder::build,
          Field.required("skill", SKILL_ID.kind(), Requirement.Builder::skill, Requirement::skill),
          Field.required(
              "proficiency",
              PROFICIENCY_ID.kind(),
              Requirement.Builder::proficiency,
              Requirement::proficiency),
          Field.text("note", Requirement.Builder::note, Requirement::note));

  public static final Shape<ChoiceGroup, ChoiceGroup.Builder> GROUP =
      new Shape<>(
          ChoiceGroup.class,
          "choice group",
          "a",
          ChoiceGroup::builder,
          ChoiceGroup.Builder::build,
          Field.required("id", GROUP_ID.kind(), ChoiceGroup.Builder::id, ChoiceGroup::id),
          Field.required("title", Kind.STRING, ChoiceGroup.Builder::title, ChoiceGroup::title),
          Field.required(
              "atLeast", Kind.INTEGER, ChoiceGroup.Builder::atLeast, ChoiceGroup::atLeast),
          Field.optional(
              "importance",
              Kind.IMPORTANCE,
              ChoiceGroup.Builder::importance,
              ChoiceGroup::importance),
          Field.optional(
              "weight", Kind.NUMBER, ChoiceGroup.Builder::weight, g -> Field.orNull(g.weight())),
          Field.text("note", ChoiceGroup.Builder::note, ChoiceGroup::note),
          Field.required(
              "options",
              Kind.list(Kind.object(OPTION)),
              ChoiceGroup.Builder::options,
              ChoiceGroup::options));

  public static final Shape<Role, Role.Builder> ROLE =
      new Shape<>(
          Role.class,
          "role",
          "a",
          Role::builder,
          Role.Builder::build,
          Field.required("id", ROLE_ID.kind(), Role.Builder::id, Role::id),
          Field.required("title", Kind.STRING, Role.Builder::title, Role::title),
          Field.required("family", FAMILY_ID.kind(), Role.Builder::family, Role::family),
          Field.required("level", LEVEL_ID.kind(), Role.Builder::level, Role::level),
          Field.text("summary", Role.Builder::summary, Role::summary),
          Field.many(
              "responsibilities",
              Kind.list(RESPONSIBILITY_ID.kind()),
              Role.Builder::responsibilities,
              Role::responsibilities),
          Field.many(
              "requirements",
              Kind.list(Kind.object(REQUIREMENT)),
              Role.Builder::requirements,
              Role::requirements),
          Field.many("groups", Kind.list(Kind.object(GROUP)), Role.Builder::groups, Role::groups),
          Field.many(
              "progressesTo",
              Kind.list(ROLE_ID.kind()),
              Role.Builder::progressesTo,
              Role::progressesTo),
          Field.many(
              "collaborators",
              Kind.list(Kind.STRING),
              Role.Builder::collaborators,
              Role::collaborators),
          Field.many(
              "references",
              Kind.list(Kind.object(REFERENCE)),
              Role.Builder::references,
              Role::references),
          Field.optional(
              "source", Kind.object(SOURCE), Role.Builder::source, r -> Field.orNull(r.source())));

  public static final Shape<Catalogue, Catalogue.Builder> CATALOGUE =
      new Shape<>(
          Catalogue.class,
          "catalogue",
          "a",
          Catalogue::builder,
          Catalogue.Builder::build,
          Field.required(
              "format",
              Kind.format(CATALOGUE_FORMAT, "competency-catalogue/", "competency catalogue"),
              (b, format) -> {},
              c -> CATALOGUE_FORMAT),
          Field.required("id", CATALOGUE_ID.kind(), Catalogue.Builder::id, Catalogue::id),
          Field.required("version", Kind.STRING, Catalogue.Builder::version, Catalogue::version),
          Field.required("title", Kind.STRING, Catalogue.Builder::title, Catalogue::title),
          Field.required(
              "language", Kind.LANGUAGE, Catalogue.Builder::language, Catalogue::language),
          Field.text("description", Catalogue.Builder::description, Catalogue::description),
          Field.optional(
              "source",
              Kind.object(SOURCE),
              Catalogue.Builder::source,
              c -> Field.orNull(c.source())),
          Field.optional(
              "proficiencies",
              Kind.list(Kind.object(PROFICIENCY)),
              Catalogue.Builder::proficiencies,
              Catalogue::proficiencies),
          Field.optional(
              "levels",
              Kind.list(Kind.object(LEVEL)),
              Catalogue.Builder::levels,
              Catalogue::levels),
          Field.many(
              "families",
              Kind.list(Kind.object(FAMILY)),
              Catalogue.Builder::families,
              Catalogue::families),
          Field.optional(
              "categories",
              Kind.list(Kind.object(CATEGORY)),
              Catalogue.Builder::categories,
              Catalogue::categories),
          Field.optional(
              "skills",
              Kind.list(Kind.object(SKILL)),
              Catalogue.Builder::skills,
              Catalogue::skills),
          Field.optional(
              "responsibilities",
              Kind.list(Kind.object(RESPONSIBILITY)),
              Catalogue.Builder::responsibilities,
              Catalogue::responsibilities),
          Field.optional(
              "roles", Kind.list(Kind.object(ROLE)), Catalogue.Builder::roles, Catalogue::roles));

  /** Every id type. */
  public static final List<IdKind<?>> IDS =
      List.of(
          CATALOGUE_ID,
          PROFICIENCY_ID,
          LEVEL_ID,
          FAMILY_ID,
          CATEGORY_ID,
          SKILL_ID,
          RESPONSIBILITY_ID,
          ROLE_ID,
          GROUP_ID);

  /** Every element of a catalogue that is a value of its own. */
  public static final List<Shape<?, ?>> VALUES =
      List.of(
          SOURCE,
          REFERENCE,
          PROFICIENCY,
          LEVEL,
          FAMILY,
          CATEGORY,
          SKILL,
          RESPONSIBILITY,
          REQUIREMENT,
          GROUP,
          ROLE);
}
