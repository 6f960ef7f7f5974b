package io.bdnn.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid inputs and the exact messages a user sees for them, all of them, in file order. */
class SyntaxErrorTest {

    private static final String NETWORK = "model m\nnetwork {\n";
    private static final String DATA = "model m\ndata {\n";
    private static final String TRAIN = "model m\ntrain {\n";

    private static Arguments error(String title, String text, String... messages) {
        return Arguments.of(Named.of(title, text), List.of(messages));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                error("missing closing brace", DATA + "  take 5\n",
                        "test.bdnn:4:1: expected '}' to close the data block opened on line 2, found end of file"),
                error("unclosed inline rows", DATA + "  inline {\n    0 1 : 1\n",
                        "test.bdnn:5:1: expected '}' to close the inline data opened on line 3, found end of file"),
                error("extra closing brace", DATA + "}\n}\n",
                        "test.bdnn:4:1: expected a block (data, network, train) or end of file, found '}'"),
                error("missing colon in a layer", NETWORK + "  layer hidden 3 step\n}\n",
                        "test.bdnn:3:16: expected ':' after 'hidden', found '3'"),
                error("fractional layer width", NETWORK + "  layer hidden: 2.5 step\n}\n",
                        "test.bdnn:3:17: expected a whole number or 'classes' after ':', found '2.5'"),
                error("layer width too large", NETWORK + "  layer hidden: 99999999999999999999 step\n}\n",
                        "test.bdnn:3:17: the layer width 99999999999999999999 is too large"),
                error("unknown character", NETWORK + "  layer hidden: 2 step @\n}\n",
                        "test.bdnn:3:24: unexpected character '@'"),
                error("unterminated string", DATA + "  csv \"data.csv\n}\n",
                        "test.bdnn:3:7: unterminated string"),
                error("unknown escape", DATA + "  csv \"C:\\data.csv\"\n}\n",
                        "test.bdnn:3:10: unknown escape '\\d' in a string; only \\\" and \\\\ are escapes"),
                error("range without comma", NETWORK + "  weights integer in [-1 1]\n}\n",
                        "test.bdnn:3:26: expected ',' after '-1', found '1'"),
                error("range without bracket", NETWORK + "  weights continuous in -1, 1]\n}\n",
                        "test.bdnn:3:25: expected '[' after 'in', found '-'"),
                error("misspelt domain", NETWORK + "  bias integr\n}\n",
                        "test.bdnn:3:8: expected a domain (continuous, integer, none) after 'bias', found 'integr'; "
                                + "did you mean 'integer'?"),
                error("misspelt statement", NETWORK + "  wieghts integer\n}\n",
                        "test.bdnn:3:3: expected a network statement (layer, weights, bias) or '}', found 'wieghts'; "
                                + "did you mean 'weights'?"),
                error("misspelt block", "model m\ndta {\n}\n",
                        "test.bdnn:2:1: expected a block (data, network, train) or end of file, found 'dta'; "
                                + "did you mean 'data'?"),
                error("missing model header", "data {\n  take 5\n}\n",
                        "test.bdnn:1:1: expected 'model' at the start of the file, found 'data'"),
                error("keywords are lower case", "Model m\n",
                        "test.bdnn:1:1: expected 'model' at the start of the file, found 'Model'; "
                                + "did you mean 'model'?"),
                error("empty file", "",
                        "test.bdnn:1:1: expected 'model' at the start of the file, found end of file"),
                error("model without a name", "model\n",
                        "test.bdnn:2:1: expected a name after 'model', found end of file"),
                error("fractional take", DATA + "  take 2.5\n}\n",
                        "test.bdnn:3:8: expected a whole number after 'take', found '2.5'"),
                error("split without parts", DATA + "  split\n}\n",
                        "test.bdnn:4:1: expected an option or 'none' after 'split', found '}'"),
                error("header that is not a boolean", DATA + "  csv \"a.csv\" header yes\n}\n",
                        "test.bdnn:3:22: expected 'true' or 'false' after 'header', found 'yes'"),
                error("csv option given twice", DATA + "  csv \"a.csv\" delimiter \";\" delimiter \",\"\n}\n",
                        "test.bdnn:3:29: the csv option 'delimiter' is given twice"),
                error("inline row without colon", DATA + "  inline {\n    0 1 1\n  }\n}\n",
                        "test.bdnn:5:3: expected a number or ':' after '1', found '}'"),
                error("epsilon without a value", TRAIN + "  epsilon\n}\n",
                        "test.bdnn:4:1: expected a number after 'epsilon', found '}'"),
                error("unknown time unit", TRAIN + "  solver scip time 30sec\n}\n",
                        "test.bdnn:3:20: unknown time unit 'sec' in '30sec'; use ms, s, m or h"),
                error("stray token among options", TRAIN + "  solver scip time 30s gap : 3\n}\n",
                        "test.bdnn:3:28: expected an option value, an option, a train statement "
                                + "(loss, method, solver, epsilon, robust, regularize, ensemble, jobs, constraint, objective) or '}', found ':'"),
                error("several errors are all reported",
                        NETWORK + "  layer hidden 3 step\n}\ntrain {\n  epsilon\n  loss\n}\n",
                        "test.bdnn:3:16: expected ':' after 'hidden', found '3'",
                        "test.bdnn:7:3: expected a number after 'epsilon', found 'loss'",
                        "test.bdnn:8:1: expected a name or a number after 'loss', found '}'"),
                error("lexical and syntax errors in file order",
                        NETWORK + "  layer hidden 3 step\n  bias # none\n  weights integer ~\n}\n",
                        "test.bdnn:3:16: expected ':' after 'hidden', found '3'",
                        "test.bdnn:5:3: expected a domain (continuous, integer, none) after 'bias', found 'weights'",
                        "test.bdnn:5:19: unexpected character '~'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactly(String text, List<String> messages) {
        assertThat(Parsing.errors(text)).containsExactlyElementsOf(messages);
    }
}
