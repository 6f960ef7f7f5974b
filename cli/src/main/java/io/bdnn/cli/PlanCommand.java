package io.bdnn.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.ast.Ast;
import io.bdnn.ast.BdnnException;
import io.bdnn.ast.Diagnostics;
import io.bdnn.compiler.EnsembleMembers;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.files.AtomicFile;
import io.bdnn.grammar.ModelParser;
import io.bdnn.solve.SolverOptions;
import io.bdnn.training.ensemble.EnsembleTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/**
 * {@code bdnn plan FILE -o jobs/}: one self-contained job per ensemble member, for any cluster.
 * {@code jobs/mNN/} holds {@code model.bdnn} (the model with its data paths made absolute) and
 * {@code job.sh} (the command line that trains member NN into {@code network.json} and
 * {@code report.json}); {@code jobs/run-parallel.sh} runs them with GNU parallel (locally, or
 * over ssh hosts with {@code --sshloginfile}, given a file system shared by the hosts) and
 * {@code jobs/slurm-array.sh} as a Slurm job array. {@code jobs/plan.json} records the model's
 * and every member's hashes for {@code bdnn merge}.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        header = "Write one training job per ensemble member (GNU parallel, Slurm).",
        description = {"Write one self-contained training job per ensemble member, with scripts that run them with GNU parallel (run-parallel.sh, also over ssh hosts) or as a Slurm job array (slurm-array.sh); 'bdnn merge' assembles the trained members."})
final class PlanCommand implements Callable<Integer> {

    /** The model, with an ensemble block. */
    @Mixin
    Options.ModelFile modelFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "the folder of the jobs")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelDefinition whole = modelFile.check(err);
        if (whole == null) {
            return Main.INVALID_MODEL;
        }
        if (!whole.training().plan().isEnsemble()) {
            err.println("bdnn: plan: the model '" + whole.name() + "' declares no ensemble; train it with 'bdnn train'");
            return CommandLine.ExitCode.USAGE;
        }
        Files.createDirectories(output);
        Path jobs = output.toAbsolutePath().normalize();
        String text = absoluteData(modelFile.file);
        // Members are made from the copy the jobs train, so that their hashes are the copy's.
        AtomicFile.writeString(jobs.resolve("model.bdnn"), text);
        ModelDefinition copy = ModelInput.check(jobs.resolve("model.bdnn"), err);
        if (copy == null) {
            return Main.INVALID_MODEL;
        }
        SolverOptions options = EnsembleTrainer.memberOptions(copy, copy.training().solver());
        List<EnsembleMembers.Member> members;
        try {
            members = EnsembleMembers.of(copy, options, copy.training().plan().perMipSeconds());
        } catch (BdnnException e) {
            ModelInput.printAll(e.diagnostics(), err);
            return Main.INVALID_MODEL;
        }
        ObjectNode plan = NetworkJson.MAPPER.createObjectNode();
        plan.put("format", "bdnn-plan");
        plan.put("version", 1);
        plan.put("model", whole.name());
        plan.put("source", modelFile.file.toAbsolutePath().normalize().toString());
        plan.put("scheme", whole.training().plan().ensemble().scheme());
        ArrayNode list = plan.putArray("members");
        String width = Integer.toString(Math.max(2, Integer.toString(members.size()).length()));
        for (EnsembleMembers.Member member : members) {
            String name = String.format(Locale.ROOT, "m%0" + width + "d", member.index() + 1);
            Path folder = jobs.resolve(name);
            Files.createDirectories(folder);
            AtomicFile.writeString(folder.resolve("model.bdnn"), text);
            AtomicFile.writeString(folder.resolve("job.sh"), """
                    #!/bin/sh
                    # Member %d of %d (%s) of %s. BDNN is the bdnn command (default: bdnn on the PATH).
                    cd "$(dirname "$0")" || exit 74
                    exec ${BDNN:-bdnn} train model.bdnn --member %d --save network.json --report report.json \\
                      --no-progress > train.log 2>&1
                    """.formatted(member.index() + 1, members.size(), member.describe(whole.data().classLabels()),
                    whole.name(), member.index() + 1));
            folder.resolve("job.sh").toFile().setExecutable(true);
            ObjectNode node = MemberProvenance.of(copy, member, members.size());
            node.put("folder", name);
            node.put("description", member.describe(whole.data().classLabels()));
            list.add(node);
        }
        AtomicFile.write(jobs.resolve("plan.json"), stream -> NetworkJson.MAPPER.writeValue(stream, plan));
        writeScripts(jobs, whole, members.size(), options);
        out.printf("plan         %d jobs for the members of %s in %s%n", members.size(), whole.name(), jobs);
        out.println("run          " + jobs.resolve("run-parallel.sh") + " (GNU parallel; add --sshloginfile FILE for"
                + " ssh hosts)");
        out.println("or           sbatch " + jobs.resolve("slurm-array.sh"));
        out.println("then         bdnn merge " + output + " -o NET.json --report R.json");
        out.flush();
        return 0;
    }

    private static void writeScripts(Path jobs, ModelDefinition whole, int count, SolverOptions options)
            throws IOException {
        AtomicFile.writeString(jobs.resolve("run-parallel.sh"), """
                #!/usr/bin/env bash
                # Trains every member of %s with GNU parallel; arguments go to parallel, e.g.
                #   ./run-parallel.sh -j 2                         # two jobs at a time on this machine
                #   ./run-parallel.sh --sshloginfile hosts.txt     # over ssh hosts sharing this folder
                # BDNN is the bdnn command on every host (default: bdnn on the PATH).
                # A failed job is listed in parallel.log and leaves its train.log; rerun to retry it only.
                set -euo pipefail
                here="$(cd "$(dirname "$0")" && pwd)"
                export BDNN="${BDNN:-bdnn}"
                exec parallel --env BDNN --joblog "$here/parallel.log" --resume-failed "$@" sh {}/job.sh \\
                  ::: "$here"/m*/
                """.formatted(whole.name()));
        double memberSeconds = options.timeLimitSeconds() == null ? 3600 : options.timeLimitSeconds();
        long minutes = (long) Math.ceil(memberSeconds * 1.5 / 60) + 5;
        AtomicFile.writeString(jobs.resolve("slurm-array.sh"), """
                #!/usr/bin/env bash
                # Trains every member of %s as a Slurm job array: sbatch slurm-array.sh
                # BDNN is the bdnn command on the nodes (default: bdnn on the PATH).
                #SBATCH --job-name=bdnn-%s
                #SBATCH --array=1-%d
                #SBATCH --cpus-per-task=%d
                #SBATCH --time=%d
                #SBATCH --output=%s/slurm-%%A_%%a.out
                set -euo pipefail
                folder="$(printf '%s/m%%0%dd' "$SLURM_ARRAY_TASK_ID")"
                exec sh "$folder/job.sh"
                """.formatted(whole.name(), whole.name(), count, options.threads() == null ? 1 : options.threads(),
                minutes, jobs, jobs, Math.max(2, Integer.toString(count).length())));
        jobs.resolve("run-parallel.sh").toFile().setExecutable(true);
        jobs.resolve("slurm-array.sh").toFile().setExecutable(true);
    }

    /** The model's text with every csv path made absolute, so that the copy reads the same data from anywhere. */
    static String absoluteData(Path model) throws IOException {
        String text = Files.readString(model, StandardCharsets.UTF_8);
        Ast.ModelFile ast = ModelParser.parse(model.toString(), text, new Diagnostics());
        Path base = model.toAbsolutePath().getParent();
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        // Replace from the last path to the first, so that earlier columns stay valid.
        List<Ast.CsvSource> sources = new java.util.ArrayList<>();
        for (Ast.Block block : ast.blocks()) {
            if (block instanceof Ast.DataBlock data) {
                for (Ast.DataStatement statement : data.statements()) {
                    if (statement instanceof Ast.CsvSource csv) {
                        sources.add(0, csv);
                    }
                }
            }
        }
        for (Ast.CsvSource csv : sources) {
            var span = csv.pathSpan();
            String absolute = base.resolve(csv.path()).normalize().toString();
            String quoted = "\"" + absolute.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            String line = lines.get(span.line() - 1);
            lines.set(span.line() - 1, line.substring(0, span.column() - 1) + quoted + line.substring(span.endColumn()));
        }
        return String.join("\n", lines);
    }
}
