package io.github.justculture.core.internal;

/**
 * How far apart two names are, for "did you mean" suggestions: the Levenshtein distance, in time
 * proportional to the product of their lengths and memory proportional to the second's. Callers
 * bound the lengths they compare.
 */
public final class EditDistance {

  private EditDistance() {}

  /**
   * The characters to insert, delete or change to turn one text into the other.
   *
   * @param a one text
   * @param b the other
   * @return the distance, 0 when they are equal
   */
  public static int between(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
