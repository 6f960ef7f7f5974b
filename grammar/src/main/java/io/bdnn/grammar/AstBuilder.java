package io.bdnn.grammar;

import io.bdnn.ast.Ast;
import io.bdnn.ast.SourceSpan;
import io.bdnn.grammar.BdnnParser.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Turns a parse tree without syntax errors into {@link Ast} records, each with the span of its
 * first and last token. It also reports what the grammar cannot see: csv options given twice,
 * and (through {@link Literals}) numbers too large for their field and unknown time units.
 */
final class AstBuilder extends BdnnBaseVisitor<Object> {
    private final String file;
    private final ErrorCollector errors;
    private final Literals literals;
    private final UserAstBuilder user;

    AstBuilder(ErrorCollector errors) {
        this.file = errors.file();
        this.errors = errors;
        this.literals = new Literals(errors);
        this.user = new UserAstBuilder(file, literals, this::options);
    }

    Ast.ModelFile build(ModelFileContext tree) {
        return (Ast.ModelFile) visit(tree);
    }

    /** The whole file's span runs from {@code model} to the last token of the last block. */
    @Override
    public Ast.ModelFile visitModelFile(ModelFileContext context) {
        List<Ast.Block> blocks = all(context.block(), Ast.Block.class);
        ParserRuleContext last = context.block().isEmpty() ? context.name() : context.block(blocks.size() - 1);
        return new Ast.ModelFile(context.name().getText(), Spans.of(file, context.getStart(), last.getStop()),
                blocks);
    }

    @Override
    public Ast.DataBlock visitDataBlock(DataBlockContext context) {
        return new Ast.DataBlock(all(context.dataStatement(), Ast.DataStatement.class), span(context));
    }

    @Override
    public Ast.NetworkBlock visitNetworkBlock(NetworkBlockContext context) {
        return new Ast.NetworkBlock(all(context.networkStatement(), Ast.NetworkStatement.class), span(context));
    }

    @Override
    public Ast.TrainBlock visitTrainBlock(TrainBlockContext context) {
        return new Ast.TrainBlock(all(context.trainStatement(), Ast.TrainStatement.class), span(context));
    }

    // ------------------------------------------------------------------------------------ data

    @Override
    public Ast.CsvSource visitCsvStatement(CsvStatementContext context) {
        String delimiter = null;
        Boolean header = null;
        Ast.Label label = null;
        Token test = null;
        Set<String> given = new HashSet<>();
        for (CsvOptionContext option : context.csvOption()) {
            String keyword = option.getStart().getText();
            if (!given.add(keyword)) {
                errors.report(span(option), "the csv option '" + keyword + "' is given twice");
            }
            if (option instanceof DelimiterOptionContext delimiterOption) {
                delimiter = Literals.unquote(delimiterOption.STRING().getSymbol());
            } else if (option instanceof HeaderOptionContext headerOption) {
                header = headerOption.flag.getType() == BdnnParser.TRUE;
            } else if (option instanceof LabelOptionContext labelOption) {
                label = label(labelOption);
            } else if (option instanceof TestFileOptionContext testOption) {
                test = testOption.STRING().getSymbol();
            }
        }
        return new Ast.CsvSource(Literals.unquote(context.path), delimiter, header, label, Spans.of(file, context.path),
                span(context), test == null ? null : Literals.unquote(test), test == null ? null : Spans.of(file, test));
    }

    @Override
    public Ast.IdxSource visitIdxStatement(IdxStatementContext context) {
        IdxTestContext test = context.idxTest();
        return new Ast.IdxSource(Literals.unquote(context.images), Literals.unquote(context.labels),
                test == null ? null : Literals.unquote(test.images), test == null ? null : Literals.unquote(test.labels),
                Spans.of(file, context.images), Spans.of(file, context.labels),
                test == null ? null : Spans.of(file, test.images), test == null ? null : Spans.of(file, test.labels),
                span(context));
    }

    /** The label spans run from the keyword {@code label} to the end of the option. */
    private Ast.Label label(LabelOptionContext option) {
        LabelSpecContext spec = option.labelSpec();
        if (spec instanceof ColumnLabelContext column) {
            long number = literals.whole(column.INTEGER().getSymbol(), Integer.MAX_VALUE, "column number");
            return new Ast.ColumnLabel((int) number, span(option));
        } else if (spec instanceof NamedLabelContext named) {
            return new Ast.NamedLabel(Literals.unquote(named.STRING().getSymbol()), span(option));
        }
        return new Ast.LastLabel(span(option));
    }

