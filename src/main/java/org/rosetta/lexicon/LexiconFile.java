package org.rosetta.lexicon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rosetta.text.Lang;

/**
 * Lexicons in a compact binary form, so that a memory learned once loads in a fraction of the
 * time learning takes. The format starts with a magic number and a version, and any change to
 * how words are keyed or tables are learned must bump {@link #VERSION}: a cache written by
 * another version is then learned again instead of misread.
 */
public final class LexiconFile {
  private static final int MAGIC = 0x524c5843; // "RLXC"
  /** Bump when lexical keys, Model 1 training or this layout change. */
  public static final int VERSION = 2;
  /** The built-in lexicon's version: the same but for the self-taught flag (always false there). */
  private static final int WITHOUT_SELF_TAUGHT = 1;

  private LexiconFile() {}

  public static void write(Lexicons lexicons, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    List<PairLexicon> pairs = new ArrayList<>(lexicons.all());
    out.writeInt(pairs.size());
    for (PairLexicon pair : pairs) {
      out.writeUTF(pair.source().code());
      out.writeUTF(pair.target().code());
      out.writeInt(pair.units());
      out.writeBoolean(pair.selfTaught());
      writeWords(out, pair.sourceVocabulary());
      writeWords(out, pair.targetVocabulary());
      writeFloats(out, pair.sourceLogFrequencies());
      writeFloats(out, pair.targetLogFrequencies());
      writeTable(out, pair.forward());
      writeTable(out, pair.backward());
    }
    out.flush();
  }

  /** @throws IOException when the stream is not a lexicon file of this version */
  public static Lexicons read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a Rosetta lexicon file");
    }
    int version = in.readInt();
    if (version != VERSION && version != WITHOUT_SELF_TAUGHT) {
      throw new IOException("lexicon file version " + version + ", expected " + VERSION);
    }
    int count = in.readInt();
    Map<String, PairLexicon> pairs = new HashMap<>();
    for (int p = 0; p < count; p++) {
      Lang source = Lang.of(in.readUTF());
      Lang target = Lang.of(in.readUTF());
      int units = in.readInt();
      boolean selfTaught = version != WITHOUT_SELF_TAUGHT && in.readBoolean();
      Vocabulary sourceWords = readWords(in);
      Vocabulary targetWords = readWords(in);
      float[] sourceLog = readFloats(in);
      float[] targetLog = readFloats(in);
      TranslationTable forward = readTable(in);
      TranslationTable backward = readTable(in);
      pairs.put(
          Lexicons.key(source, target),
          new PairLexicon(source, target, sourceWords, targetWords, forward, backward, sourceLog, targetLog, units, selfTaught));
    }
    return new Lexicons(pairs);
  }

  private static void writeWords(DataOutputStream out, Vocabulary vocabulary) throws IOException {
    out.writeInt(vocabulary.size());
    for (String word : vocabulary.words()) {
      out.writeUTF(word);
    }
  }

  private static Vocabulary readWords(DataInputStream in) throws IOException {
    int size = in.readInt();
    List<String> words = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      words.add(in.readUTF());
    }
    return Vocabulary.of(words);
  }

  private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
    out.writeInt(values.length);
    for (float v : values) {
      out.writeFloat(v);
    }
  }

  private static float[] readFloats(DataInputStream in) throws IOException {
    float[] values = new float[in.readInt()];
    for (int k = 0; k < values.length; k++) {
      values[k] = in.readFloat();
    }
    return values;
  }

  private static void writeTable(DataOutputStream out, TranslationTable table) throws IOException {
    out.writeInt(table.rows());
    for (int row = 0; row < table.rows(); row++) {
      int[] targets = table.targets(row);
      float[] p = table.probabilities(row);
      out.writeInt(targets.length);
      for (int k = 0; k < targets.length; k++) {
        out.writeInt(targets[k]);
        out.writeFloat(p[k]);
      }
    }
  }

  private static TranslationTable readTable(DataInputStream in) throws IOException {
    int rows = in.readInt();
    int[][] targets = new int[rows][];
    float[][] probabilities = new float[rows][];
    for (int row = 0; row < rows; row++) {
      int n = in.readInt();
      targets[row] = new int[n];
      probabilities[row] = new float[n];
      for (int k = 0; k < n; k++) {
        targets[row][k] = in.readInt();
        probabilities[row][k] = in.readFloat();
      }
    }
    return new TranslationTable(targets, probabilities);
  }
}
