package io.bdnn.ast;

import java.util.List;

/**
 * The syntax tree of a {@code .bdnn} file: immutable records with source spans, close to what
 * was written. Meaning (defaults, legal option names, widths) is given by the compiler's checker,
 * so that every complaint can point at the words the user wrote.
 */
public final class Ast {
    private Ast() {
    }

    /** A whole file: {@code model NAME} followed by its blocks in the order written. */
    public record ModelFile(String name, SourceSpan span, List<Block> blocks) {
    }

    public sealed interface Block permits DataBlock, NetworkBlock, TrainBlock {
        SourceSpan span();
    }

    // ---------------------------------------------------------------- data

    public record DataBlock(List<DataStatement> statements, SourceSpan span) implements Block {
    }

    public sealed interface DataStatement
            permits CsvSource, IdxSource, InlineSource, GenerateSource, Take, PerClass, Pool, Scale, SplitNone,
            SplitFractions, Radius {
        SourceSpan span();
    }

    /**
     * {@code csv "path" delimiter ";" header false label last test "test.csv"}; absent options are
     * null. The test file, when given, is read with the same options and is the test split.
     */
    public record CsvSource(String path, String delimiter, Boolean header, Label label,
                            SourceSpan pathSpan, SourceSpan span, String testPath, SourceSpan testPathSpan)
            implements DataStatement {
        /** A source without a test file. */
        public CsvSource(String path, String delimiter, Boolean header, Label label, SourceSpan pathSpan,
                         SourceSpan span) {
            this(path, delimiter, header, label, pathSpan, span, null, null);
        }

        public boolean hasTest() {
            return testPath != null;
        }
    }

    public sealed interface Label permits LastLabel, ColumnLabel, NamedLabel {
        SourceSpan span();
    }

    public record LastLabel(SourceSpan span) implements Label {
    }

    /** A 1-based column number. */
    public record ColumnLabel(int column, SourceSpan span) implements Label {
    }

    /** A column named in the CSV header. */
    public record NamedLabel(String name, SourceSpan span) implements Label {
    }

    /**
     * {@code idx "images" labels "labels" [test "images" labels "labels"]}: images and labels in
     * the IDX format of MNIST; the optional second pair is the test split. Without a test pair
     * the test fields are null.
     */
    public record IdxSource(String images, String labels, String testImages, String testLabels,
                            SourceSpan imagesSpan, SourceSpan labelsSpan, SourceSpan testImagesSpan,
                            SourceSpan testLabelsSpan, SourceSpan span) implements DataStatement {
        public boolean hasTest() {
            return testImages != null;
        }
    }

    /** {@code inline { 0 1 : 1 ... }}: each row is features, a colon and the label. */
    public record InlineSource(List<InlineRow> rows, SourceSpan span) implements DataStatement {
    }

    public record InlineRow(List<Double> features, String label, SourceSpan span) {
    }

    /** {@code generate uniform features 10 samples 120 seed 7}. */
    public record GenerateSource(String kind, List<Option> options, SourceSpan kindSpan, SourceSpan span)
            implements DataStatement {
    }

    /** {@code take N}: keep the first N rows. */
    public record Take(long count, SourceSpan span) implements DataStatement {
    }

    /** {@code per_class N [seed S]}: keep the first N rows of each class (after a seeded shuffle). */
    public record PerClass(long count, List<Option> options, SourceSpan countSpan, SourceSpan span)
            implements DataStatement {
    }

    /** {@code pool K}: average K x K blocks of pixels of image data. */
    public record Pool(long size, SourceSpan sizeSpan, SourceSpan span) implements DataStatement {
    }

    /** {@code scale minmax | standard | none}. */
    public record Scale(String kind, SourceSpan span) implements DataStatement {
    }

    /** {@code split none}: every row is a training row. */
    public record SplitNone(SourceSpan span) implements DataStatement {
    }

    /** {@code split train 0.5 validation 0.25 test 0.25 seed 7}; parts are options by name. */
    public record SplitFractions(List<Option> parts, SourceSpan span) implements DataStatement {
    }

    /**
     * {@code radius 0.5} or {@code radius 0.5 1 0.25 ...}: the per-feature box radii that
     * {@code robust box} uses, in the data's raw units; one value for every feature or one each.
     */
    public record Radius(List<Double> values, SourceSpan span) implements DataStatement {
    }

    // ------------------------------------------------------------- network

    public record NetworkBlock(List<NetworkStatement> statements, SourceSpan span) implements Block {
    }

    public sealed interface NetworkStatement permits LayerDecl, WeightsDecl, BiasDecl {
        SourceSpan span();
    }

