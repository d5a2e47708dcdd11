package org.rosetta.detect;

/**
 * The language of one segment.
 *
 * @param language ISO 639-1 code, or {@link #UNDETERMINED_CODE} when the text is too short or
 *     has too few letters to tell
 * @param confidence Lingua's relative confidence for that language, 0..1
 * @param runnerUp the second most likely language, or {@link #UNDETERMINED_CODE}
 */
public record Detection(String language, double confidence, String runnerUp) {
  public static final String UNDETERMINED_CODE = "und";
  public static final Detection UNDETERMINED = new Detection(UNDETERMINED_CODE, 0.0, UNDETERMINED_CODE);

  public boolean determined() {
    return !UNDETERMINED_CODE.equals(language);
  }
}
