package io.bdnn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.ast.BdnnException;
import io.bdnn.compiler.EnsembleMembers;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.data.PreparedData;
import io.bdnn.files.AtomicFile;
import io.bdnn.network.Ensemble;
import io.bdnn.network.Evaluation;
import io.bdnn.network.Network;
import io.bdnn.solve.SolverOptions;
import io.bdnn.training.Evaluations;
import io.bdnn.training.ForwardCheck;
import io.bdnn.training.TrainingResult;
import io.bdnn.training.TrainingRun;
import io.bdnn.training.ensemble.EnsembleTrainer;
import io.bdnn.training.ensemble.MemberRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code bdnn merge jobs/ -o NET.json --report R.json}: assembles the members that the jobs of
 * {@code bdnn plan} trained into the ensemble. Every member's network must be there and carry
 * the provenance of this plan (the hashes of the model file and of the member's data, its index
 * and classes); a missing or foreign member is an error naming it. Each member is re-checked by
 * the exact forward pass on its own data against its job's report, and the ensemble is reported
 * as {@code bdnn train} reports it.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        header = "Assemble and check the members trained by the jobs of plan.",
        description = {"Assemble the ensemble members trained by the jobs of 'bdnn plan', check that each came from this model, re-check each by forward pass and report as train does.",
                "Exit code 0 when every member is present and checks, 65 for a missing or foreign member, 3 when a member's forward pass disagrees with its job's report."})
final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "the folder 'bdnn plan' wrote")
    Path folder;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "NET.json", description = "write the ensemble here")
    Path output;

    @Mixin
    Options.ReportFile report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path planFile = folder.resolve("plan.json");
        if (!Files.isRegularFile(planFile)) {
            err.println("bdnn: merge: " + planFile + " is missing; is " + folder + " a folder written by 'bdnn plan'?");
            return Main.INVALID_MODEL;
        }
        JsonNode plan = NetworkJson.MAPPER.readTree(planFile.toFile());
        ModelDefinition whole = ModelInput.check(folder.resolve("model.bdnn"), err);
        if (whole == null) {
            return Main.INVALID_MODEL;
        }
        if (!whole.training().plan().isEnsemble()) {
            err.println("bdnn: merge: " + folder.resolve("model.bdnn") + " declares no ensemble");
            return Main.INVALID_MODEL;
        }
        SolverOptions options = EnsembleTrainer.memberOptions(whole, whole.training().solver());
        List<EnsembleMembers.Member> members;
        try {
            members = EnsembleMembers.of(whole, options, whole.training().plan().perMipSeconds());
        } catch (BdnnException e) {
            ModelInput.printAll(e.diagnostics(), err);
            return Main.INVALID_MODEL;
        }
        JsonNode planned = plan.path("members");
        if (planned.size() != members.size()) {
            err.println("bdnn: merge: the plan lists " + planned.size() + " members, the model has " + members.size());
            return Main.INVALID_MODEL;
        }
        List<String> problems = new ArrayList<>();
        List<MemberRun> runs = new ArrayList<>();
        for (EnsembleMembers.Member member : members) {
            String folderName = planned.get(member.index()).path("folder").asText();
            String name = "member " + (member.index() + 1) + " (" + member.describe(whole.data().classLabels()) + ")";
            Path saved = folder.resolve(folderName).resolve("network.json");
            if (!Files.isRegularFile(saved)) {
                problems.add(name + ": " + saved + " is missing; its job has not run or failed (see "
                        + folder.resolve(folderName).resolve("train.log") + ")");
                continue;
            }
            JsonNode json = NetworkJson.MAPPER.readTree(saved.toFile());
            String foreign = MemberProvenance.problem(json, MemberProvenance.of(whole, member, members.size()));
            if (foreign != null) {
                problems.add(name + ": " + saved + " is not this plan's member: " + foreign);
                continue;
            }
            Network network = NetworkJson.fromJson(json, saved);
            String shape = StartNetworks.problem(network, member.definition());
            if (shape != null) {
                problems.add(name + ": " + saved + ": " + shape);
                continue;
            }
            runs.add(checked(member, network, folder.resolve(folderName).resolve("report.json")));
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("bdnn: merge: " + problem));
            return Main.INVALID_MODEL;
        }
        Ensemble ensemble = EnsembleTrainer.ensemble(whole, runs);
        List<Evaluation> splits = EnsembleReport.evaluations(ensemble, whole);
        double seconds = (System.nanoTime() - started) / 1e9;
        EnsembleReport.print(whole, runs, ensemble, splits, seconds, out);
        if (report.report != null) {
            ObjectNode json = EnsembleReport.toJson(whole, runs, ensemble, splits, seconds);
            AtomicFile.write(report.report, stream -> NetworkJson.MAPPER.writeValue(stream, json));
            out.println("report       " + report.report);
        }
        EnsembleJson.write(output, ensemble, whole.name());
        out.println("network      " + output + (ensemble.complete() ? "" : " (partial ensemble)"));
        out.flush();
        if (runs.stream().anyMatch(run -> !run.forwardMatches())) {
            err.println("bdnn: WARNING: a member's forward pass disagrees with its job's report (see the member table)");
            return Main.FORWARD_MISMATCH;
        }
        return 0;
    }

    /**
     * A member as its job left it: its network re-evaluated by forward pass on its own data, and
     * compared with the training loss and forward-pass verdict of the job's report.
     */
    private static MemberRun checked(EnsembleMembers.Member member, Network network, Path reportFile)
            throws IOException {
        PreparedData data = member.definition().data();
        Evaluation train = Evaluations.train(network, data);
        JsonNode report = Files.isRegularFile(reportFile) ? NetworkJson.MAPPER.readTree(reportFile.toFile()) : null;
        double reported = report == null ? Double.NaN : report.path("train").path("loss").asDouble(Double.NaN);
        boolean jobMatched = report == null || report.path("forward_pass_matches").asBoolean(true);
        boolean same = report == null || reported == train.loss();
        String message = report == null ? "no report from the job; forward pass on the member's data only"
                : !same ? "the job reported training loss " + reported + ", the forward pass gives " + train.loss()
                : jobMatched ? "the forward pass reproduces the job's training loss " + train.loss()
                : "the job's own forward-pass check failed: " + report.path("forward_pass").path("message").asText();
        ForwardCheck check = new ForwardCheck(same && jobMatched, reported, train.loss(), 0, 0, message);
        TrainingResult result = new TrainingResult(member.definition().training().method(),
                member.definition().training().solver(), null, network, train, Evaluations.of(network, data.validation()),
                Evaluations.of(network, data.test()), check);
        boolean interrupted = report != null && report.path("interrupted").asBoolean(false);
        String reason = report == null ? "merged" : report.path("stop_reason").asText("merged");
        double seconds = report == null ? 0 : report.path("seconds").path("total").asDouble(0);
        return new MemberRun(member, new TrainingRun(result, null, List.of(), interrupted, reason), network, seconds,
                null);
    }
}
