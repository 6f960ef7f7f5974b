package io.bdnn.user;

import io.bdnn.compiler.CompiledModel;
import io.bdnn.compiler.Compiler;
import io.bdnn.milp.LinearModel;
import io.bdnn.milp.ModelText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tiny model the user-rule tests lower: two samples {@code x1 = (1, 0)} of class 1 and
 * {@code x2 = (0, 1)} of class 2, one output layer {@code out} of two step neurons with integer
 * weights in [-1, 1] and no bias. So {@code pre[out][1, k] = W[out][k, 1]} and
 * {@code pre[out][2, k] = W[out][k, 2]}, each in [-1, 1], with eps = 1.
 */
final class UserModels {
    static final String TINY = """
            model tiny
            data {
              inline {
                1 0 : 0
                0 1 : 1
              }
            }
            network {
              layer out: classes step
              weights integer in [-1, 1]
              bias none
            }
            """;

    private UserModels() {
    }

    /** Writes {@code TINY} with the given train block body to a file in {@code folder} and lowers it. */
    static CompiledModel lower(Path folder, String train) {
        Path file = folder.resolve("tiny.bdnn");
        try {
            Files.writeString(file, TINY + "train {\n" + train + "\n}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Compiler.lower(Compiler.check(file));
    }

    /** The rows whose names start with one of the prefixes, one per line, in model order. */
    static String rows(LinearModel model, String... prefixes) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < model.numRows(); row++) {
            if (starts(model.rowName(row), prefixes)) {
                text.append(ModelText.row(model, row)).append('\n');
            }
        }
        return text.toString();
    }

    /** The columns whose names start with one of the prefixes, as {@code name in [lo, hi] type}. */
    static String columns(LinearModel model, String... prefixes) {
        StringBuilder text = new StringBuilder();
        for (String line : ModelText.columns(model).split("\n")) {
            if (starts(line, prefixes)) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    private static boolean starts(String name, String... prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
