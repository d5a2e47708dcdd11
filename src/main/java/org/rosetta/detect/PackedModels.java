package org.rosetta.detect;

import com.github.pemistahl.lingua.api.Language;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import it.unimi.dsi.fastutil.objects.Object2FloatOpenHashMap;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.rosetta.detect.CompactModels.Kind;

/**
 * Lingua's models of the default candidates, packed by the build into the application's jar
 * (pom.xml runs {@link #main}): each model's n-grams as sorted numbers written as differences,
 * then their frequencies, so that loading one is decoding numbers instead of parsing JSON and
 * splitting strings. Loading the trigram models a command line needs took about 250 ms from
 * Lingua's files; from these, a few tens. A language without a packed copy (one configured
 * beyond the defaults) is read from Lingua's file.
 *
 * <p>A file: {@code "RNG1"}, the bits a character takes, the model's characters (their numbers
 * in this file are their places in this list, from 1), the count of n-grams, each n-gram's
 * number minus the one before as a variable-length number, then each one's frequency as a
 * {@code float}, exactly the value {@link CompactModels} computes from Lingua's file.
 */
public final class PackedModels {
  private static final int MAGIC = 0x524E4731;

  private PackedModels() {}

  static String resource(Language language, Kind kind) {
    return "/detect/packed/" + language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT) + "-" + kind.name().toLowerCase(Locale.ROOT) + ".bin";
  }

  /** The model from its packed copy, or null when the build packed none or its characters cannot be numbered. */
  static NgramTable read(Language language, Kind kind) {
    String resource = resource(language, kind);
    byte[] bytes;
    try (InputStream in = PackedModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packed language model " + resource, e);
    }
    try {
      return decode(ByteBuffer.wrap(bytes), resource);
    } catch (BufferUnderflowException e) {
      throw new IllegalStateException("the packed language model " + resource + " is cut short", e);
    }
  }

  private static NgramTable decode(ByteBuffer in, String resource) {
    if (in.getInt() != MAGIC) {
      throw new IllegalStateException("the packed language model " + resource + " is not one");
    }
    int bits = in.get();
    // Each character's number in this file, as the numbers every loaded model shares.
    long[] shared = new long[in.getShort() + 1];
    for (int n = 1; n < shared.length; n++) {
      shared[n] = NgramAlphabet.number(in.getChar());
      if (shared[n] == 0) {
        return null;
      }
    }
    int count = in.getInt();
    long[] keys = new long[count];
    long key = 0;
    for (int k = 0; k < count; k++) {
      key += variableLength(in);
      keys[k] = key;
    }
    long mask = (1L << bits) - 1;
    NgramTable.Builder table = new NgramTable.Builder();
    table.expect(count);
    for (int k = 0; k < count; k++) {
      long repacked = 0;
      int shift = 0;
      for (long rest = keys[k]; rest != 0; rest >>>= bits, shift += NgramAlphabet.BITS_PER_CHARACTER) {
        repacked |= shared[(int) (rest & mask)] << shift;
      }
      table.add(repacked, in.getFloat());
    }
    return table.build();
  }

  private static long variableLength(ByteBuffer in) {
    long value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = in.get();
      value |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }

  /** Writes the packed copy of one of Lingua's models. */
  static void write(Language language, Kind kind, OutputStream to) throws IOException {
    // Last frequency wins for a repeated n-gram, as in Lingua's map.
    Object2FloatOpenHashMap<String> ngrams = new Object2FloatOpenHashMap<>();
    CompactModels.readLinguasFile(language, kind, (text, start, end, frequency) -> {
      ngrams.put(text.substring(start, end), frequency);
      return true;
    });
    boolean[] written = new boolean[Character.MAX_VALUE + 1];
    ngrams.keySet().forEach(ngram -> ngram.chars().forEach(c -> written[c] = true));
    StringBuilder alphabet = new StringBuilder();
    int[] local = new int[Character.MAX_VALUE + 1];
    for (int c = 0; c < written.length; c++) {
      if (written[c]) {
        alphabet.append((char) c);
        local[c] = alphabet.length();
      }
    }
    int bits = 32 - Integer.numberOfLeadingZeros(alphabet.length());
    if (bits * NgramAlphabet.MAX_LENGTH > 63) {
      throw new IllegalStateException(language + " " + kind + ": too many characters to pack (" + alphabet.length() + ")");
    }
    long[] keys = new long[ngrams.size()];
    float[] frequencies = new float[keys.length];
    int k = 0;
    for (Object2FloatMap.Entry<String> entry : ngrams.object2FloatEntrySet()) {
      long key = 0;
      for (int i = 0; i < entry.getKey().length(); i++) {
        key = (key << bits) | local[entry.getKey().charAt(i)];
      }
      keys[k] = key;
      frequencies[k++] = entry.getFloatValue();
    }
    it.unimi.dsi.fastutil.Arrays.quickSort(
        0,
        keys.length,
        (a, b) -> Long.compare(keys[a], keys[b]),
        (a, b) -> {
          long key = keys[a];
          keys[a] = keys[b];
          keys[b] = key;
          float frequency = frequencies[a];
          frequencies[a] = frequencies[b];
          frequencies[b] = frequency;
        });
    DataOutputStream out = new DataOutputStream(to);
    out.writeInt(MAGIC);
    out.writeByte(bits);
    out.writeShort(alphabet.length());
    out.writeChars(alphabet.toString());
    out.writeInt(keys.length);
    long previous = 0;
    for (long key : keys) {
      for (long delta = key - previous; ; delta >>>= 7) {
        if (delta < 0x80) {
          out.writeByte((int) delta);
          break;
        }
        out.writeByte((int) (delta & 0x7F) | 0x80);
      }
      previous = key;
    }
    for (float frequency : frequencies) {
      out.writeFloat(frequency);
    }
    out.flush();
  }

  /** Packs the models of the default candidates into {@code args[0]}/detect/packed (the build's classes). */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0], "detect", "packed");
    Files.createDirectories(folder);
    for (Language language : new LanguageIdentifier().modelLanguages()) {
      for (Kind kind : Kind.values()) {
        Path file = folder.resolve(Path.of(resource(language, kind)).getFileName().toString());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
          write(language, kind, out);
        }
      }
    }
  }
}
