package io.github.competency.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.competency.core.json.CatalogueJson;
import io.github.competency.core.json.OverlayJson;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Choice groups in the model, the format, validation, overlays, diff and translations. */
class ChoiceGroupTest {

  private static final RoleId SENIOR = RoleId.of("senior-platform-engineer");
  private static final RoleId STAFF = RoleId.of("staff-platform-engineer");
  private static final SkillId GO = SkillId.of("go");
  private static final SkillId KUBERNETES = SkillId.of("kubernetes");
  private static final SkillId OBSERVABILITY = SkillId.of("observability");
  private static final SkillId MENTORING = SkillId.of("mentoring");
  private static final ProficiencyId WORKING = ProficiencyId.of("working");
  private static final ProficiencyId PRACTITIONER = ProficiencyId.of("practitioner");
  private static final GroupId TOOLING = GroupId.of("tooling");

  private final Catalogue fixture = Fixtures.platformTeam();

  /** The staff role with "one of Go or observability" added. */
  private Catalogue withGroup(ChoiceGroup group) {
    return fixture.with(fixture.get(STAFF).with(group));
  }

  private static ChoiceGroup tooling() {
    return ChoiceGroup.builder()
        .id(TOOLING)
        .title("A second strength")
        .atLeast(1)
        .importance(Importance.OPTIONAL)
        .weight(2.5)
        .note("Either one, used on a real system.")
        .addOption(Requirement.of(GO, PRACTITIONER))
        .addOption(Requirement.of(OBSERVABILITY, WORKING).withNote("Dashboards count."))
        .build();
  }

  @Test
  void aRoleFindsItsGroupsAndTheCatalogueCountsTheirOptionsAsRequired() {
    Catalogue catalogue = withGroup(tooling());
    Role staff = catalogue.get(STAFF);

    assertThat(staff.group(TOOLING)).contains(tooling());
    assertThat(staff.groupOf(OBSERVABILITY)).contains(tooling());
    assertThat(staff.groupOf(KUBERNETES)).isEmpty();
    assertThat(staff.requirement(GO)).as("an option is not a requirement of its own").isEmpty();
    assertThat(staff.asksFor(GO)).isTrue();
    assertThat(staff.asksFor(MENTORING)).isFalse();
    assertThat(catalogue.rolesRequiring(OBSERVABILITY)).extracting(Role::id).containsExactly(STAFF);
    assertThat(staff.withoutGroup(TOOLING).groups()).isEmpty();
    assertThat(staff.withoutGroup(GroupId.of("other"))).isSameAs(staff);
    assertThat(staff.with(tooling().withAtLeast(2)).groups())
        .singleElement()
        .extracting(ChoiceGroup::atLeast)
        .isEqualTo(2);
  }

  @Test
  void theJsonHoldsGroupsAfterRequirementsAndReadsBackEqual() {
    Catalogue catalogue = withGroup(tooling());
    String json = CatalogueJson.defaults().toJson(catalogue);

    assertThat(json)
        .contains(
            "\"groups\": [\n"
                + "        {\n"
                + "          \"id\": \"tooling\",\n"
                + "          \"title\": \"A second strength\",\n"
                + "          \"atLeast\": 1,\n"
                + "          \"importance\": \"optional\",\n"
                + "          \"weight\": 2.5,\n"
                + "          \"note\": \"Either one, used on a real system.\",\n"
                + "          \"options\": [\n"
                + "            {\n"
                + "              \"skill\": \"go\",\n"
                + "              \"proficiency\": \"practitioner\"\n"
                + "            },");
    assertThat(json.indexOf("\"groups\"")).isGreaterThan(json.indexOf("\"requirements\""));
    assertThat(CatalogueJson.defaults().fromJson(json)).isEqualTo(catalogue);
    assertThat(io.github.competency.core.json.SchemaCheck.errors(json)).isEmpty();
  }

