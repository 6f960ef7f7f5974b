package io.bdnn.data;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a model's {@code data { ... }} block into {@link PreparedData}: checks the statements,
 * loads the source ({@code csv}, {@code idx}, {@code inline} or {@code generate}), keeps the rows
 * that {@code take} and {@code per_class} select ({@link RowSelection}), checks there are at least
 * two classes, splits the rows, fits the scaler on the training rows and applies it to every split.
 * The test files of an {@code idx} or {@code csv} source, when given, are the test split.
 *
 * <p>Every problem becomes a located diagnostic, in the model file or in the data file; no
 * exception escapes {@link #load}.
 */
public final class DataLoader {
    private DataLoader() {
    }

    /**
     * Loads, checks, takes, splits and scales; adds located errors and returns null when invalid.
     *
     * @param block       the data block as parsed
     * @param baseDir     the model file's folder, against which relative data paths are resolved
     *                    (the current folder when null)
     * @param diagnostics where errors and warnings are added
     */
    public static PreparedData load(Ast.DataBlock block, Path baseDir, Diagnostics diagnostics) {
        int errorsBefore = diagnostics.errors().size();
        try {
            PreparedData data = prepare(block, baseDir, diagnostics);
            return diagnostics.errors().size() > errorsBefore ? null : data;
        } catch (RuntimeException e) {
            // A bug here must still reach the user as a located message, not a stack trace.
            diagnostics.error(block.span(), "internal error while loading data: " + e);
            return null;
        }
    }

    private static PreparedData prepare(Ast.DataBlock block, Path baseDir, Diagnostics diagnostics) {
        DataSettings settings = DataSettings.read(block, diagnostics);
        int errorsBefore = diagnostics.errors().size();
        RowSelection selection = RowSelection.of(settings.take(), settings.perClass(), diagnostics);
        if (settings.source() == null || diagnostics.errors().size() > errorsBefore) {
            return null;
        }
        RawData raw;
        RawData test = null;
        if (settings.source() instanceof Ast.IdxSource idx) {
            IdxDataReader.IdxData images = IdxDataReader.read(idx, baseDir, selection, settings.pool(), diagnostics);
            if (images == null) {
                return null;
            }
            raw = images.train();
            test = images.test();
        } else {
            raw = readSource(settings.source(), baseDir, selection.limit(), diagnostics);
            if (raw == null) {
                return null;
            }
            raw = raw.select(selection.kept(raw.labels(), raw.rows(), diagnostics));
            if (settings.source() instanceof Ast.CsvSource csv && csv.hasTest()) {
                test = csvTest(csv, raw, baseDir, diagnostics);
                if (test == null) {
                    return null;
                }
            }
        }
        List<String> classes = classes(raw, settings, diagnostics);
        SplitPlan plan = settings.split();
        if (classes == null || plan == null || settings.scaleKind() == null
                || !testFits(test, classes, plan, settings, diagnostics)) {
            return null;
        }
        int[] sizes = Splitter.sizes(plan, raw.rows());
        if (sizes[0] == 0) {
            diagnostics.error(settings.splitSpan(), "split leaves no training rows: train "
                    + NumberText.shortest(plan.train()) + " of " + raw.rows() + " rows rounds to 0");
            return null;
        }
        double[] radius = BoxRadius.read(settings.radius(), raw.featureNames().size(), diagnostics);
        return assemble(raw, test, classes, plan, settings.scaleKind()).withRadius(radius);
    }

    /**
     * Whether a separate test set (null when there is none) can be used: the split must not also
     * make test rows, and every test label must be a class of the training rows.
     */
    private static boolean testFits(RawData test, List<String> classes, SplitPlan plan, DataSettings settings,
                                    Diagnostics diagnostics) {
        if (test == null) {
            return true;
        }
        if (plan.test() > 0) {
            diagnostics.error(settings.splitSpan(), "the test rows come from the test files of line "
                    + settings.source().span().line() + "; split the other rows into train and validation only");
            return false;
        }
        Set<String> known = new HashSet<>(classes);
        for (String label : test.labels()) {
            if (!known.contains(label)) {
                SourceSpan where = settings.source() instanceof Ast.IdxSource idx ? idx.testLabelsSpan()
                        : ((Ast.CsvSource) settings.source()).testPathSpan();
                diagnostics.error(where, "test label '" + label + "' is not a class of the training rows"
                        + " (classes " + String.join(", ", classes) + ")");
                return false;
            }
        }
        return true;
    }

    /**
     * The rows of a csv source's test file, read whole with the source's options; null after
     * reporting a problem, or a number of features other than the training file's.
     */
    private static RawData csvTest(Ast.CsvSource csv, RawData train, Path baseDir, Diagnostics diagnostics) {
        Ast.CsvSource testSource = new Ast.CsvSource(csv.testPath(), csv.delimiter(), csv.header(), csv.label(),
                csv.testPathSpan(), csv.span());
        RawData test = CsvDataReader.read(testSource, baseDir, Long.MAX_VALUE, diagnostics);
        if (test != null && test.featureNames().size() != train.featureNames().size()) {
            int features = test.featureNames().size();
            diagnostics.error(csv.testPathSpan(), "'" + csv.testPath() + "' has " + features
                    + (features == 1 ? " feature" : " features") + " but '" + csv.path() + "' has "
                    + train.featureNames().size());
            return null;
        }
        return test;
    }

    private static RawData readSource(Ast.DataStatement source, Path baseDir, long limit, Diagnostics diagnostics) {
        if (source instanceof Ast.CsvSource csv) {
            return CsvDataReader.read(csv, baseDir, limit, diagnostics);
        }
        if (source instanceof Ast.InlineSource inline) {
            return InlineData.read(inline, diagnostics);
        }
        return GeneratedData.read((Ast.GenerateSource) source, diagnostics);
    }

    /** The class names in class order, or null after reporting that there are fewer than two. */
    private static List<String> classes(RawData raw, DataSettings settings, Diagnostics diagnostics) {
        Set<String> distinct = new LinkedHashSet<>(List.of(raw.labels()));
        if (distinct.size() >= 2) {
            return LabelNormaliser.classOrder(distinct);
        }
        String only = distinct.iterator().next();
        Ast.Take take = settings.take();
        if (take != null && take.count() == raw.rows()) {
            diagnostics.error(take.span(), "the first " + raw.rows() + " rows all have label '" + only
                    + "'; training needs at least 2 classes");
        } else {
            diagnostics.error(sourceSpan(settings.source()), "all " + raw.rows() + " rows have label '" + only
                    + "'; training needs at least 2 classes");
        }
        return null;
    }

    private static SourceSpan sourceSpan(Ast.DataStatement source) {
        return source instanceof Ast.CsvSource csv ? csv.pathSpan() : source.span();
    }

    /**
     * Splits the rows, fits the scaler on the training rows and scales every split; a separate
     * test set (null when there is none) is the test split.
     */
    private static PreparedData assemble(RawData raw, RawData testRaw, List<String> classes, SplitPlan plan,
                                         String scaleKind) {
        int[] y = LabelNormaliser.indices(raw.labels(), classes);
        int[][] parts = Splitter.indices(plan, raw.rows());
        int features = raw.featureNames().size();
        double[][] trainRaw = rows(raw.features(), parts[0]);
        Scaler scaler = Scaler.fit(scaleKind, trainRaw, features);
        Split train = new Split("train", scaled(scaler, trainRaw), pick(y, parts[0]));
        Split validation = new Split("validation", scaled(scaler, rows(raw.features(), parts[1])), pick(y, parts[1]));
        Split test = testRaw == null
                ? new Split("test", scaled(scaler, rows(raw.features(), parts[2])), pick(y, parts[2]))
                : new Split("test", scaled(scaler, testRaw.features()), LabelNormaliser.indices(testRaw.labels(), classes));
        String hash = DataHash.of(raw, testRaw, plan, scaleKind);
        return new PreparedData(train, validation, test, scaler, classes, raw.featureNames(), hash);
    }

    /**
     * The rows scaled; with {@code scale none} the rows themselves, which the loader owns (each
     * row belongs to one split), so that 60000 images are not held twice.
     */
    private static double[][] scaled(Scaler scaler, double[][] rows) {
        return scaler.kind().equals("none") ? rows : scaler.applyAll(rows);
    }

    private static double[][] rows(double[][] all, int[] indices) {
        double[][] picked = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = all[indices[i]];
        }
        return picked;
    }

    private static int[] pick(int[] all, int[] indices) {
        int[] picked = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = all[indices[i]];
        }
        return picked;
    }
}
