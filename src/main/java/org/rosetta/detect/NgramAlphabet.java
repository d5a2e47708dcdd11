package org.rosetta.detect;

/**
 * Numbers the characters of Lingua's models, so that an n-gram of up to five characters packs
 * into one {@code long} of 12 bits a character. The default candidates' 35 models write 207
 * distinct characters; a model whose characters would take the count past 4,095 (a logographic
 * language among the candidates) is left for Lingua to load in its own form ({@link CompactModels}).
 *
 * <p>Numbers are given while models load (under this class's lock) and never change, so a
 * reader sees a character's number as soon as it sees a model holding it.
 */
final class NgramAlphabet {
  static final int MAX_LENGTH = 5;
  /** Bits a character takes in a key. */
  static final int BITS_PER_CHARACTER = 12;
  private static final int LIMIT = (1 << BITS_PER_CHARACTER) - 1;

  /** Each character's number; 0 for a character no loaded model writes. */
  private static final short[] NUMBERS = new short[Character.MAX_VALUE + 1];
  /** The character each number stands for. */
  private static final char[] CHARACTERS = new char[LIMIT + 1];
  private static int given;

  private NgramAlphabet() {}

  /** The character's number, given now if it has none; 0 when the numbers ran out. */
  static synchronized int number(char c) {
    int number = NUMBERS[c];
    if (number == 0) {
      if (given == LIMIT) {
        return 0;
      }
      number = ++given;
      NUMBERS[c] = (short) number;
      CHARACTERS[number] = c;
    }
    return number;
  }

  /** The n-gram as a key, or 0 when it is longer than five or writes a character no model holds. */
  static long pack(String ngram) {
    int length = ngram.length();
    if (length == 0 || length > MAX_LENGTH) {
      return 0L;
    }
    long key = 0L;
    for (int i = 0; i < length; i++) {
      int number = NUMBERS[ngram.charAt(i)];
      if (number == 0) {
        return 0L;
      }
      key = (key << BITS_PER_CHARACTER) | number;
    }
    return key;
  }

  /** The n-gram between {@code start} and {@code end} as a key, numbering its new characters; 0 when the numbers ran out. */
  static long packNew(CharSequence text, int start, int end) {
    if (end - start == 0 || end - start > MAX_LENGTH) {
      return 0L;
    }
    long key = 0L;
    for (int i = start; i < end; i++) {
      int number = number(text.charAt(i));
      if (number == 0) {
        return 0L;
      }
      key = (key << BITS_PER_CHARACTER) | number;
    }
    return key;
  }

  /** The n-gram a key stands for. */
  static String unpack(long key) {
    StringBuilder ngram = new StringBuilder(MAX_LENGTH);
    for (long rest = key; rest != 0; rest >>>= BITS_PER_CHARACTER) {
      ngram.append(CHARACTERS[(int) (rest & LIMIT)]);
    }
    return ngram.reverse().toString();
  }
}