  @Test
  void anOptionHasNoImportanceOrWeightInTheFormat() {
    String written = CatalogueJson.defaults().toJson(withGroup(tooling()));
    int options = written.indexOf("\"options\"");
    String json =
        written.substring(0, options)
            + written
                .substring(options)
                .replaceFirst(
                    "\"skill\": \"go\",\n", "\"skill\": \"go\",\n\"importance\": \"optional\",\n");

    InvalidCatalogueException e =
        catchThrowableOfType(
            InvalidCatalogueException.class, () -> CatalogueJson.defaults().fromJson(json));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("roles[2].groups[0].options[0].importance");
              assertThat(p.message()).contains("importance");
            });
  }

  @Test
  void everyProblemOfAGroupIsReportedAtItsPath() {
    ChoiceGroup broken =
        ChoiceGroup.builder()
            .id(TOOLING)
            .title(" ")
            .atLeast(3)
            .weight(-1)
            .addOption(Requirement.of(KUBERNETES, PRACTITIONER))
            .addOption(
                Requirement.of(SkillId.of("cobol"), WORKING, Importance.OPTIONAL).withWeight(2))
            .build();
    Role staff = fixture.get(STAFF);
    Role twice = staff.withGroups(List.of(broken, tooling().withId(TOOLING)));

    InvalidCatalogueException e =
        catchThrowableOfType(InvalidCatalogueException.class, () -> fixture.with(twice));

    assertThat(e.problems())
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("roles[2].groups[0].title", "must not be blank"),
            org.assertj.core.groups.Tuple.tuple(
                "roles[2].groups[0].atLeast",
                "atLeast 3 must be between 1 and the number of options (2)"),
            org.assertj.core.groups.Tuple.tuple(
                "roles[2].groups[0].weight", "weight -1.0 must be a positive, finite number"),
            org.assertj.core.groups.Tuple.tuple(
                "roles[2].groups[0].options[0].skill",
                "skill 'kubernetes' is already required at index 0; a role states one"
                    + " requirement per skill"),
            org.assertj.core.groups.Tuple.tuple(
                "roles[2].groups[0].options[1].skill",
                "unknown skill 'cobol'; known: go, incident-response, kubernetes, mentoring,"
                    + " observability"),
            org.assertj.core.groups.Tuple.tuple(
                "roles[2].groups[0].options[1].importance",
                "an option of a choice group takes its importance from the group; set the"
                    + " group's importance instead"),
            org.assertj.core.groups.Tuple.tuple(
                "roles[2].groups[0].options[1].weight",
                "an option of a choice group takes its weight from the group; set the group's"
                    + " weight instead"),
            org.assertj.core.groups.Tuple.tuple(
                "roles[2].groups[1].id",
                "duplicate group id 'tooling', first declared at groups[0]; a role's groups"
                    + " have ids of their own"));
  }

  @Test
  void aSkillOfferedByTwoGroupsIsRefusedAtTheSecond() {
    ChoiceGroup other =
        ChoiceGroup.of(
            GroupId.of("other"),
            "Another",
            1,
            Importance.ESSENTIAL,
            List.of(Requirement.of(OBSERVABILITY, WORKING)));

    InvalidCatalogueException e =
        catchThrowableOfType(
            InvalidCatalogueException.class,
            () -> fixture.with(fixture.get(STAFF).withGroups(List.of(tooling(), other))));

    assertThat(e.problems())
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "roles[2].groups[1].options[0].skill",
                "skill 'observability' is already required at groups[0].options[1]; a role"
                    + " states one requirement per skill"));
  }

  @Test
  void anEmptyGroupAndAStepTheSkillLacksAreRefused() {
    ChoiceGroup empty = ChoiceGroup.of(TOOLING, "Nothing", 1, Importance.ESSENTIAL, List.of());
    ChoiceGroup undefined =
        ChoiceGroup.of(
            GroupId.of("response"),
            "Incidents",
            1,
            Importance.ESSENTIAL,
            List.of(
                Requirement.of(SkillId.of("incident-response"), ProficiencyId.of("awareness"))));
    Role senior = fixture.get(SENIOR).withoutRequirement(SkillId.of("incident-response"));

    InvalidCatalogueException e =
        catchThrowableOfType(
            InvalidCatalogueException.class,
            () -> fixture.with(senior.withGroups(List.of(empty, undefined))));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("roles[1].groups[0].atLeast", "roles[1].groups[1].options[0].proficiency");
  }

  @Test
  void anOverlayPatchesAddsAndRemovesGroups() {
    Catalogue base = withGroup(tooling());
    Overlay overlay =
        Overlay.builder()
            .id(OverlayId.of("acme"))
            .base(base.id())
            .addPatch(
                Patch.builder()
                    .target(STAFF)
                    .addGroupChange(Patch.GroupChange.atLeast(TOOLING, 2))
                    .build())
            .addPatch(
                Patch.builder()
                    .target(SENIOR)
                    .addDroppedRequirement(GO)
                    .addGroupChange(
                        new Patch.GroupChange(
                            GroupId.of("language"),
                            java.util.Optional.of("A language"),
                            java.util.OptionalInt.of(1),
                            java.util.Optional.empty(),
                            OptionalDouble.empty(),
                            java.util.Optional.empty(),
                            java.util.Optional.of(List.of(Requirement.of(GO, PRACTITIONER)))))
                    .build())
            .build();

    Catalogue changed = Overlays.apply(base, List.of(overlay)).catalogue();

    assertThat(changed.get(STAFF).group(TOOLING).orElseThrow().atLeast()).isEqualTo(2);
    assertThat(changed.get(STAFF).group(TOOLING).orElseThrow().options())
        .as("what the patch does not name stays")
        .isEqualTo(tooling().options());
    assertThat(changed.get(SENIOR).groupOf(GO).orElseThrow().title()).isEqualTo("A language");

    Overlay removing =
        Overlay.builder()
            .id(OverlayId.of("tidy"))
            .base(base.id())
            .addPatch(Patch.builder().target(STAFF).addDroppedGroup(TOOLING).build())
            .build();
    assertThat(Overlays.apply(base, List.of(removing)).catalogue().get(STAFF).groups()).isEmpty();
  }

  @Test
  void anOverlayFileSpellsGroupChangesAndMistakesArePointedAt() {
    Catalogue base = withGroup(tooling());
    String overlay =
        """
        {
          "format": "competency-overlay/1",
          "id": "acme",
          "base": { "catalogue": "platform-team" },
          "patch": {
            "roles": {
              "staff-platform-engineer": {
                "groups": { "tooling": { "atLeast": 2 }, "new-one": { "atLeast": 1 } },
                "removeGroups": ["missing"]
              }
            }
          }
        }
        """;

    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                Overlays.apply(base, List.of(OverlayJson.defaults().fromJson(overlay)))
                    .catalogue());

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "patch.roles.staff-platform-engineer.removeGroups[0]",
            "patch.roles.staff-platform-engineer.groups.new-one");
    assertThat(io.github.competency.core.json.SchemaCheck.overlayErrors(overlay)).isEmpty();
  }

  @Test
  void theDiffNamesGroupFieldsAndOptionSteps() {
    Catalogue before = withGroup(tooling());
    ChoiceGroup raised =
        tooling()
            .withAtLeast(2)
            .withOptions(
                List.of(
                    Requirement.of(GO, ProficiencyId.of("expert")), tooling().options().get(1)));
    Catalogue after = withGroup(raised);

    CatalogueDiff diff = CatalogueDiff.between(before, after);

    assertThat(diff.changes())
        .singleElement()
        .satisfies(
            change ->
                assertThat(change.fields())
                    .extracting(CatalogueDiff.FieldChange::toString)
                    .containsExactly(
                        "groups.tooling.atLeast: 1 -> 2",
                        "groups.tooling.options.go.proficiency: practitioner -> expert"));
  }

  @Test
  void groupTextsAreTranslatable() {
    Catalogue catalogue = withGroup(tooling());
    Translation german =
        Translation.builder(catalogue.id(), Locale.GERMAN)
            .put(
                TextKey.groupTitle(STAFF, TOOLING),
                TranslatedText.of("Eine zweite Stärke", sourceHash(catalogue, "A second strength")))
            .put(
                TextKey.note(STAFF, OBSERVABILITY),
                TranslatedText.of("Dashboards zählen.", sourceHash(catalogue, "Dashboards count.")))
            .build();

    Catalogue translated = Translations.of(catalogue, List.of(german)).in(Locale.GERMAN);

    ChoiceGroup group = translated.get(STAFF).group(TOOLING).orElseThrow();
    assertThat(group.title()).isEqualTo("Eine zweite Stärke");
    assertThat(group.note()).as("untranslated, from the catalogue").isEqualTo(tooling().note());
    assertThat(group.option(OBSERVABILITY).orElseThrow().note()).isEqualTo("Dashboards zählen.");
    assertThat(Translation.of(catalogue).texts().keySet())
        .contains(
            TextKey.groupTitle(STAFF, TOOLING),
            TextKey.groupNote(STAFF, TOOLING),
            TextKey.note(STAFF, OBSERVABILITY));
    assertThat(TextKey.parse("roles.staff-platform-engineer.groupTitles.tooling"))
        .isEqualTo(TextKey.groupTitle(STAFF, TOOLING));
  }

  private static String sourceHash(Catalogue catalogue, String text) {
    return Translation.of(catalogue).texts().values().stream()
        .filter(t -> t.text().equals(text))
        .findFirst()
        .orElseThrow()
        .sourceHash();
  }
}
