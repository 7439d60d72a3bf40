package io.github.competency.tabular;

import java.util.List;
import java.util.Locale;

/**
 * The columns a ratings sheet may have. Each is found by its header, compared ignoring case,
 * accents, spaces and punctuation ("Person ID", "person_id" and "PersonId" are the same), under
 * any of its {@linkplain #headers() default headers} or the header a mapping gives it.
 *
 * <p>In the {@linkplain Layout#WIDE wide} layout, every other column is a skill.
 */
public enum RatingColumn {
  /** The person's id as the HR system spells it, such as {@code E10442}. */
  PERSON_ID(
      "person id",
      "employee id",
      "employee number",
      "employee no",
      "personnel number",
      "staff id",
      "person",
      "id"),
  /** The person's name as people see it. */
  PERSON_NAME("name", "person name", "employee name", "full name", "employee"),
  /** The role the person holds now, by the catalogue's role id or title. */
  ROLE("role", "current role", "job title", "job", "position"),
  /** The skill rated, by the catalogue's skill id, name or alias (long layout). */
  SKILL("skill", "skill id", "skill name", "competency", "competence"),
  /** The rating: a step of the scale by id, name or number (long layout). */
  RATING("rating", "level", "proficiency", "step", "score"),
  /** Who gave the rating, by name; read and not kept, as profiles record the kind of rater. */
  RATER("rater", "rater name", "rated by", "reviewer", "assessor"),
  /** The kind of rater: self, peer, manager or assessment. */
  RATER_KIND("rater kind", "rater type", "rater role", "kind of rater", "perspective"),
  /** The day of the rating: an ISO date such as 2026-11-30, 30.11.2026, or a date cell. */
  DATE("date", "rated on", "rating date", "assessment date", "assessed on"),
  /** What backs the rating: a short text (long layout). */
  EVIDENCE("evidence", "evidence text", "comment", "comments", "note", "notes"),
  /** Where to see more evidence: an absolute URL (long layout). */
  EVIDENCE_URL("evidence url", "evidence link", "url", "link");

  private final List<String> headers;

  RatingColumn(String... headers) {
    this.headers = List.of(headers);
  }

  /**
   * Returns the headers this column is found under unless a mapping says otherwise.
   *
   * @return the headers, the first one being the column's name in messages and written sheets
   */
  public List<String> headers() {
    return headers;
  }

  /**
   * Returns the name used in mapping files: the first header with hyphens.
   *
   * @return for example {@code "person-id"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
