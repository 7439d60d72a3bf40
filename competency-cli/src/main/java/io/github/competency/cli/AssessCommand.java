package io.github.competency.cli;

import io.github.competency.core.Catalogue;
import io.github.competency.core.CatalogueId;
import io.github.competency.core.CompetencyException;
import io.github.competency.core.Problem;
import io.github.competency.core.ProfileId;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.ValidationException;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.InvalidProfileException;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.ProfileScore;
import io.github.competency.core.assess.Ranker;
import io.github.competency.core.assess.ReadinessMode;
import io.github.competency.core.json.AssessmentJson;
import io.github.competency.core.json.ProfileJson;
import io.github.competency.core.json.ReadLimits;
import io.github.competency.tabular.RatingsReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assess}: a person's profile against a role, or many profiles ranked for a role. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description =
        "Prints a profile's gap report against a role: readiness in every mode, the "
            + "gaps most useful first, responsibilities covered, where self and assessors disagree, "
            + "and the next steps from the profile's role. With --rank, prints the profiles of a "
            + "folder or JSON-lines file, or the people of a ratings sheet (CSV or XLSX), that "
            + "fit the role best. With --ratings, assesses the people of a ratings sheet.")
final class AssessCommand implements Callable<Integer> {

  /** How profiles to rank are read: small documents, one at a time. */
  private static final ProfileJson RANK_JSON =
      ProfileJson.defaults()
          .withLimits(ReadLimits.defaults().withMaxDocumentBytes(ProfileLines.MAX_BYTES));

  /** The profile assessed when none is given: a junior engineer part-way to senior. */
  static final String SAMPLE = "/profiles/alex-kim.json";

