package org.rosetta.cli;

import org.rosetta.text.Refusal;
import org.rosetta.Engine;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the engine. */
public class InputOptions {
  @Option(
      names = "--aligner",
      defaultValue = "anchored",
      description = "anchored (Rosetta's aligner) or length (the Gale-Church baseline). Default: ${DEFAULT-VALUE}.")
  String aligner;

  @Option(names = "--no-detect", description = "Skip language detection (faster; no language or untranslated-by-language findings).")
  boolean noDetect;

  Engine.AlignerKind alignerKind() {
    return switch (aligner.toLowerCase(java.util.Locale.ROOT)) {
      case "anchored" -> Engine.AlignerKind.ANCHORED;
      case "length", "gale-church" -> Engine.AlignerKind.LENGTH;
      default -> throw new Refusal("unknown aligner '" + aligner + "': expected anchored or length");
    };
  }
}
