package io.github.justculture.core.internal;

import io.github.justculture.core.Finding;
import java.util.regex.Pattern;

/**
 * Builds the JSON paths that {@link Finding findings} carry: {@code $}, {@code $.answers.3d},
 * {@code $.questions[2]}, and {@code $['a key with spaces']}.
 */
public final class JsonPaths {

  /** The path of the root value. */
  public static final String ROOT = "$";

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_\\-]+");

  private JsonPaths() {}

  /**
   * The path of a field of an object.
   *
   * @param parent the object's path
   * @param name the field name
   * @return {@code parent.name}, or {@code parent['name']} when the name has characters other than
   *     letters, digits, {@code _} and {@code -}; in the quoted name, a backslash and {@code '} are
   *     escaped with a backslash, and so is every character that could end or garble a line of
   *     text, with the escapes of RFC 9535 (a backslash and {@code n}, {@code t}, … or {@code u}
   *     and four hexadecimal digits): a path is one line, whatever the name holds
   */
  public static String field(String parent, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return parent + "." + name;
    }
    return parent + "[" + quoted(name) + "]";
  }

  /**
   * A name in single quotes, escaped as {@link #field} escapes it in a path: for a message that
   * echoes a name ({@code unknown question 'a\nb'}) and must stay one line.
   *
   * @param name the name
   * @return {@code 'name'}, escaped
   */
  public static String quoted(String name) {
    return JsonText.quote(name, '\'', Integer.MAX_VALUE);
  }

  /**
   * The path of an element of an array.
   *
   * @param parent the array's path
   * @param index the element's index, from 0
   * @return {@code parent[index]}
   */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * Whether a path is the same as, or lies inside, another.
   *
   * @param path the path to test, for example {@code $.a.b[0]}
   * @param ancestor the possible ancestor, for example {@code $.a}
   * @return true when {@code path} equals {@code ancestor} or is one of its descendants
   */
  public static boolean isWithin(String path, String ancestor) {
    if (!path.startsWith(ancestor)) {
      return false;
    }
    if (path.length() == ancestor.length()) {
      return true;
    }
    char next = path.charAt(ancestor.length());
    return next == '.' || next == '[';
  }
}