  /** How an assessment is printed. */
  enum Format {
    /** Plain text for a terminal. */
    text,
    /** A Markdown page. */
    markdown,
    /** JSON, format competency-assessment/1. */
    json
  }

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "PROFILE",
      arity = "0..1",
      description =
          "A profile file (competency-profile/1); by default a sample profile of a "
              + "junior engineer part-way to senior.")
  private Path profile;

  @Option(
      names = "--role",
      paramLabel = "ID",
      description =
          "The role to assess against (default: senior-backend-engineer, or the last "
              + "role of the profile's career path).")
  private String role;

  @Option(
      names = "--catalogue",
      paramLabel = "ID|FILE",
      description = "The catalogue (default: the one the profile names, if shipped).")
  private String catalogue;

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description = "An overlay to apply to the catalogue first; repeatable.")
  private List<Path> overlays = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--rank",
      paramLabel = "FOLDER|FILE",
      description =
          "Rank the profiles of a folder (*.json) or a JSON-lines file, or the people of a"
              + " ratings sheet (*.csv, *.xlsx), for the role, one at a time; a profile that"
              + " cannot be read or does not fit the catalogue is reported by line or file and"
              + " set aside, and then the exit code is 1.")
  private Path rank;

  @Option(
      names = "--ratings",
      paramLabel = "FILE",
      description =
          "A ratings sheet (*.csv, *.xlsx): every person against the role, or one with --person.")
  private Path ratings;

  @Option(
      names = "--person",
      paramLabel = "ID",
      description = "With --ratings, the person to assess, by the sheet's id.")
  private String person;

  @Option(
      names = "--dry-run",
      description = "Only check the sheet or profile: what it holds and every problem.")
  private boolean dryRun;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "With --ratings or a sheet to --rank, also write the team matrix or the ranking to a"
              + " file (*.csv or *.xlsx).")
  private Path output;

  @Mixin private SheetOptions sheet = new SheetOptions();

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "10",
      description = "How many profiles --rank prints (default: ${DEFAULT-VALUE}).")
  private int top;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "proportional",
      description =
          "The readiness mode --rank orders by: binary, proportional, "
              + "weighted_binary or weighted_proportional (default: ${DEFAULT-VALUE}).")
  private ReadinessMode mode;

  @Override
  public Integer call() {
    if (ratings != null && rank != null) {
      throw new ParameterException(spec.commandLine(), "give either --ratings or --rank, not both");
    }
    if (rank != null && SheetOptions.isSheet(rank)) {
      return rankSheet();
    }
    if (ratings == null && (sheet.given() || person != null || output != null)) {
      // a mapping file is read first, so that a file that cannot be used says so
      sheet.apply(RatingsReader.of(sheetCatalogue()), spec);
      throw new ParameterException(
          spec.commandLine(),
          "--person, --out and the sheet options apply to a ratings sheet: give"
              + " --ratings FILE (or a sheet to --rank for --out and the sheet options)");
    }
    if (rank != null) {
      return rank();
    }
    if (ratings != null) {
      return ratings();
    }
    byte[] json = profileBytes();
    Profile read = parse(json, null, profileName());
    Assessor assessor = Assessor.of(catalogue(read.catalogue(), profileName(), json));
    Profile checked = parse(json, assessor, profileName());
    if (dryRun) {
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          Terminal.escape(
              profileName()
                  + ": profile "
                  + checked.id()
                  + ", "
                  + checked.ratings().size()
                  + " ratings, against "
                  + assessor.catalogue().id()
                  + " "
                  + assessor.catalogue().version()));
      out.println("no problems");
      out.flush();
      return 0;
    }
    AssessmentReport report = new AssessmentReport(assessor, checked, role(assessor, checked));
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case markdown -> new AssessMarkdownRenderer(report).render();
          case json -> AssessmentJson.defaults().toJson(assessor, checked, report.role.id());
          default -> new AssessTextRenderer(report).render();
        });
    out.flush();
    return 0;
  }

  private int ratings() {
    Assessor assessor = Assessor.of(sheetCatalogue());
    RatingsReader reader = sheet.apply(RatingsReader.of(assessor.catalogue()), spec);
    PrintWriter out = spec.commandLine().getOut();
    if (dryRun) {
      int code = SheetAssessment.dryRun(reader, ratings, out);
      out.flush();
      return code;
    }
    if (person == null) {
      int code =
          SheetAssessment.team(reader, assessor, ratings, role(assessor, null), mode, output, out);
      out.flush();
      return code;
    }
    Profile one = SheetAssessment.person(reader, ratings, person).profile();
    AssessmentReport report = new AssessmentReport(assessor, one, role(assessor, one));
    out.print(
        switch (format) {
          case markdown -> new AssessMarkdownRenderer(report).render();
          case json -> AssessmentJson.defaults().toJson(assessor, one, report.role.id());
          default -> new AssessTextRenderer(report).render();
        });
    out.flush();
    return 0;
  }

  private int rankSheet() {
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top must be at least 1");
    }
    Assessor assessor = Assessor.of(sheetCatalogue());
    RatingsReader reader = sheet.apply(RatingsReader.of(assessor.catalogue()), spec);
    int code =
        SheetAssessment.rank(
            reader,
            assessor,
            rank,
            role(assessor, null),
            mode,
            top,
            output,
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
    spec.commandLine().getOut().flush();
    return code;
  }

  /** The catalogue of a ratings sheet: --catalogue, else the shipped default, with overlays. */
  private Catalogue sheetCatalogue() {
    CatalogueChoice.Loaded loaded = CatalogueChoice.load(Optional.ofNullable(catalogue), spec);
    return CatalogueChoice.withOverlays(loaded, overlays).catalogue();
  }

  /**
   * Ranks the profiles of a folder or a JSON-lines file one at a time, holding only the best
   * {@code --top}: each profile that cannot be read or does not fit the catalogue is reported on
   * standard error, by line or file, and set aside; the ranking is printed at the end, and the
   * exit code is 1 if any profile was set aside.
   */
  private int rank() {
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top must be at least 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    try (SetAsideSpool spool = new SetAsideSpool();
        ProfileLines input = ProfileLines.open(rank)) {
      Ranking ranking = new Ranking(err, spool);
      for (ProfileLines.Entry entry = input.next(); entry != null; entry = input.next()) {
        ranking.offer(entry);
      }
      if (ranking.ranker == null) {
        throw new CompetencyException(
            rank + ": no profiles to rank" + (ranking.setAside > 0 ? " could be read" : ""));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        RankingJsonRenderer.ranking(
            out, ranking.assessor.catalogue(), ranking.target, mode, ranking.ranker, spool);
      } else {
        ranking.print(out);
      }
      out.flush();
      return ranking.exitCode();
    }
  }

  /** The ranking as it is built: the assessor and ranker once the first profile is read. */
  private final class Ranking {
    private final PrintWriter err;
    private final SetAsideSpool spool;
    private Assessor assessor;
    private RoleId target;
    private Ranker ranker;
    private long setAside;

    Ranking(PrintWriter err, SetAsideSpool spool) {
      this.err = err;
      this.spool = spool;
    }

    /** 1 after saying how many were set aside, if any was; else 0. */
    int exitCode() {
      if (setAside == 0) {
        return 0;
      }
      err.println(
          "competency: set aside "
              + AssessmentReport.count(setAside, "profile")
              + " of "
              + (setAside + ranker.ranked())
              + "; each is reported above");
      err.flush();
      return Main.FAILURE;
    }

    void offer(ProfileLines.Entry entry) {
      if (entry.problem() != null) {
        setAside(entry.where(), null, List.of(Problem.of("$", entry.problem())));
        return;
      }
      Profile profile;
      try {
        profile = RANK_JSON.read(new ByteArrayInputStream(entry.text()));
      } catch (InvalidProfileException e) {
        setAside(entry.where(), e.profile().orElse(null), e.problems());
        return;
      }
      if (ranker == null) {
        assessor = Assessor.of(catalogue(profile.catalogue(), entry.where(), entry.text()));
        target = role(assessor, profile);
        ranker = assessor.ranker(target, mode, top);
      }
      ranker
          .offer(profile)
          .ifPresent(bad -> setAside(entry.where(), bad.profile(), bad.problems()));
    }

    private void setAside(String where, ProfileId id, List<Problem> problems) {
      setAside++;
      StringBuilder message = new StringBuilder(Terminal.escape(where)).append(": ");
      message.append(id == null ? "unreadable profile" : "profile '" + id + "' set aside");
      message.append(": ").append(AssessmentReport.count(problems.size(), "problem"));
      for (Problem problem : problems) {
        message
            .append(System.lineSeparator())
            .append("  ")
            .append(Terminal.escape(problem.toString()));
      }
      err.println(message);
      err.flush();
      if (format == Format.json) {
        spool.add(RankingJsonRenderer.setAside(where, id, problems));
      }
    }

    void print(PrintWriter out) {
      List<ProfileScore> best = ranker.top();
      out.println(
          Terminal.escape(
              "Top "
                  + best.size()
                  + " of "
                  + ranker.ranked()
                  + " profiles for "
                  + assessor.catalogue().get(target).title()
                  + ", by "
                  + AssessmentReport.label(mode)
                  + " readiness"
                  + (setAside > 0 ? " (" + setAside + " set aside)" : "")
                  + ":"));
      out.println();
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("#", "PROFILE", "READINESS", "NAME"));
      for (int i = 0; i < best.size(); i++) {
        ProfileScore score = best.get(i);
        rows.add(
            List.of(
                String.valueOf(i + 1),
                score.profile().value(),
                String.format(Locale.ROOT, "%.2f", score.readiness()),
                score.name().orElse("")));
      }
      Table.print(rows, out);
    }
  }

  private String profileName() {
    return profile == null ? "the sample profile" : profile.toString();
  }

  private byte[] profileBytes() {
    if (profile == null) {
      try (InputStream in = AssessCommand.class.getResourceAsStream(SAMPLE)) {
        if (in == null) {
          throw new IllegalStateException("the sample profile " + SAMPLE + " is missing");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Inputs.bytes(profile);
  }

  private static Profile parse(byte[] json, Assessor assessor, String name) {
    try {
      ByteArrayInputStream in = new ByteArrayInputStream(json);
      return assessor == null
          ? ProfileJson.defaults().read(in)
          : ProfileJson.defaults().read(in, assessor);
    } catch (ValidationException e) {
      throw new CompetencyException(name + ": " + e.getMessage(), e);
    }
  }

  /** The catalogue given with --catalogue, else the one the profile names, if shipped. */
  private Catalogue catalogue(CatalogueId named, String document, byte[] json) {
    CatalogueChoice.Loaded loaded =
        catalogue == null
            ? CatalogueChoice.named(named, document, Inputs.field(json, "catalogue"))
            : CatalogueChoice.load(Optional.of(catalogue), spec);
    return CatalogueChoice.withOverlays(loaded, overlays).catalogue();
  }

  private RoleId role(Assessor assessor, Profile assessed) {
    Catalogue assessedAgainst = assessor.catalogue();
    if (role != null) {
      return assessedAgainst.roles().stream()
          .map(Role::id)
          .filter(id -> id.value().equals(role))
          .findFirst()
          .orElseThrow(
              () ->
                  new ParameterException(
                      spec.commandLine(),
                      "unknown role '"
                          + role
                          + "'; valid roles: "
                          + assessedAgainst.roles().stream()
                              .map(r -> r.id().value())
                              .collect(Collectors.joining(", "))));
    }
    RoleId senior = RoleId.of("senior-backend-engineer");
    if (assessedAgainst.find(senior).isPresent()) {
      return senior;
    }
    if (assessed != null && assessed.role().isPresent()) {
      List<Role> path = assessedAgainst.careerPath(assessed.role().get());
      return path.get(path.size() - 1).id();
    }
    if (assessedAgainst.roles().isEmpty()) {
      throw new CompetencyException("the catalogue " + assessedAgainst.id() + " has no roles");
    }
    return assessedAgainst.roles().get(0).id();
  }
}