    @Override
    public Ast.InlineSource visitInlineStatement(InlineStatementContext context) {
        List<Ast.InlineRow> rows = new ArrayList<>();
        for (InlineRowContext row : context.inlineRow()) {
            List<Double> features = new ArrayList<>();
            for (NumberContext feature : row.number()) {
                features.add(number(feature));
            }
            rows.add(new Ast.InlineRow(List.copyOf(features), labelText(row.inlineLabel()), span(row)));
        }
        return new Ast.InlineSource(List.copyOf(rows), span(context));
    }

    /** An inline label as written: {@code 0}, {@code -1}, {@code 1.0}, {@code cat}, or a string's text. */
    private String labelText(InlineLabelContext label) {
        if (label instanceof NumberLabelContext number) {
            return Literals.signedText(number.number().sign, number.number().magnitude);
        } else if (label instanceof StringLabelContext string) {
            return Literals.unquote(string.STRING().getSymbol());
        }
        return label.getText();
    }

    @Override
    public Ast.GenerateSource visitGenerateStatement(GenerateStatementContext context) {
        return new Ast.GenerateSource(context.kind.getText(), options(context.option()), span(context.kind),
                span(context));
    }

    @Override
    public Ast.Take visitTakeStatement(TakeStatementContext context) {
        return new Ast.Take(literals.whole(context.count, Long.MAX_VALUE, "row count"), span(context));
    }

    @Override
    public Ast.PerClass visitPerClassStatement(PerClassStatementContext context) {
        return new Ast.PerClass(literals.whole(context.count, Long.MAX_VALUE, "row count"), options(context.option()),
                Spans.of(file, context.count), span(context));
    }

    @Override
    public Ast.Pool visitPoolStatement(PoolStatementContext context) {
        return new Ast.Pool(literals.whole(context.size, Integer.MAX_VALUE, "pool size"), Spans.of(file, context.size),
                span(context));
    }

    @Override
    public Ast.Scale visitScaleStatement(ScaleStatementContext context) {
        return new Ast.Scale(context.kind.getText(), span(context));
    }

    @Override
    public Ast.DataStatement visitSplitStatement(SplitStatementContext context) {
        if (context.splitSpec() instanceof SplitPartsContext parts) {
            return new Ast.SplitFractions(options(parts.option()), span(context));
        }
        return new Ast.SplitNone(span(context));
    }

    @Override
    public Ast.Radius visitRadiusStatement(RadiusStatementContext context) {
        List<Double> values = new ArrayList<>();
        for (NumberContext value : context.number()) {
            values.add(number(value));
        }
        return new Ast.Radius(List.copyOf(values), span(context));
    }

    // --------------------------------------------------------------------------------- network

    @Override
    public Ast.LayerDecl visitLayerStatement(LayerStatementContext context) {
        Long width = null;
        if (context.layerWidth() instanceof FixedWidthContext fixed) {
            width = literals.whole(fixed.INTEGER().getSymbol(), Long.MAX_VALUE, "layer width");
        }
        return new Ast.LayerDecl(context.layerName.getText(), width, context.activation.getText(),
                span(context.layerName), span(context.layerWidth()), span(context.activation), span(context));
    }

    @Override
    public Ast.WeightsDecl visitWeightsStatement(WeightsStatementContext context) {
        return new Ast.WeightsDecl(domain(context.domain()), span(context));
    }

    @Override
    public Ast.BiasDecl visitBiasStatement(BiasStatementContext context) {
        return new Ast.BiasDecl(domain(context.domain()), span(context));
    }

    /** A domain and its optional range {@code in [lo, hi]}; the range span starts at {@code in}. */
    private Ast.Domain domain(DomainContext domain) {
        RangeContext range = null;
        Ast.DomainKind kind = Ast.DomainKind.NONE;
        if (domain instanceof ContinuousDomainContext continuous) {
            kind = Ast.DomainKind.CONTINUOUS;
            range = continuous.range();
        } else if (domain instanceof IntegerDomainContext integer) {
            kind = Ast.DomainKind.INTEGER;
            range = integer.range();
        }
        if (range == null) {
            return new Ast.Domain(kind, null, null, null, span(domain));
        }
        return new Ast.Domain(kind, number(range.lo), number(range.hi), span(range), span(domain));
    }

    // ----------------------------------------------------------------------------------- train

    @Override
    public Ast.LossDecl visitLossStatement(LossStatementContext context) {
        return new Ast.LossDecl(user.lossSum(context.lossSum()), span(context));
    }

