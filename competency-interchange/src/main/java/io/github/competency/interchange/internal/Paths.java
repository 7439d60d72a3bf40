package io.github.competency.interchange.internal;

/**
 * Paths of elements in a JSON document, spelled as problems and warnings name them:
 * {@code CFItems[12].identifier}, {@code $} for the document itself and {@code $[3]} for an
 * element of a document that is an array.
 */
public final class Paths {

  /** The path of the document itself. */
  public static final String ROOT = "$";

  private Paths() {}

  /**
   * Returns the path of a member of an object.
   *
   * @param parent the object's path
   * @param name the member's name
   * @return for example {@code CFItems[2].uri}; a member with an empty name is spelled
   *     {@code ""}
   */
  public static String member(String parent, String name) {
    String member = name.isEmpty() ? "\"\"" : name;
    return parent.equals(ROOT) ? member : parent + "." + member;
  }

  /**
   * Returns the path of an element of an array.
   *
   * @param parent the array's path
   * @param index the element's index
   * @return for example {@code CFItems[2]}
   */
  public static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * Returns the enclosing path: {@code CFItems[2].uri -> CFItems[2] -> CFItems -> $ -> null}.
   *
   * @param path a path
   * @return the enclosing path, or null for the root
   */
  public static String parent(String path) {
    if (path.equals(ROOT)) {
      return null;
    }
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? ROOT : path.substring(0, cut);
  }
}
