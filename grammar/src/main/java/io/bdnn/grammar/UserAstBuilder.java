package io.bdnn.grammar;

import io.bdnn.ast.Ast;
import io.bdnn.ast.SourceSpan;
import io.bdnn.ast.UserAst;
import io.bdnn.grammar.BdnnParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The part of {@link AstBuilder} for losses, constraints and expressions: turns their parse
 * trees into {@link UserAst} records with spans. Operators keep the order the grammar gave them
 * (left-associative, precedence by the grammar's rule order).
 */
final class UserAstBuilder {
    private final String file;
    private final Literals literals;
    private final Function<List<OptionContext>, List<Ast.Option>> options;

    UserAstBuilder(String file, Literals literals, Function<List<OptionContext>, List<Ast.Option>> options) {
        this.file = file;
        this.literals = literals;
        this.options = options;
    }

    // ---------------------------------------------------------------- losses

    /** The terms of a sum; a term after {@code -} gets its weight negated. */
    List<UserAst.LossTerm> lossSum(LossSumContext context) {
        List<UserAst.LossTerm> terms = new ArrayList<>();
        for (int t = 0; t < context.lossTerm().size(); t++) {
            boolean negative = t > 0 && context.getChild(2 * t - 1).getText().equals("-");
            terms.add(lossTerm(context.lossTerm(t), negative));
        }
        return terms;
    }

    private UserAst.LossTerm lossTerm(LossTermContext context, boolean negative) {
        double weight = context.weight == null ? 1 : literals.finite(context.weight);
        List<UserAst.LossStage> stages = new ArrayList<>();
        for (LossStageContext stage : context.lossStage()) {
            stages.add(new UserAst.LossStage(stage.name().getText(), lossSum(stage.lossSum()), span(stage.name()),
                    span(stage)));
        }
        return new UserAst.LossTerm(negative ? -weight : weight, context.name().getText(),
                options.apply(context.option()), stages, span(context.name()), span(context));
    }

    // ----------------------------------------------------------- constraints

    UserAst.Body body(ConstraintBodyContext context) {
        if (context instanceof ForallConstraintContext forall) {
            return new UserAst.Forall(binders(forall.binders()), body(forall.constraintBody()), span(context));
        }
        RelationConstraintContext relation = (RelationConstraintContext) context;
        List<UserAst.Expr> operands = new ArrayList<>();
        for (ExprContext operand : relation.expr()) {
            operands.add(expr(operand));
        }
        List<UserAst.Comparator> comparators = new ArrayList<>();
        for (ComparatorContext comparator : relation.comparator()) {
            comparators.add(UserAst.Comparator.of(comparator.getText()));
        }
        return new UserAst.Relation(operands, comparators, span(context));
    }

    private UserAst.Binders binders(BindersContext context) {
        List<UserAst.Binder> binders = new ArrayList<>();
        for (BinderContext binder : context.binder()) {
            binders.add(new UserAst.Binder(binder.variable.getText(), binder.set.getText(),
                    Spans.of(file, binder.variable), span(binder.set)));
        }
        UserAst.Condition where = context.condition() == null ? null : condition(context.condition());
        return new UserAst.Binders(binders, where, span(context));
    }

    /** {@code a or b} is an Any of Alls; a single part is returned as itself. */
    private UserAst.Condition condition(ConditionContext context) {
        List<UserAst.Condition> any = new ArrayList<>();
        for (ConjunctionContext conjunction : context.conjunction()) {
            List<UserAst.Condition> all = new ArrayList<>();
            for (ComparisonContext comparison : conjunction.comparison()) {
                all.add(new UserAst.Comparison(UserAst.Comparator.of(comparison.comparator().getText()),
                        expr(comparison.expr(0)), expr(comparison.expr(1)), span(comparison)));
            }
            any.add(all.size() == 1 ? all.get(0) : new UserAst.All(all, span(conjunction)));
        }
        return any.size() == 1 ? any.get(0) : new UserAst.Any(any, span(context));
    }

    // ----------------------------------------------------------- expressions

    UserAst.Expr expr(ExprContext context) {
        if (context instanceof PrimaryExprContext primary) {
            return primary(primary.primary());
        } else if (context instanceof NegateExprContext negate) {
            return new UserAst.Negate(expr(negate.expr()), span(context));
        } else if (context instanceof ProductExprContext product) {
            var operator = product.op.getText().equals("*") ? UserAst.Operator.TIMES : UserAst.Operator.DIVIDE;
            return new UserAst.Binary(operator, expr(product.left), expr(product.right), span(context));
        } else if (context instanceof SumExprContext sum) {
            var operator = sum.op.getText().equals("+") ? UserAst.Operator.PLUS : UserAst.Operator.MINUS;
            return new UserAst.Binary(operator, expr(sum.left), expr(sum.right), span(context));
        }
        AggregateExprContext aggregate = (AggregateExprContext) context;
        var kind = aggregate.kind.getType() == BdnnParser.SUM ? UserAst.AggregateKind.SUM : UserAst.AggregateKind.MEAN;
        return new UserAst.Aggregate(kind, binders(aggregate.binders()), expr(aggregate.expr()), span(context));
    }

    private UserAst.Expr primary(PrimaryContext context) {
        if (context instanceof NumberPrimaryContext number) {
            return new UserAst.Number(literals.finite(number.magnitude), number.magnitude.getText(), span(context));
        } else if (context instanceof StringPrimaryContext string) {
            return new UserAst.Text(Literals.unquote(string.STRING().getSymbol()), span(context));
        } else if (context instanceof ParenthesisedPrimaryContext parenthesised) {
            return expr(parenthesised.expr());
        }
        ReferencePrimaryContext reference = (ReferencePrimaryContext) context;
        String name = reference.name().getText();
        SourceSpan nameSpan = span(reference.name());
        if (reference.LPAREN() != null) {
            List<UserAst.Expr> arguments = reference.arguments().isEmpty() ? List.of()
                    : exprs(reference.arguments(0));
            return new UserAst.Call(name, arguments, nameSpan, span(context));
        }
        List<List<UserAst.Expr>> indices = new ArrayList<>();
        for (ArgumentsContext arguments : reference.arguments()) {
            indices.add(exprs(arguments));
        }
        return new UserAst.Reference(name, indices, nameSpan, span(context));
    }

    private List<UserAst.Expr> exprs(ArgumentsContext context) {
        List<UserAst.Expr> built = new ArrayList<>();
        for (ExprContext expr : context.expr()) {
            built.add(expr(expr));
        }
        return built;
    }

    private SourceSpan span(ParserRuleContext context) {
        return Spans.of(file, context);
    }
}