    @Override
    public Ast.ConstraintDecl visitConstraintStatement(ConstraintStatementContext context) {
        return new Ast.ConstraintDecl(context.name().getText(), user.body(context.constraintBody()),
                span(context.name()), span(context));
    }

    @Override
    public Ast.ObjectiveDecl visitObjectiveStatement(ObjectiveStatementContext context) {
        return new Ast.ObjectiveDecl(context.name().getText(), user.expr(context.expr()), span(context.name()),
                span(context));
    }

    @Override
    public Ast.MethodDecl visitMethodStatement(MethodStatementContext context) {
        return new Ast.MethodDecl(context.name().getText(), options(context.option()), span(context.name()),
                span(context));
    }

    /** The solver name is its parts joined by hyphens, {@code cp-sat}, whatever spacing was used. */
    @Override
    public Ast.SolverDecl visitSolverStatement(SolverStatementContext context) {
        return new Ast.SolverDecl(context.solverName().getText(), options(context.option()),
                span(context.solverName()), span(context));
    }

    @Override
    public Ast.EpsilonDecl visitEpsilonStatement(EpsilonStatementContext context) {
        return new Ast.EpsilonDecl(number(context.number()), span(context));
    }

    @Override
    public Ast.RobustDecl visitRobustStatement(RobustStatementContext context) {
        NumberContext radius = context.number();
        return new Ast.RobustDecl(context.kind.getText(), radius == null ? null : number(radius), span(context.kind),
                radius == null ? null : span(radius), span(context));
    }

    @Override
    public Ast.RegularizeDecl visitRegularizeStatement(RegularizeStatementContext context) {
        NumberContext weight = context.number();
        return new Ast.RegularizeDecl(context.kind.getText(), weight == null ? null : number(weight),
                span(context.kind), weight == null ? null : span(weight), span(context));
    }

    @Override
    public Ast.EnsembleDecl visitEnsembleStatement(EnsembleStatementContext context) {
        return new Ast.EnsembleDecl(context.scheme.getText(), context.vote == null ? null : context.vote.getText(),
                span(context.scheme), context.vote == null ? null : span(context.vote), span(context));
    }

    @Override
    public Ast.JobsDecl visitJobsStatement(JobsStatementContext context) {
        return new Ast.JobsDecl(literals.whole(context.count, Integer.MAX_VALUE, "job count"),
                Spans.of(file, context.count), span(context));
    }

    // --------------------------------------------------------------------------------- options

    private List<Ast.Option> options(List<OptionContext> options) {
        List<Ast.Option> built = new ArrayList<>();
        for (OptionContext option : options) {
            SourceSpan nameSpan = span(option.optionName());
            built.add(new Ast.Option(option.optionName().getText(), value(option.optionValue(), nameSpan), nameSpan,
                    span(option)));
        }
        return List.copyOf(built);
    }

    /** The value of an option; a bare option has no value, placed at its name. */
    private Ast.Value value(OptionValueContext value, SourceSpan nameSpan) {
        if (value == null) {
            return new Ast.NoValue(nameSpan);
        } else if (value instanceof StringValueContext string) {
            return new Ast.StringValue(Literals.unquote(string.STRING().getSymbol()), span(value));
        }
        NumericValueContext numeric = (NumericValueContext) value;
        String text = Literals.signedText(numeric.sign, numeric.magnitude);
        if (numeric.magnitude.getType() == BdnnParser.DURATION) {
            return new Ast.DurationValue(literals.seconds(numeric.magnitude, numeric.sign != null), text, span(value));
        }
        double magnitude = literals.finite(numeric.magnitude);
        return new Ast.NumberValue(numeric.sign == null ? magnitude : -magnitude,
                numeric.magnitude.getType() == BdnnParser.INTEGER, text, span(value));
    }

    // ---------------------------------------------------------------------------------- tokens

    private double number(NumberContext number) {
        double magnitude = literals.finite(number.magnitude);
        return number.sign == null ? magnitude : -magnitude;
    }

    // --------------------------------------------------------------------------------- helpers

    private SourceSpan span(ParserRuleContext context) {
        return Spans.of(file, context);
    }

    private <T> List<T> all(List<? extends ParseTree> trees, Class<T> type) {
        List<T> built = new ArrayList<>();
        for (ParseTree tree : trees) {
            built.add(type.cast(visit(tree)));
        }
        return List.copyOf(built);
    }
}
