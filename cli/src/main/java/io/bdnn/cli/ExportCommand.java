package io.bdnn.cli;

import io.bdnn.export.CExport;
import io.bdnn.export.PackedEnsemble;
import io.bdnn.export.PackedNetwork;
import io.bdnn.network.Classifier;
import io.bdnn.network.Ensemble;
import io.bdnn.network.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bdnn export NET.json --c DIR [--name model]}: the network or ensemble as C99 for small devices. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Export a saved network or ensemble as C99 source for small devices.",
        description = {"Export a saved network or ensemble as C99 source: NAME.h and NAME.c with int NAME_predict(const float *x) on raw features (the stored scaler applied inside), size_t NAME_bytes(void), packed weights, no allocation."})
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NET.json", description = "the trained network or ensemble")
    Path network;

    @Option(names = "--c", required = true, paramLabel = "DIR", description = "write NAME.h and NAME.c into DIR")
    Path folder;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "model", description = "file name and prefix of"
            + " the C identifiers (default: ${DEFAULT-VALUE})")
    String name;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!CExport.isValidName(name)) {
            err.println("bdnn: --name: '" + name + "' is not a C identifier (letters, digits and _, not starting"
                    + " with a digit, at most 31 characters)");
            return CommandLine.ExitCode.USAGE;
        }
        Classifier net = EnsembleJson.read(network);
        Files.createDirectories(folder);
        String source = network.getFileName().toString();
        if (net instanceof Ensemble ensemble) {
            Path[] files = CExport.write(ensemble, name, source, folder);
            PackedEnsemble packed = PackedEnsemble.of(ensemble);
            out.printf("exported     %s and %s: an ensemble of %d members, %d bytes of parameters (layers %d, as 32-bit"
                    + " floats %d; scaler %d)%n", files[0], files[1], ensemble.members().size(), packed.bytes(),
                    packed.layerBytes(), packed.floatBytes(), packed.scalerBytes());
        } else {
            Path[] files = CExport.write((Network) net, name, source, folder);
            PackedNetwork packed = PackedNetwork.of((Network) net);
            out.printf("exported     %s and %s: %d bytes of parameters (layers %d, as 32-bit floats %d; scaler %d)%n",
                    files[0], files[1], packed.bytes(), packed.layerBytes(), packed.floatBytes(), packed.scalerBytes());
        }
        out.flush();
        return 0;
    }
}
