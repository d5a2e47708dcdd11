package org.rosetta.input;

import org.rosetta.text.InputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder(1024 * 1024);

  @Test
  void utf8WithByteOrderMarkLosesTheMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "Премьер-министр Нетаньяху:".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(text, 0, all, 3, text.length);

    assertThat(decoder.decode("ru.txt", all)).isEqualTo("Премьер-министр Нетаньяху:");
  }

  @Test
  void windows1251IsNamedWithTheLineOfTheFirstBadByte() {
    byte[] bytes = "Source line\nПрезидент России Путин:\n".getBytes(Charset.forName("windows-1251"));

    assertThatThrownBy(() -> decoder.decode("ru.txt", bytes))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("ru.txt:2: is not valid UTF-8")
        .hasMessageContaining("windows-1251");
  }

  @Test
  void emptyAndBlankFilesAreRefused() {
    assertThatThrownBy(() -> decoder.decode("en.txt", new byte[0])).hasMessage("en.txt: is empty");
    assertThatThrownBy(() -> decoder.decode("en.txt", " \n\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("en.txt: has no text (only white space)");
  }

  @Test
  void binaryFilesAreRefused() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    assertThatThrownBy(() -> decoder.decode("he.txt", png)).hasMessageContaining("he.txt:3: looks binary");
  }

  @Test
  void utf16IsRefusedWithAdvice() {
    byte[] utf16 = "\uFEFFשלום".getBytes(StandardCharsets.UTF_16LE);

    assertThatThrownBy(() -> decoder.decode("he.txt", utf16)).hasMessageContaining("is UTF-16").hasMessageContaining("save it as UTF-8");
  }

  @Test
  void textsOverTheLimitAreRefusedBeforeReading() {
    assertThatThrownBy(() -> decoder.checkSize("big.txt", 50L * 1024 * 1024))
        .hasMessage("big.txt: is 50.0 MB, larger than the limit of 1.0 MB");
  }
}
