package org.rosetta.report.mqm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.rosetta.check.Finding;
import org.rosetta.text.SegmentId;

/**
 * A finding's stable name: the same rule saying the same thing of the same words of the same
 * sentences has the same key in every report of a text, so a reviewer's decision on it survives a
 * re-check and a re-link that leave it as it was. The words it marks are part of it: a number
 * changed twice in one link is two findings. Sixteen hex digits of a SHA-256 of what it says.
 */
public final class FindingKey {
  private FindingKey() {}

  public static String of(Finding f) {
    String spans = String.join(",", f.spans().stream().map(s -> s.segment() + ":" + s.start() + "-" + s.end()).toList());
    String identity =
        String.join("\u0000", f.rule().id(), f.language().code(), String.join(",", f.segments().stream().map(SegmentId::toString).toList()), spans, f.expected() == null ? "" : f.expected(), f.found() == null ? "" : f.found());
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
