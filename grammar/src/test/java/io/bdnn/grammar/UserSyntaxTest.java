package io.bdnn.grammar;

import static io.bdnn.grammar.Parsing.span;
import static org.assertj.core.api.Assertions.assertThat;

import io.bdnn.ast.Ast;
import io.bdnn.ast.UserAst;
import io.bdnn.ast.UserAst.Binary;
import io.bdnn.ast.UserAst.Call;
import io.bdnn.ast.UserAst.Expr;
import io.bdnn.ast.UserAst.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Losses, constraints and expressions parse to the trees (and spans) they should. */
class UserSyntaxTest {

    private static Ast.ConstraintDecl constraint(String text) {
        return (Ast.ConstraintDecl) Parsing.train(text).get(0);
    }

    private static Expr expression(String text) {
        return ((Ast.ObjectiveDecl) Parsing.train("objective e: " + text).get(0)).expression();
    }

    /** A compact prefix form of an expression: {@code (+ a (* 2 b))}. */
    private static String shape(Expr expr) {
        if (expr instanceof UserAst.Number number) {
            return number.text();
        } else if (expr instanceof UserAst.Text text) {
            return '"' + text.value() + '"';
        } else if (expr instanceof Reference reference) {
            return reference.name() + reference.indices().stream()
                    .map(list -> list.stream().map(UserSyntaxTest::shape).toList().toString()).reduce("", String::concat);
        } else if (expr instanceof Call call) {
            return call.name() + call.arguments().stream().map(UserSyntaxTest::shape).toList();
        } else if (expr instanceof UserAst.Negate negate) {
            return "(- " + shape(negate.operand()) + ")";
        } else if (expr instanceof Binary binary) {
            String operator = switch (binary.operator()) {
                case PLUS -> "+";
                case MINUS -> "-";
                case TIMES -> "*";
                case DIVIDE -> "/";
            };
            return "(" + operator + " " + shape(binary.left()) + " " + shape(binary.right()) + ")";
        }
        UserAst.Aggregate aggregate = (UserAst.Aggregate) expr;
        return "(" + aggregate.kind().name().toLowerCase() + " "
                + aggregate.binders().binders().stream().map(b -> b.variable() + ":" + b.set()).toList()
                + (aggregate.binders().where() == null ? "" : " where") + " " + shape(aggregate.body()) + ")";
    }

    @Test
    void theSparsityConstraintOfTheIssueParses() {
        Ast.ConstraintDecl sparse = constraint(
                "constraint sparse_inputs:\n  forall k in hidden: sum(j in inputs) abs(W[hidden][k, j]) <= 4");
        assertThat(sparse.name()).isEqualTo("sparse_inputs");
        assertThat(sparse.nameSpan()).isEqualTo(span(3, 12, 3, 24));
        UserAst.Forall forall = (UserAst.Forall) sparse.body();
        assertThat(forall.binders().binders()).singleElement()
                .satisfies(binder -> {
                    assertThat(binder.variable()).isEqualTo("k");
                    assertThat(binder.set()).isEqualTo("hidden");
                    assertThat(binder.setSpan()).isEqualTo(span(4, 15, 4, 20));
                });
        UserAst.Relation relation = (UserAst.Relation) forall.body();
        assertThat(relation.comparators()).containsExactly(UserAst.Comparator.LESS_EQUAL);
        assertThat(shape(relation.operands().get(0))).isEqualTo("(sum [j:inputs] abs[W[hidden][k, j]])");
        assertThat(relation.operands().get(0).span()).isEqualTo(span(4, 23, 4, 59));
    }

    @Test
    void theParityConstraintOfTheIssueParsesWithItsFilters() {
        Ast.ConstraintDecl parity = constraint("""
                constraint parity:
                  abs(mean(i in train where x[i, 2] == 1) predict(i, 1)
                    - mean(i in train where x[i, 2] == 0) predict(i, 1)) <= 0.1""");
        UserAst.Relation relation = (UserAst.Relation) parity.body();
        assertThat(shape(relation.operands().get(0))).isEqualTo(
                "abs[(- (mean [i:train] where predict[i, 1]) (mean [i:train] where predict[i, 1]))]");
        Call abs = (Call) relation.operands().get(0);
        UserAst.Aggregate first = (UserAst.Aggregate) ((Binary) abs.arguments().get(0)).left();
        UserAst.Comparison where = (UserAst.Comparison) first.binders().where();
        assertThat(where.comparator()).isEqualTo(UserAst.Comparator.EQUAL);
        assertThat(shape(where.left())).isEqualTo("x[i, 2]");
        assertThat(where.span()).isEqualTo(span(4, 29, 4, 40));
    }

