package io.bdnn.cli;

import io.bdnn.backends.ortools.OrToolsSolver;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.compiler.Robustness;
import io.bdnn.data.PreparedData;
import io.bdnn.data.Split;
import io.bdnn.network.Classifier;
import io.bdnn.network.Ensemble;
import io.bdnn.network.Network;
import io.bdnn.solve.SolverOptions;
import io.bdnn.verify.EnsembleNetworks;
import io.bdnn.verify.PointResult;
import io.bdnn.verify.SingleNetwork;
import io.bdnn.verify.VerifiedModel;
import io.bdnn.verify.Verifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bdnn verify FILE --network NET.json}: decides for every point of a split, by one MILP per
 * point, whether the network's (or the ensemble's elected) prediction can change anywhere in the
 * box around it.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Verify a saved network's robustness exactly, point by point.",
        description = {"Verify a saved network exactly: for every point of a split, a MILP decides whether any point of the box around it (--linf or --box) is predicted as another class.",
                "Status per point: robust (proven), vulnerable (with a counterexample), unknown (time limit)."})
final class VerifyCommand implements Callable<Integer> {

    /** A progress line on standard error after every this many points. */
    private static final int PROGRESS = 100;

    /** The solver and time limit per point when --solver and --time-limit are absent. */
    static final SolverOptions DEFAULT_SOLVER = new SolverOptions("scip", 60.0, null, 1, 0);

    /** The model whose data (and robust set, without --linf or --box) to use. */
    @Mixin
    Options.ModelFile modelFile;

    @Mixin
    Options.NetworkFile network;

    @Option(names = "--split", paramLabel = "S", description = "train, validation or test (default: test, else"
            + " validation, else train)")
    String split;

    @Option(names = "--linf", paramLabel = "R", description = "the l-infinity ball of radius R, in scaled units as"
            + " 'robust linf' and 'evaluate --certify' (--units raw: in the data's raw units, as 'evaluate --attack')")
    Double linf;

    @Option(names = "--units", paramLabel = "U", defaultValue = "scaled", description = "units of --linf: scaled"
            + " (default) or raw")
    String units;

    @Option(names = "--box", description = "the per-feature box of the data block's 'radius' (raw units), as"
            + " 'robust box'")
    boolean box;

    @Option(names = "--radius-search", description = "also find each point's largest certified radius (one MILP"
            + " minimising the radius, up to the ball's)")
    boolean radiusSearch;

    @Option(names = "--counterexamples", paramLabel = "CE.csv", description = "write the counterexamples (raw"
            + " units, the predicted label last) as CSV")
    Path counterexamples;

    @Mixin
    Options.ReportFile report;

    @Mixin
    Options.PlotFolder plot;

