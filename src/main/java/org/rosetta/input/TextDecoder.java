package org.rosetta.input;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.rosetta.text.InputException;

/**
 * Turns the bytes of an uploaded or read text into a string, or says precisely why it cannot:
 * empty, too large, binary, UTF-16, or not UTF-8 (naming the encoding it looks like).
 */
public final class TextDecoder {
  /** Default size limit of one text: a long book is about 5 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private final long maxBytes;

  public TextDecoder(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("size limit must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public TextDecoder() {
    this(DEFAULT_MAX_BYTES);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Rejects a source by its size alone, before its bytes are read. */
  public void checkSize(String origin, long size) {
    if (size > maxBytes) {
      throw new InputException(
          origin,
          String.format(
              Locale.ROOT,
              "is %s, larger than the limit of %s",
              humanSize(size),
              humanSize(maxBytes)));
    }
  }

  public String decode(String origin, byte[] bytes) {
    checkSize(origin, bytes.length);
    if (bytes.length == 0) {
      throw new InputException(origin, "is empty");
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      throw new InputException(origin, "is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
    }
    int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    int nul = indexOf(bytes, (byte) 0, offset);
    if (nul >= 0) {
      throw new InputException(
          origin, lineAt(bytes, nul), "looks binary (it contains a NUL byte at byte " + nul + "), not a text file");
    }
    String text;
    try {
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, offset);
      throw new InputException(
          origin,
          lineAt(bytes, bad),
          "is not valid UTF-8 (byte " + bad + ")" + guessEncoding(bytes) + "; save it as UTF-8");
    }
    if (text.isBlank()) {
      throw new InputException(origin, "has no text (only white space)");
    }
    return text;
  }

  private static String guessEncoding(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    if (match == null || match.getConfidence() < 10 || "UTF-8".equals(match.getName())) {
      return "";
    }
    String language = match.getLanguage() == null ? "" : ", " + match.getLanguage() + " text";
    return "; it looks like " + match.getName() + language;
  }

  private static int firstInvalidUtf8(byte[] b, int from) {
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int extra = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
      if (extra < 0 || i + extra >= b.length) {
        return i;
      }
      for (int k = 1; k <= extra; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += extra + 1;
    }
    return b.length - 1;
  }

  private static int lineAt(byte[] b, int index) {
    int line = 1;
    for (int i = 0; i < index && i < b.length; i++) {
      if (b[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte value, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return -1;
  }

  public static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
