package io.github.competency.core.internal.json;

/**
 * Where a value is in a document, such as {@code skills[3].behaviours.expert}, kept as links
 * to its parent and spelled out only when a problem needs it: reading a valid document builds
 * no path strings.
 */
public final class JsonPath {

  /** The document itself, {@code $}. */
  public static final JsonPath ROOT = new JsonPath(null, null, -1);

  private final JsonPath parent;
  private final String name;
  private final int index;
  private String spelled;

  private JsonPath(JsonPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The path of a field of the object here. */
  public JsonPath child(String field) {
    return new JsonPath(this, field, -1);
  }

  /** The path of an element of the array here. */
  public JsonPath index(int element) {
    return new JsonPath(this, null, element);
  }

  /** The path as problems spell it: {@code roles[3].requirements[1].skill}, or {@code $}. */
  @Override
  public String toString() {
    if (spelled == null) {
      spelled =
          parent == null
              ? "$"
              : name != null
                  ? DocumentReader.child(parent.toString(), name)
                  : parent + "[" + index + "]";
    }
    return spelled;
  }
}
