package io.github.competency.interchange.internal;

import io.github.competency.core.Role;
import io.github.competency.core.RoleId;
import io.github.competency.interchange.internal.CaseIn.Linked;
import io.github.competency.interchange.internal.CaseIn.Relation;
import io.github.competency.interchange.internal.CasePackage.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * A role's next career steps, both ways: a {@code precedes} association from the role to each
 * next role, numbered by its place. A step that would close a cycle was left out before
 * ({@link Hierarchy}).
 */
final class CareerSteps {

  private CareerSteps() {}

  static void write(CaseOut out, Role role, CaseOut.Node origin) {
    String name = out.name(Names.ROLE, role.id().value());
    List<RoleId> next = role.progressesTo();
    for (int k = 0; k < next.size(); k++) {
      RoleId target = next.get(k);
      String title = out.catalogue.find(target).map(Role::title).orElse(target.value());
      out.associate(
          CaseFormat.PRECEDES, name, origin, out.item(Names.ROLE, target.value(), title), k + 1);
    }
  }

  /** Reads the next steps of a role, noting each one's record under {@code path}. */
  static List<RoleId> read(CaseIn in, Item role, String path) {
    List<RoleId> next = new ArrayList<>();
    for (Linked link : in.links(Relation.NEXT, role)) {
      in.from(path + ".progressesTo[" + next.size() + "]", link.association().path());
      next.add(RoleId.of(in.slug(link.item())));
    }
    return next;
  }
}
