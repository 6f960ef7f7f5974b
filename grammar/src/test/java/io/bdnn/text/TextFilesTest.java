package io.bdnn.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as UTF-8 text, and where the first byte that is not is reported. */
class TextFilesTest {

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    @Test
    void utf8WithAByteOrderMarkAndCrlfIsText() {
        byte[] text = concat(bytes(0xEF, 0xBB, 0xBF), "model caf\u00e9 \uD83D\uDE00\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(TextFiles.problem(text)).isNull();
        assertThat(TextFiles.decode(text)).isEqualTo("model caf\u00e9 \uD83D\uDE00\r\n");
    }

    @Test
    void columnsCountCharactersAndTheByteOrderMarkIsNotOne() {
        // "é😀" then 0xFF: two characters before it, whatever their byte lengths.
        byte[] text = concat(bytes(0xEF, 0xBB, 0xBF), concat("a\n\u00e9\uD83D\uDE00".getBytes(StandardCharsets.UTF_8),
                bytes(0xFF)));
        assertThat(TextFiles.problem(text)).isEqualTo(new Utf8Scanner.Problem(2, 3,
                "file is not UTF-8 text: byte 0xFF is not valid UTF-8 here; save it as UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "overlong slash | C0 AF | 0xC0",
            "overlong three bytes | E0 80 AF | 0xE0",
            "surrogate | ED A0 80 | 0xED",
            "above U+10FFFF | F4 90 80 80 | 0xF4",
            "lone continuation | 80 | 0x80",
            "cut at the end | E2 82 | 0xE2",
            "Latin-1 e acute before a space | E9 20 | 0xE9"})
    void invalidSequencesAreFoundAtTheirCharacter(String name, String hex, String reported) {
        byte[] text = concat("ab".getBytes(StandardCharsets.UTF_8), hexBytes(hex));
        assertThat(TextFiles.problem(text)).isEqualTo(new Utf8Scanner.Problem(1, 3,
                "file is not UTF-8 text: byte " + reported + " is not valid UTF-8 here; save it as UTF-8"));
    }

    @Test
    void chunksOfAnySizeGiveTheSameProblem() {
        byte[] text = concat("x = \u20ac1\n\u00e9t\u00e9 ".getBytes(StandardCharsets.UTF_8), bytes(0x00));
        Utf8Scanner.Problem whole = TextFiles.problem(text);
        assertThat(whole).isEqualTo(new Utf8Scanner.Problem(2, 5,
                "file is binary, not UTF-8 text: it holds a NUL byte here"));
        Utf8Scanner byByte = new Utf8Scanner();
        for (int i = 0; i < text.length; i++) {
            byByte.feed(text, i, 1);
        }
        assertThat(byByte.finish()).isEqualTo(whole);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "UTF-16LE with mark | FF FE 6D 00 0A 00 | UTF-16",
            "UTF-16BE with mark | FE FF 00 6D 00 0A | UTF-16",
            "UTF-16LE without | 6D 00 6F 00 64 00 0A 00 | UTF-16",
            "UTF-16BE without | 00 6D 00 6F 00 64 00 0A | UTF-16",
            "UTF-32LE with mark | FF FE 00 00 6D 00 00 00 | UTF-32",
            "UTF-32BE with mark | 00 00 FE FF 00 00 00 6D | UTF-32"})
    void wideEncodingsAreNamedAtTheStart(String name, String hex, String encoding) {
        assertThat(TextFiles.problem(hexBytes(hex))).isEqualTo(new Utf8Scanner.Problem(1, 1,
                "file is " + encoding + ", not UTF-8 text; save it as UTF-8"));
    }

    private static byte[] hexBytes(String hex) {
        String[] parts = hex.trim().split("\\s+");
        byte[] result = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            result[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return result;
    }
}