    /**
     * {@code layer NAME: WIDTH ACTIVATION}; a null width stands for {@code classes}, the number
     * of distinct labels.
     */
    public record LayerDecl(String name, Long width, String activation, SourceSpan nameSpan,
                            SourceSpan widthSpan, SourceSpan activationSpan, SourceSpan span)
            implements NetworkStatement {
        public boolean widthIsClasses() {
            return width == null;
        }
    }

    public record WeightsDecl(Domain domain, SourceSpan span) implements NetworkStatement {
    }

    public record BiasDecl(Domain domain, SourceSpan span) implements NetworkStatement {
    }

    /** {@code continuous in [a, b] | integer in [a, b] | none}; lo and hi are null without a range. */
    public record Domain(DomainKind kind, Double lo, Double hi, SourceSpan rangeSpan, SourceSpan span) {
        public boolean hasRange() {
            return lo != null;
        }
    }

    public enum DomainKind { CONTINUOUS, INTEGER, NONE }

    // --------------------------------------------------------------- train

    public record TrainBlock(List<TrainStatement> statements, SourceSpan span) implements Block {
    }

    public sealed interface TrainStatement
            permits LossDecl, MethodDecl, SolverDecl, EpsilonDecl, RobustDecl, RegularizeDecl, ConstraintDecl,
            ObjectiveDecl, EnsembleDecl, JobsDecl {
        SourceSpan span();
    }

    /**
     * {@code loss TERM (+|- TERM)*}, such as {@code loss hamming} or
     * {@code loss misclassified + 0.1 min_weight}; see {@link UserAst.LossTerm}.
     */
    public record LossDecl(List<UserAst.LossTerm> terms, SourceSpan span) implements TrainStatement {
        public LossDecl {
            terms = List.copyOf(terms);
        }

        /** The loss as written, for reports: {@code misclassified + 0.1 min_weight}. */
        public String describe() {
            return UserAst.LossTerm.describe(terms);
        }
    }

    /** {@code constraint NAME: BODY}: a named constraint on the trained network. */
    public record ConstraintDecl(String name, UserAst.Body body, SourceSpan nameSpan, SourceSpan span)
            implements TrainStatement {
    }

    /** {@code objective NAME: EXPR}: a named objective term that a loss may use by its name. */
    public record ObjectiveDecl(String name, UserAst.Expr expression, SourceSpan nameSpan, SourceSpan span)
            implements TrainStatement {
    }

    public record MethodDecl(String name, List<Option> options, SourceSpan nameSpan, SourceSpan span)
            implements TrainStatement {
    }

    /** {@code solver scip time 30s gap 0.0001 threads 2 seed 1}. */
    public record SolverDecl(String name, List<Option> options, SourceSpan nameSpan, SourceSpan span)
            implements TrainStatement {
    }

    /** {@code epsilon 0.001}: the step margin, instead of the compiler's safe choice. */
    public record EpsilonDecl(double value, SourceSpan span) implements TrainStatement {
    }

    /** {@code robust linf 0.1} or {@code robust box}; the radius is null when none was written. */
    public record RobustDecl(String kind, Double radius, SourceSpan kindSpan, SourceSpan radiusSpan, SourceSpan span)
            implements TrainStatement {
    }

    /** {@code regularize l1 0.001}; the weight is null when none was written. */
    public record RegularizeDecl(String kind, Double weight, SourceSpan kindSpan, SourceSpan weightSpan,
                                 SourceSpan span) implements TrainStatement {
    }

    /**
     * {@code ensemble one_vs_one vote majority}: one network per pair of classes (or per class);
     * the vote is null when none was written.
     */
    public record EnsembleDecl(String scheme, String vote, SourceSpan schemeSpan, SourceSpan voteSpan,
                               SourceSpan span) implements TrainStatement {
    }

    /** {@code jobs 2}: ensemble members trained side by side. */
    public record JobsDecl(long count, SourceSpan countSpan, SourceSpan span) implements TrainStatement {
    }

    // ------------------------------------------------------------- options

    /** A named option such as {@code time 30s}, {@code seed 7} or a bare flag {@code kmeans}. */
    public record Option(String name, Value value, SourceSpan nameSpan, SourceSpan span) {
    }

    public sealed interface Value permits NumberValue, DurationValue, StringValue, NoValue {
        SourceSpan span();
    }

    /** A number as written; {@code integral} when it was written without a point or exponent. */
    public record NumberValue(double value, boolean integral, String text, SourceSpan span) implements Value {
    }

    /** A duration such as {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, in seconds. */
    public record DurationValue(double seconds, String text, SourceSpan span) implements Value {
    }

    public record StringValue(String value, SourceSpan span) implements Value {
    }

    public record NoValue(SourceSpan span) implements Value {
    }
}
