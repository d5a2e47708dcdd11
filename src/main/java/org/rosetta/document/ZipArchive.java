package org.rosetta.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.rosetta.input.TextDecoder;
import org.rosetta.text.InputException;

/**
 * An archive of statements uploaded as a ZIP file, read with the care an upload from anyone
 * needs: names that would leave the archive's folder are refused, and so is anything that unpacks
 * to more than the limits, counted on the bytes actually inflated (a ZIP's declared sizes are
 * whatever its maker wrote), so a ZIP bomb stops at the limit. Entries are read when asked for,
 * one at a time, from the file on disk.
 */
public final class ZipArchive implements AutoCloseable {
  /**
   * @param entries most files in the archive
   * @param entryBytes most bytes one file may unpack to (a document's own limit)
   * @param totalBytes most bytes all files together may unpack to
   */
  public record Limits(int entries, long entryBytes, long totalBytes) {}

  private final String origin;
  private final ZipFile zip;
  private final Limits limits;
  private final List<String> files;
  private final Set<String> known;

  private ZipArchive(String origin, ZipFile zip, Limits limits, List<String> files) {
    this.origin = origin;
    this.zip = zip;
    this.limits = limits;
    this.files = files;
    this.known = new HashSet<>(files);
  }

  /**
   * Opens a ZIP file and checks every entry: its name, and what it unpacks to.
   *
   * @param origin how messages name the archive (the uploaded file's name)
   * @throws InputException naming the archive, and the entry when one is at fault
   */
  public static ZipArchive open(String origin, Path file, Limits limits) {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new InputException(origin, "is not a ZIP archive (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new InputException(origin, "cannot be read: " + e.getMessage(), e);
    }
    try {
      List<String> files = new ArrayList<>();
      long total = 0;
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        refuseEscape(origin, name);
        if (entry.isDirectory()) {
          continue;
        }
        if (files.size() == limits.entries()) {
          throw new InputException(origin, "holds more than " + limits.entries() + " files; split it into several archives");
        }
        long unpacked = inflated(origin, zip, entry, limits.entryBytes());
        total += unpacked;
        if (total > limits.totalBytes()) {
          throw new InputException(
              origin, "unpacks to more than " + TextDecoder.humanSize(limits.totalBytes()) + "; refused (a ZIP bomb, or an archive to split into several)");
        }
        files.add(name);
      }
      ZipArchive archive = new ZipArchive(origin, zip, limits, List.copyOf(files));
      zip = null;
      return archive;
    } catch (IllegalArgumentException e) {
      // ZipFile reads names in UTF-8 unless told otherwise; a name that is not is a malformed archive.
      throw new InputException(origin, "has a file name that is not UTF-8 (" + e.getMessage() + ")");
    } finally {
      if (zip != null) {
        closeQuietly(zip);
      }
    }
  }

  /** An entry that is absolute, climbs out with {@code ..}, or names a drive would be written outside the folder by a naive unpacker. */
  private static void refuseEscape(String origin, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean escapes = name.startsWith("/") || name.startsWith("\\") || name.contains("\\") || lower.matches("^[a-z]:.*")
        || List.of(name.split("/")).contains("..") || name.indexOf('\u0000') >= 0;
    if (escapes) {
      throw new InputException(origin + ": " + name, "names a file outside the archive's folder (absolute, '..' or '\\'); refused");
    }
  }

  /** Inflates an entry to count its bytes, stopping past {@code most}. */
  private static long inflated(String origin, ZipFile zip, ZipEntry entry, long most) {
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] buffer = new byte[1 << 16];
      long count = 0;
      for (int read; (read = in.read(buffer)) > 0; ) {
        count += read;
        if (count > most) {
          throw new InputException(
              origin + ": " + entry.getName(), "unpacks to more than " + TextDecoder.humanSize(most) + ", the most a document may have; refused");
        }
      }
      return count;
    } catch (IOException e) {
      throw new InputException(origin + ": " + entry.getName(), "is damaged: " + e.getMessage(), e);
    }
  }

  /** The archive's files (not its folders), as their paths in it, in the ZIP's order. */
  public List<String> files() {
    return files;
  }

  /** A file's bytes, within the limits checked when the archive was opened. */
  public byte[] bytes(String file) {
    ZipEntry entry = zip.getEntry(file);
    if (entry == null || !known.contains(file)) {
      throw new InputException(origin + ": " + file, "is not in the archive");
    }
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.entryBytes() + 1));
      if (bytes.length > limits.entryBytes()) {
        throw new InputException(origin + ": " + file, "unpacks to more than " + TextDecoder.humanSize(limits.entryBytes()) + "; refused");
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException(origin + ": " + file, "is damaged: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    closeQuietly(zip);
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException e) {
      // Only a read handle; nothing was written.
    }
  }
}
