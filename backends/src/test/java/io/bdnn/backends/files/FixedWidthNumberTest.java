package io.bdnn.backends.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 12-character numbers of fixed MPS: exact when some form fits, otherwise as close as the field allows. */
class FixedWidthNumberTest {

    @ParameterizedTest
    @CsvSource({"0.5, .5", "-0.25, -.25", "3, 3", "-7, -7", "1E-5, 1E-5", "2.0001, 2.0001",
            "0.1111111111111111, .11111111111", "-0.1111111111111111, -.1111111111", "123456789012, 123456789012", "-1234567890123, -1.234568E12",
            "1.0E-300, 1E-300", "-3.3333333333333335E-12, -3.33333E-12"})
    void writesTheExpectedText(double value, String expected) {
        String text = FixedWidthNumber.format(value);
        assertThat(text).isEqualTo(expected);
        assertThat(text.length()).isLessThanOrEqualTo(FixedWidthNumber.WIDTH);
    }

    @Test
    void isExactWheneverTheShortestTextFits() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            double value = Math.round(random.nextGaussian() * 1e6) / 1e4;
            String text = FixedWidthNumber.format(value);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(value);
        }
    }

    /** The documented precision, per magnitude, checked on random doubles of both signs. */
    @ParameterizedTest
    @CsvSource({"0.1, 1e10, 5e-10", "1e-9, 1e10, 5e-7", "1e-99, 1e99, 5e-6"})
    void keepsTheDocumentedSignificantDigits(double low, double high, double bound) {
        Random random = new Random(7);
        double worst = 0;
        for (int i = 0; i < 50_000; i++) {
            double magnitude = Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
            double value = random.nextBoolean() ? magnitude : -magnitude;
            String text = FixedWidthNumber.format(value);
            assertThat(text.length()).as(text).isLessThanOrEqualTo(FixedWidthNumber.WIDTH);
            worst = Math.max(worst, FixedWidthNumber.relativeChange(value, text));
        }
        assertThat(worst).isLessThanOrEqualTo(bound);
    }
}
