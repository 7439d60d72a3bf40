package example.spring;

import io.github.competency.core.Catalogue;
import io.github.competency.core.Problem;
import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.core.ValidationException;
import io.github.competency.core.assess.Assessor;
import io.github.competency.core.assess.GapReport;
import io.github.competency.core.assess.Profile;
import io.github.competency.core.assess.Ranking;
import io.github.competency.core.assess.ReadinessMode;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Three endpoints, each returning a value of the library as it is; the host's mapper writes it.
 *
 * <ul>
 *   <li>{@code GET /roles/{id}}: a role of the catalogue, in its catalogue-format shape;
 *   <li>{@code POST /roles/{id}/gaps} with a profile ({@code competency-profile/1}): the gap
 *       report of the profile against the role, in the shape of the {@code
 *       competency-assessment/1} document;
 *   <li>{@code POST /roles/{id}/ranking?top=k&mode=...} with a list of profiles: the k that fit
 *       the role best, as {@code {"profile", "readiness"}} pairs.
 * </ul>
 *
 * <p>A profile that is not valid JSON of its format, or that does not fit the catalogue, is
 * answered with 400 and the library's problems, each with its path; an unknown role with 404.
 */
@RestController
class AssessmentController {

  private final Assessor assessor;

  AssessmentController(Assessor assessor) {
    this.assessor = assessor;
  }

  @GetMapping("/roles/{id}")
  Role role(@PathVariable String id) {
    return catalogue().get(roleId(id));
  }

  @PostMapping("/roles/{id}/gaps")
  GapReport gaps(@PathVariable String id, @RequestBody Profile profile) {
    return assessor.gaps(profile, roleId(id));
  }

  @PostMapping("/roles/{id}/ranking")
  Ranking ranking(
      @PathVariable String id,
      @RequestParam(defaultValue = "10") int top,
      @RequestParam(defaultValue = "proportional") String mode,
      @RequestBody List<Profile> profiles) {
    if (top < 1) {
      throw new BadRequest("top must be at least 1");
    }
    return assessor.rank(roleId(id), mode(mode), profiles, top);
  }

  private static ReadinessMode mode(String name) {
    for (ReadinessMode mode : ReadinessMode.values()) {
      if (mode.name().equalsIgnoreCase(name)) {
        return mode;
      }
    }
    throw new BadRequest(
        "unknown mode '"
            + name
            + "'; use binary, proportional, weighted_binary or weighted_proportional");
  }

  private Catalogue catalogue() {
    return assessor.catalogue();
  }

  private RoleId roleId(String id) {
    return catalogue().roles().stream()
        .map(Role::id)
        .filter(role -> role.value().equals(id))
        .findFirst()
        .orElseThrow(() -> new UnknownRole(id));
  }

  /** A role the catalogue does not have. */
  static final class UnknownRole extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownRole(String id) {
      super("no role '" + id + "' in the catalogue");
    }
  }

  /** A request parameter out of range. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }

  /** What a refused request is answered with: what went wrong, and the problems found. */
  record Refusal(String error, List<Problem> problems) {}

  @ExceptionHandler(UnknownRole.class)
  ResponseEntity<Refusal> unknownRole(UnknownRole e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Refusal(e.getMessage(), List.of()));
  }

  @ExceptionHandler(BadRequest.class)
  ResponseEntity<Refusal> badRequest(BadRequest e) {
    return ResponseEntity.badRequest().body(new Refusal(e.getMessage(), List.of()));
  }

  /** A profile that does not fit the catalogue: the library's problems, each with its path. */
  @ExceptionHandler(ValidationException.class)
  ResponseEntity<Refusal> invalid(ValidationException e) {
    String first = e.getMessage().lines().findFirst().orElse("");
    return ResponseEntity.badRequest().body(new Refusal(first, e.problems()));
  }

  /** A body the module refused to read: the library's exception is the cause. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Refusal> unreadable(HttpMessageNotReadableException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ValidationException invalid) {
        return invalid(invalid);
      }
    }
    return ResponseEntity.badRequest()
        .body(new Refusal("the body is not JSON", List.of(Problem.of("$", "malformed JSON"))));
  }
}
