package io.bdnn.compiler;

import io.bdnn.ast.Ast;
import io.bdnn.ast.BdnnException;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import io.bdnn.data.PreparedData;
import io.bdnn.data.Split;
import io.bdnn.grammar.ModelParser;
import io.bdnn.network.NetworkSpec;
import io.bdnn.solve.SolverOptions;
import io.bdnn.user.UserChecker;
import io.bdnn.user.UserSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of an ensemble as ordinary models: each is the declared architecture with two
 * output neurons, trained on the points of its classes only.
 *
 * <p>{@code one_vs_one}: the member of classes {@code a < b} sees the points of {@code a} as its
 * class 0 and those of {@code b} as its class 1; members are ordered {@code (0,1), (0,2), ...,
 * (K-2,K-1)}. {@code one_vs_rest}: the member of class {@code c} sees {@code c} as class 0 and
 * every other class as class 1 ({@code "not c"}). So that a member cannot reach a small loss by
 * always answering "rest" (which the unbalanced data, {@code K-1} rest points per class point,
 * would reward), its training and validation points are balanced: all points of {@code c} and as
 * many rest points, taken in data order one class at a time round-robin (the first point of
 * every other class, then the second, ...), so every other class is represented. Its test
 * split is kept whole. The scaler is the whole model's, so every member reads the same inputs.
 */
public final class EnsembleMembers {
    private EnsembleMembers() {
    }

    /**
     * One member model.
     *
     * @param index      the member's position in the ensemble
     * @param classes    the whole model's class indices the member's outputs stand for: {@code [a, b]}
     *                   for one-vs-one, {@code [c]} for one-vs-rest
     * @param definition the member as a model of two classes
     */
    public record Member(int index, int[] classes, ModelDefinition definition) {
        /** {@code 3 vs 7} or {@code 3 vs rest}, with the data's class labels. */
        public String describe(List<String> labels) {
            return labels.get(classes[0]) + " vs " + (classes.length == 2 ? labels.get(classes[1]) : "rest");
        }
    }

    /** The class index pairs (or single classes) of the members, in ensemble order. */
    public static List<int[]> classes(EnsembleSettings settings, int classCount) {
        List<int[]> members = new ArrayList<>();
        for (int a = 0; a < classCount; a++) {
            if (!settings.oneVsOne()) {
                members.add(new int[] {a});
                continue;
            }
            for (int b = a + 1; b < classCount; b++) {
                members.add(new int[] {a, b});
            }
        }
        return members;
    }

    /**
     * The member models of an ensemble model. The user's constraints and objective are checked
     * again for every member (their sets, such as the output layer's neurons, have two elements
     * there), from the model file, which must still be the one the definition was read from.
     *
     * @param options the solver options of each member (its share of the time and threads)
     * @param perMip  the per-MILP limit of each member, or null
     */
    public static List<Member> of(ModelDefinition whole, SolverOptions options, Double perMip) {
        EnsembleSettings settings = whole.training().plan().ensemble();
        Ast.TrainBlock train = trainBlock(whole);
        List<Member> members = new ArrayList<>();
        for (int[] classes : classes(settings, whole.data().classes())) {
            members.add(member(whole, train, members.size(), classes, options, perMip));
        }
        return members;
    }

    /** One member: {@link #of} for a single class pair (or class), as {@code bdnn train --member} needs. */
    public static Member of(ModelDefinition whole, int index, SolverOptions options, Double perMip) {
        List<int[]> all = classes(whole.training().plan().ensemble(), whole.data().classes());
        return member(whole, trainBlock(whole), index, all.get(index), options, perMip);
    }

