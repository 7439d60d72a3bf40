package io.github.competency.core.json;

import io.github.competency.core.ProfileId;
import io.github.competency.core.assess.Evidence;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.RaterKind;
import io.github.competency.core.assess.Rating;
import io.github.competency.core.internal.ProfileIds;
import io.github.competency.core.internal.Texts;
import io.github.competency.core.internal.json.Field;
import io.github.competency.core.internal.json.Kind;
import io.github.competency.core.internal.json.Shape;
import io.github.competency.core.internal.json.Shapes;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The tables of the {@value #FORMAT} format: a person's profile, its ratings and their
 * evidence. The reader, the writer and the schema test run from these, as for catalogues.
 */
final class ProfileShapes {

  /** The format's name and version. */
  static final String FORMAT = "competency-profile/1";

  private ProfileShapes() {}

  /** A profile's id. */
  static final Shapes.IdKind<ProfileId> PROFILE_ID =
      Shapes.IdKind.of(ProfileId.class, "profile", ProfileId::of, ProfileIds::problem);

  static final Kind<LocalDate> DATE =
      Kind.textual(
          ProfileShapes::date,
          LocalDate::toString,
          text ->
              "'"
                  + Texts.abbreviate(text)
                  + "' is not a date;"
                  + " write a day in ISO 8601, such as '2026-11-30'");

  static final Kind<RaterKind> RATER =
      Kind.textual(
          ProfileShapes::rater,
          RaterKind::label,
          text ->
              "'"
                  + Texts.abbreviate(text)
                  + "' is not a "
                  + "rater; use 'self', 'peer', 'manager' or 'assessment'");

  static final Shape<Evidence, Evidence.Builder> EVIDENCE =
      new Shape<>(
          Evidence.class,
          "evidence",
          "an",
          Evidence::builder,
          Evidence.Builder::build,
          Field.required("text", Kind.STRING, Evidence.Builder::text, Evidence::text),
          Field.optional("uri", Kind.URI_KIND, Evidence.Builder::uri, e -> Field.orNull(e.uri())));

  static final Shape<Rating, Rating.Builder> RATING =
      new Shape<>(
          Rating.class,
          "rating",
          "a",
          Rating::builder,
          Rating.Builder::build,
          Field.required("skill", Shapes.SKILL_ID.kind(), Rating.Builder::skill, Rating::skill),
          Field.required(
              "proficiency",
              Shapes.PROFICIENCY_ID.kind(),
              Rating.Builder::proficiency,
              Rating::proficiency),
          Field.optional("rater", RATER, Rating.Builder::rater, Rating::rater),
          Field.optional("date", DATE, Rating.Builder::date, r -> Field.orNull(r.date())),
          Field.optional(
              "evidence",
              Kind.object(EVIDENCE),
              Rating.Builder::evidence,
              r -> Field.orNull(r.evidence())));

  static final Shape<Profile, Profile.Builder> PROFILE =
      new Shape<>(
          Profile.class,
          "profile",
          "a",
          Profile::builder,
          Profile.Builder::build,
          Field.required(
              "format",
              Kind.format(FORMAT, "competency-profile/", "competency profile"),
              (b, v) -> {},
              p -> FORMAT),
          Field.required("id", PROFILE_ID.kind(), Profile.Builder::id, Profile::id),
          Field.optional("name", Kind.STRING, Profile.Builder::name, p -> Field.orNull(p.name())),
          Field.required(
              "catalogue",
              Shapes.CATALOGUE_ID.kind(),
              Profile.Builder::catalogue,
              Profile::catalogue),
          Field.required(
              "catalogueVersion",
              Kind.STRING,
              Profile.Builder::catalogueVersion,
              Profile::catalogueVersion),
          Field.optional(
              "role", Shapes.ROLE_ID.kind(), Profile.Builder::role, p -> Field.orNull(p.role())),
          Field.required("assessedOn", DATE, Profile.Builder::assessedOn, Profile::assessedOn),
          Field.required(
              "ratings",
              Kind.list(Kind.object(RATING)),
              Profile.Builder::ratings,
              Profile::ratings));

  private static LocalDate date(String text) {
    if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static RaterKind rater(String text) {
    for (RaterKind kind : RaterKind.values()) {
      if (kind.label().equals(text)) {
        return kind;
      }
    }
    return null;
  }
}
