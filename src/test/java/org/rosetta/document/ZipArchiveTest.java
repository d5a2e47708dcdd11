package org.rosetta.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosetta.text.InputException;

/** What an uploaded ZIP may hold, counted on the bytes it really unpacks to. */
class ZipArchiveTest {
  @TempDir Path dir;

  private Path zip(int files, int bytesEach) throws IOException {
    Path zip = dir.resolve("archive.zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
      entries.putNextEntry(new ZipEntry("2019/"));
      entries.closeEntry();
      for (int f = 0; f < files; f++) {
        ZipEntry entry = new ZipEntry("2019/statement-" + f + ".en.txt");
        entries.putNextEntry(entry);
        entries.write(new byte[bytesEach]);
        entries.closeEntry();
      }
    }
    return zip;
  }

  @Test
  void filesAreListedWithoutFoldersAndReadBack() throws IOException {
    try (ZipArchive archive = ZipArchive.open("a.zip", zip(3, 10), new ZipArchive.Limits(10, 100, 1000))) {
      assertThat(archive.files()).containsExactly("2019/statement-0.en.txt", "2019/statement-1.en.txt", "2019/statement-2.en.txt");
      assertThat(archive.bytes("2019/statement-1.en.txt")).hasSize(10);
      assertThatThrownBy(() -> archive.bytes("2019/other.en.txt")).isInstanceOf(InputException.class).hasMessageContaining("is not in the archive");
    }
  }

  @Test
  void whatAllFilesUnpackToIsLimitedWhateverEachOneDeclares() throws IOException {
    Path zip = zip(5, 400);
    assertThatThrownBy(() -> ZipArchive.open("a.zip", zip, new ZipArchive.Limits(10, 1000, 1500)))
        .isInstanceOf(InputException.class).hasMessageContaining("a.zip: unpacks to more than");
    assertThatThrownBy(() -> ZipArchive.open("a.zip", zip, new ZipArchive.Limits(4, 1000, 10_000)))
        .isInstanceOf(InputException.class).hasMessageContaining("holds more than 4 files");
  }

  @Test
  void namesThatLeaveTheFolderAreRefused() throws IOException {
    for (String name : new String[] {"/etc/passwd.en.txt", "a/../../b.en.txt", "C:/x.en.txt", "a\\..\\b.en.txt"}) {
      Path zip = dir.resolve("bad.zip");
      try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
        entries.putNextEntry(new ZipEntry(name));
        entries.write("x".getBytes(StandardCharsets.UTF_8));
        entries.closeEntry();
      }
      assertThatThrownBy(() -> ZipArchive.open("bad.zip", zip, new ZipArchive.Limits(10, 100, 1000)))
          .as(name).isInstanceOf(InputException.class).hasMessageContaining("outside the archive's folder");
    }
  }
}