    @Test
    void precedenceFollowsTheRuleOrder() {
        assertThat(shape(expression("1 + 2 * 3 - 4"))).isEqualTo("(- (+ 1 (* 2 3)) 4)");
        assertThat(shape(expression("-a * b"))).isEqualTo("(* (- a) b)");
        assertThat(shape(expression("a / 2 / 4"))).isEqualTo("(/ (/ a 2) 4)");
        assertThat(shape(expression("(1 + 2) * 3"))).isEqualTo("(* (+ 1 2) 3)");
        // A sum's body runs up to the next + or -, as in AMPL.
        assertThat(shape(expression("sum(k in hidden) 2 * u[hidden][1, k] + 1")))
                .isEqualTo("(+ (sum [k:hidden] (* 2 u[hidden][1, k])) 1)");
        assertThat(shape(expression("2 * sum(k in hidden, j in inputs) W[hidden][k, j]")))
                .isEqualTo("(* 2 (sum [k:hidden, j:inputs] W[hidden][k, j]))");
        assertThat(shape(expression("predict(i, \"yes\")"))).isEqualTo("predict[i, \"yes\"]");
    }

    @Test
    void conditionsJoinWithAndBeforeOr() {
        Expr mean = expression("mean(i in train where x[i, 1] > 0 and x[i, 2] < 1 or y[i] != 2) y[i]");
        UserAst.Condition where = ((UserAst.Aggregate) mean).binders().where();
        UserAst.Any any = (UserAst.Any) where;
        assertThat(any.parts()).hasExactlyElementsOfTypes(UserAst.All.class, UserAst.Comparison.class);
        assertThat(((UserAst.All) any.parts().get(0)).parts()).hasSize(2);
    }

    @Test
    void chainsAndBareCallsAreRelations() {
        UserAst.Relation chain = (UserAst.Relation) constraint("constraint c: -1 <= b[out][1] <= 1").body();
        assertThat(chain.operands()).hasSize(3);
        assertThat(chain.comparators()).containsExactly(UserAst.Comparator.LESS_EQUAL, UserAst.Comparator.LESS_EQUAL);
        UserAst.Relation call = (UserAst.Relation) constraint("constraint up: monotone(1, 2)").body();
        assertThat(call.comparators()).isEmpty();
        assertThat(shape(call.operands().get(0))).isEqualTo("monotone[1, 2]");
    }

    @Test
    void lossesAreWeightedSumsAndMayHaveStages() {
        List<Ast.TrainStatement> statements = Parsing.train(
                "loss misclassified + 0.1 min_weight - 2 * max_margin method exact");
        Ast.LossDecl loss = (Ast.LossDecl) statements.get(0);
        assertThat(loss.terms()).extracting(UserAst.LossTerm::weight).containsExactly(1.0, 0.1, -2.0);
        assertThat(loss.describe()).isEqualTo("misclassified + 0.1 min_weight - 2 max_margin");
        assertThat(statements.get(1)).isInstanceOf(Ast.MethodDecl.class);

        Ast.LossDecl hinge = (Ast.LossDecl) Parsing.train("loss hinge margin 1").get(0);
        assertThat(hinge.terms().get(0).options()).extracting(Ast.Option::name).containsExactly("margin");

        Ast.LossDecl staged = (Ast.LossDecl) Parsing.train(
                "loss lexicographic { first misclassified, then min_nonzero + 0.5 sparsity }").get(0);
        UserAst.LossTerm lexicographic = staged.terms().get(0);
        assertThat(lexicographic.name()).isEqualTo("lexicographic");
        assertThat(lexicographic.stages()).extracting(UserAst.LossStage::keyword).containsExactly("first", "then");
        assertThat(lexicographic.stages().get(1).terms()).extracting(UserAst.LossTerm::name)
                .containsExactly("min_nonzero", "sparsity");
        assertThat(staged.describe())
                .isEqualTo("lexicographic { first misclassified, then min_nonzero + 0.5 sparsity }");
    }

    @Test
    void syntaxErrorsInExpressionsSayWhatWasExpected() {
        assertThat(Parsing.errors("model m\ntrain {\n  constraint c: sum(j inputs) W[h][1, j] <= 1\n}\n"))
                .containsExactly("test.bdnn:3:23: expected 'in' after 'j', found 'inputs'");
        assertThat(Parsing.errors("model m\ntrain {\n  constraint c: abs(W[h][1, 1] <= 1\n}\n"))
                .containsExactly("test.bdnn:3:32: expected ')' after ']', found '<='");
        assertThat(Parsing.errors("model m\ntrain {\n  constraint c: <= 1\n}\n"))
                .containsExactly("test.bdnn:3:17: expected an expression or 'forall' after ':', found '<='");
        assertThat(Parsing.errors("model m\ntrain {\n  objective o: 2 *\n}\n"))
                .containsExactly("test.bdnn:4:1: expected an expression after '*', found '}'");
        assertThat(Parsing.errors("model m\ntrain {\n  loss hamming +\n}\n"))
                .containsExactly("test.bdnn:4:1: expected a name or a number after '+', found '}'");
    }
}
