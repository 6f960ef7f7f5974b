package io.bdnn.backends.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in free MPS and LP files: every double comes back bit for bit. */
class DecimalTextTest {

    @ParameterizedTest
    @CsvSource({"3, 3", "-12, -12", "-0.0, 0", "0.5, 0.5", "2.0001, 2.0001", "1.0E-5, 1E-5", "1e15, 1E15",
            "123456789012345, 123456789012345", "0.1111111111111111, 0.1111111111111111", "-2.5E-7, -2.5E-7"})
    void writesTheExpectedText(double value, String expected) throws Exception {
        assertThat(DecimalText.text(value)).isEqualTo(expected);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AsciiSink sink = new AsciiSink(bytes);
        sink.number(value);
        sink.flush();
        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo(expected);
    }

    @Test
    void everyDoubleReadsBackExactly() {
        Random random = new Random(5);
        for (int i = 0; i < 300_000; i++) {
            double value = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble();
                case 2 -> random.nextInt(1000) / 9.0;
                default -> random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
            };
            if (!Double.isFinite(value)) {
                continue;
            }
            assertThat(Double.parseDouble(DecimalText.text(value))).as("%s", value).isEqualTo(value == 0 ? 0.0 : value);
        }
    }

    /**
     * Between 1e-4 and 1e15 the fast path writes no more significant digits than
     * {@link Double#toString} and reads back exactly, for values with every bit pattern.
     */
    @Test
    void theFastPathIsExactAndNoLongerThanDoubleToString() {
        Random random = new Random(8);
        for (int i = 0; i < 300_000; i++) {
            double value = Math.exp(Math.log(1e-4) + random.nextDouble() * (Math.log(1e15) - Math.log(1e-4)));
            value = Double.longBitsToDouble(Double.doubleToLongBits(value) ^ (random.nextLong() & 0xFFFFFL));
            if (random.nextBoolean()) {
                value = -value;
            }
            String text = DecimalText.text(value);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(value);
            assertThat(significantDigits(text)).as(text + " vs " + Double.toString(value))
                    .isLessThanOrEqualTo(significantDigits(Double.toString(value)));
        }
    }

    private static int significantDigits(String text) {
        return new java.math.BigDecimal(text).stripTrailingZeros().precision();
    }

    /** The allocation-free path that writers use gives the same text. */
    @Test
    void theSinkWritesTheSameText() throws Exception {
        Random random = new Random(6);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AsciiSink sink = new AsciiSink(bytes);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            double value = i % 2 == 0 ? random.nextInt(100_000) / 9973.0 : -random.nextDouble() * Math.pow(10, -i % 7);
            sink.number(value).write(' ');
            expected.append(DecimalText.text(value)).append(' ');
        }
        sink.flush();
        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo(expected.toString());
    }

    @Test
    void refusesInfinitiesAndNaN() {
        assertThatThrownBy(() -> DecimalText.text(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DecimalText.text(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
