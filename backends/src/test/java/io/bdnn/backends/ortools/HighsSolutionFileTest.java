package io.bdnn.backends.ortools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading HiGHS solution files in the shapes HiGHS 1.12 writes them. */
class HighsSolutionFileTest {

    private static HighsSolutionFile write(Path folder, String text) throws IOException {
        Files.writeString(folder.resolve("highs.sol"), text);
        return new HighsSolutionFile(folder);
    }

    @Test
    void readsTheSparseStyleByIndex(@TempDir Path folder) throws IOException {
        HighsSolutionFile file = write(folder, "Model status\nTime limit reached\n\n# Primal solution values\n"
                + "Feasible\nObjective -22743\n# Columns -2\npack/i1/x 1 0\nnet/k4/v -0.1111111111111 3\n");

        HighsSolutionFile.Contents contents = file.read(5);

        assertThat(contents.modelStatus()).isEqualTo("Time limit reached");
        assertThat(contents.values()).containsExactly(1, 0, 0, -0.1111111111111, 0);
    }

    @Test
    void readsTheDenseStyleInOrder(@TempDir Path folder) throws IOException {
        HighsSolutionFile file = write(folder, "Model status\nOptimal\n\n# Primal solution values\nFeasible\n"
                + "Objective 0.3456790112222\n# Columns 3\nx 0.1111111111111\ny 2\nz 0\n# Rows 2\nc1 1\nc2 1\n");

        assertThat(file.read(3).values()).containsExactly(0.1111111111111, 2, 0);
    }

    @Test
    void hasNoValuesWithoutAFeasibleSolution(@TempDir Path folder) throws IOException {
        HighsSolutionFile file = write(folder, "Model status\nInfeasible\n\n# Primal solution values\nNone\n\n"
                + "# Dual solution values\nNone\n");

        HighsSolutionFile.Contents contents = file.read(2);

        assertThat(contents.modelStatus()).isEqualTo("Infeasible");
        assertThat(contents.values()).isNull();
    }

    @Test
    void reportsAMissingFileAsNotRunAndAGarbledOneAsUnreadable(@TempDir Path folder) throws IOException {
        assertThat(new HighsSolutionFile(folder).read(2)).isNull();

        HighsSolutionFile garbled = write(folder, "Model status\nOptimal\n\n# Primal solution values\nFeasible\n"
                + "# Columns -1\nx one 0\n");

        assertThat(garbled.read(2).values()).isNull();
        assertThat(garbled.read(2).modelStatus()).startsWith("unreadable solution file");
    }

    @Test
    void cleansUpAfterItself() throws IOException {
        HighsSolutionFile file = HighsSolutionFile.create();
        assertThat(file).isNotNull();
        String path = file.settings().get(1).substring("solution_file=".length());
        Files.writeString(Path.of(path), "Model status\nOptimal\n");

        file.close();

        assertThat(Path.of(path)).doesNotExist();
        assertThat(Path.of(path).getParent()).doesNotExist();
    }
}
