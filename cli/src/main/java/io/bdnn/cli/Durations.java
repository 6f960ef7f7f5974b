package io.bdnn.cli;

import picocli.CommandLine;

/** Reads {@code --time-limit} values such as {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h} or plain seconds. */
final class Durations implements CommandLine.ITypeConverter<Double> {

    @Override
    public Double convert(String text) {
        String value = text.trim();
        double factor = 1;
        if (value.endsWith("ms")) {
            factor = 0.001;
            value = value.substring(0, value.length() - 2);
        } else if (value.endsWith("s")) {
            value = value.substring(0, value.length() - 1);
        } else if (value.endsWith("m")) {
            factor = 60;
            value = value.substring(0, value.length() - 1);
        } else if (value.endsWith("h")) {
            factor = 3600;
            value = value.substring(0, value.length() - 1);
        }
        double seconds;
        try {
            seconds = Double.parseDouble(value) * factor;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a duration such as 30s, 2m or 500ms");
        }
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new CommandLine.TypeConversionException("the time limit must be positive, found '" + text + "'");
        }
        return seconds;
    }
}