    /** Overrides of {@link #DEFAULT_SOLVER}; the time limit is each point's MILP's. */
    @Mixin
    Options.SolverOverrides solver;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The verified set: scaled radii per feature, a description, and the unit of radii. */
    record BallSet(double[] radii, double upTo, String description, String radiusUnit) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String usage = usageProblem();
        if (usage != null) {
            err.println("bdnn: " + usage);
            return CommandLine.ExitCode.USAGE;
        }
        SolverOptions chosenSolver = solver.apply(DEFAULT_SOLVER, err);
        if (chosenSolver == null) {
            return CommandLine.ExitCode.USAGE;
        }
        ModelDefinition definition = modelFile.check(err);
        if (definition == null) {
            return Main.INVALID_MODEL;
        }
        Classifier net = network.readFor(definition, err);
        if (net == null) {
            return CommandLine.ExitCode.USAGE;
        }
        PreparedData data = definition.data();
        Split chosen = Verification.choose(split, data);
        if (chosen == null) {
            err.println("bdnn: --split: expected train, validation or test with at least one row, found '" + split + "'");
            return CommandLine.ExitCode.USAGE;
        }
        BallSet set = ballSet(definition, net, err);
        if (set == null) {
            return CommandLine.ExitCode.USAGE;
        }
        SolverOptions options = new SolverOptions(chosenSolver.solver(), chosenSolver.timeLimitSeconds(),
                radiusSearch ? 1e-4 : null, 1, 0);
        Verifier verifier = new Verifier(verified(net), new OrToolsSolver(), options);
        out.printf("verify       %s on %s: %d points, %s, time limit %s s per point%n", set.description(),
                chosen.name(), chosen.size(), options.solver(), Summaries.number(options.timeLimitSeconds()));
        double[][] raw = Verification.raw(chosen, data);
        List<PointResult> results = new ArrayList<>();
        try {
            for (double[] point : raw) {
                results.add(verifier.verify(point, set.radii(), radiusSearch ? set.upTo() : Double.NaN));
                if (results.size() % PROGRESS == 0 && results.size() < raw.length) {
                    err.printf("bdnn: verified %d of %d points%n", results.size(), raw.length);
                }
            }
        } catch (Verifier.UnsupportedSolver e) {
            err.println("bdnn: --solver: " + options.solver() + " cannot solve the verification MILP: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        Verification verification = new Verification(net, chosen, raw, results, set, radiusSearch);
        verification.print(out);
        if (counterexamples != null) {
            int written = verification.writeCounterexamples(counterexamples, data.featureNames());
            out.println("written      " + written + " counterexamples to " + counterexamples);
        }
        if (report.report != null) {
            verification.writeReport(report.report, definition.name(), network.network.toString());
            out.println("report       " + report.report);
        }
        if (plot.plot != null && radiusSearch) {
            out.println("chart        " + Charts.radii(verification.certifiedRadii(), set.radiusUnit(), plot.plot));
        }
        out.flush();
        return 0;
    }

    /** The verified form of a network or an ensemble. */
    static VerifiedModel verified(Classifier classifier) {
        return classifier instanceof Ensemble ensemble ? new EnsembleNetworks(ensemble)
                : new SingleNetwork((Network) classifier);
    }

    private String usageProblem() {
        if (linf != null && box) {
            return "give --linf or --box, not both";
        }
        if (linf != null && !(linf >= 0 && Double.isFinite(linf))) {
            return "--linf must be a number at least 0, found " + linf;
        }
        if (!units.equals("scaled") && !units.equals("raw")) {
            return "--units: expected scaled or raw, found '" + units + "'";
        }
        if (plot.plot != null && !radiusSearch) {
            return "--plot draws the certified radii: add --radius-search";
        }
        return null;
    }

    /** The box to verify: --linf, --box, or the model's own robust set. */
    private BallSet ballSet(ModelDefinition definition, Classifier net, PrintWriter err) {
        PreparedData data = definition.data();
        int n = net.inputs();
        if (linf != null) {
            double[] radii = new double[n];
            double[] direction = new double[n];
            for (int j = 0; j < n; j++) {
                radii[j] = units.equals("raw") ? linf / net.scaling().scale()[j] : linf;
                direction[j] = units.equals("raw") ? 1 / net.scaling().scale()[j] : 1;
            }
            String description = "linf " + Summaries.number(linf) + " (" + units + " units)";
            return radiusSearch ? new BallSet(direction, linf, description, units + " units")
                    : new BallSet(radii, 1, description, units + " units");
        }
        Robustness robust = definition.training().plan().isRobust() ? definition.training().plan().robust() : null;
        if (box || (robust != null && robust.kind().equals("box"))) {
            if (data.radius() == null) {
                err.println("bdnn: --box: the model's data block has no 'radius' statement; add one or use --linf R");
                return null;
            }
            double[] radii = new double[n];
            for (int j = 0; j < n; j++) {
                radii[j] = data.radius()[j] / net.scaling().scale()[j];
            }
            return new BallSet(radii, 1, "box of the data's radius (raw units " + Arrays.toString(data.radius()) + ")",
                    "multiples of the box");
        }
        if (robust != null) {
            double[] radii = robust.radii(data);
            String description = "linf " + Summaries.number(robust.rho()) + " (scaled units, the model's robust set)";
            if (radiusSearch) {
                double[] direction = new double[n];
                Arrays.fill(direction, 1);
                return new BallSet(direction, robust.rho(), description, "scaled units");
            }
            return new BallSet(radii, 1, description, "scaled units");
        }
        err.println("bdnn: give the ball to verify: --linf R or --box (the model has no 'robust' statement)");
        return null;
    }
}
