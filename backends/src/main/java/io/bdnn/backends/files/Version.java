package io.bdnn.backends.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The compiler version written into model file headers and name maps, taken from the Maven
 * project version when the module is built ({@code version.properties} is a filtered resource).
 */
public final class Version {
    /** Such as {@code bdnn 0.1.0-SNAPSHOT}. */
    public static final String COMPILER = "bdnn " + read();

    private Version() {
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