    private static Member member(ModelDefinition whole, Ast.TrainBlock train, int index, int[] classes,
                                 SolverOptions options, Double perMip) {
        PreparedData data = data(whole.data(), classes);
        NetworkSpec full = whole.network();
        List<NetworkSpec.LayerSpec> layers = new ArrayList<>(full.layers());
        NetworkSpec.LayerSpec output = layers.get(layers.size() - 1);
        layers.set(layers.size() - 1, new NetworkSpec.LayerSpec(output.name(), 2, output.span()));
        NetworkSpec spec = new NetworkSpec(full.inputs(), layers, full.weights(), full.bias());
        Diagnostics diagnostics = new Diagnostics();
        UserSpec user = UserChecker.check(train, spec, data, diagnostics);
        if (diagnostics.hasErrors()) {
            throw new BdnnException(diagnostics.errors());
        }
        TrainingSpec spec0 = whole.training();
        TrainingSpec training = new TrainingSpec(spec0.loss(), spec0.method(), options, spec0.epsilon(),
                spec0.solverSpan(), spec0.plan().single(perMip));
        String name = whole.name() + "." + (classes.length == 2 ? "m" + classes[0] + "v" + classes[1]
                : "m" + classes[0] + "vrest");
        ModelDefinition definition = new ModelDefinition(name, whole.file(), spec, training, data, whole.sourceHash(),
                whole.warnings(), user);
        return new Member(index, classes.clone(), definition);
    }

    private static Ast.TrainBlock trainBlock(ModelDefinition whole) {
        String text;
        try {
            text = Files.readString(whole.file(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new BdnnException(SourceSpan.none(whole.file().toString()), "cannot read model file: " + e.getMessage());
        }
        if (!Compiler.sha256(text).equals(whole.sourceHash())) {
            throw new BdnnException(SourceSpan.none(whole.file().toString()),
                    "the model file changed while the ensemble was being prepared; run the command again");
        }
        Diagnostics diagnostics = new Diagnostics();
        Ast.ModelFile ast = ModelParser.parse(whole.file().toString(), text, diagnostics);
        for (Ast.Block block : ast.blocks()) {
            if (block instanceof Ast.TrainBlock train) {
                return train;
            }
        }
        throw new BdnnException(SourceSpan.none(whole.file().toString()), "the model has no 'train' block");
    }

    /** The member's data: its classes' points relabelled 0 and 1, balanced for one-vs-rest. */
    static PreparedData data(PreparedData whole, int[] classes) {
        List<String> labels = classes.length == 2
                ? List.of(whole.classLabels().get(classes[0]), whole.classLabels().get(classes[1]))
                : List.of(whole.classLabels().get(classes[0]), "not " + whole.classLabels().get(classes[0]));
        return new PreparedData(subset(whole.train(), classes, true), subset(whole.validation(), classes, true),
                subset(whole.test(), classes, false), whole.scaler(), labels, whole.featureNames(),
                Compiler.sha256(whole.dataHash() + " member " + java.util.Arrays.toString(classes)
                        + (classes.length == 2 ? " one_vs_one" : " one_vs_rest")),
                whole.radius());
    }

    private static Split subset(Split split, int[] classes, boolean balance) {
        List<Integer> rows = new ArrayList<>();
        if (classes.length == 2) {
            for (int i = 0; i < split.size(); i++) {
                if (split.y()[i] == classes[0] || split.y()[i] == classes[1]) {
                    rows.add(i);
                }
            }
        } else {
            rows = oneVsRestRows(split.y(), classes[0], balance);
        }
        double[][] x = new double[rows.size()][];
        int[] y = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            int i = rows.get(r);
            x[r] = split.x()[i];
            y[r] = split.y()[i] == classes[0] ? 0 : 1;
        }
        return new Split(split.name(), x, y);
    }

    /** Every point of class c and (balanced) as many rest points round-robin over the other classes, in data order. */
    static List<Integer> oneVsRestRows(int[] labels, int c, boolean balance) {
        List<Integer> own = new ArrayList<>();
        java.util.TreeMap<Integer, List<Integer>> others = new java.util.TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == c) {
                own.add(i);
            } else {
                others.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
            }
        }
        int restTotal = labels.length - own.size();
        int wanted = balance ? Math.min(own.size(), restTotal) : restTotal;
        java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>(own);
        int taken = 0;
        for (int depth = 0; taken < wanted; depth++) {
            for (List<Integer> rows : others.values()) {
                if (depth < rows.size() && taken < wanted) {
                    chosen.add(rows.get(depth));
                    taken++;
                }
            }
        }
        return new ArrayList<>(chosen);
    }
}
