package io.bdnn.grammar;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery (single-token insertion and deletion, then resynchronising on what may follow)
 * with messages worded by {@link SyntaxMessages} instead of "mismatched input ... expecting {...}".
 * The four report methods below are the only places where ANTLR words a parser error.
 */
final class ReadableErrorStrategy extends DefaultErrorStrategy {

    @Override
    protected void reportNoViableAlternative(Parser parser, NoViableAltException exception) {
        Token found = exception.getOffendingToken();
        if (found == exception.getStartToken()) {
            IntervalSet expected = parser.getATN().getExpectedTokens(exception.getOffendingState(), exception.getCtx());
            report(parser, found, expected, exception.getCtx());
        } else {
            // The grammar is LL(1), so this is not expected to happen; say what we know.
            parser.notifyErrorListeners(found, "unexpected " + SyntaxMessages.display(found), exception);
        }
    }

    @Override
    protected void reportInputMismatch(Parser parser, InputMismatchException exception) {
        report(parser, exception.getOffendingToken(), exception.getExpectedTokens(), exception.getCtx());
    }

    @Override
    protected void reportFailedPredicate(Parser parser, FailedPredicateException exception) {
        // The grammar has no predicates; kept so that no raw ANTLR text can reach a user.
        Token found = exception.getOffendingToken();
        parser.notifyErrorListeners(found, "unexpected " + SyntaxMessages.display(found), exception);
    }

    /**
     * Reports a token that fits nowhere here. When a loop or optional part was left earlier
     * because of this token (the state ANTLR keeps in {@code nextTokensContext}), what would have
     * fitted there is expected too: after {@code solver scip time 30s gap}, a value may follow.
     */
    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        IntervalSet expected = new IntervalSet(getExpectedTokens(parser));
        if (nextTokensContext != null) {
            expected.addAll(parser.getATN().getExpectedTokens(nextTokensState, nextTokensContext));
        }
        report(parser, parser.getCurrentToken(), expected, parser.getContext());
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser), parser.getContext());
    }

    /**
     * Never conjures the {@code model} keyword: doing so would read the first block keyword as the
     * model's name and add a second, confusing error. The file is then skipped to its end.
     */
    @Override
    protected boolean singleTokenInsertion(Parser parser) {
        boolean atFirstToken = parser.getCurrentToken().getTokenIndex() == 0;
        if (atFirstToken && parser.getContext() instanceof BdnnParser.ModelFileContext) {
            return false;
        }
        return super.singleTokenInsertion(parser);
    }

    private static void report(Parser parser, Token found, IntervalSet expected, RuleContext context) {
        TokenStream tokens = parser.getInputStream();
        int index = found.getTokenIndex();
        Token previous = index > 0 ? tokens.get(index - 1) : null;
        boolean negative = index > 1 && tokens.get(index - 2).getType() == BdnnParser.MINUS
                && SyntaxMessages.isNumber(previous);
        String previousText = previous == null ? null : negative ? "'-" + previous.getText() + "'"
                : SyntaxMessages.display(previous);
        parser.notifyErrorListeners(found, SyntaxMessages.expected(expected, found, previousText, context), null);
    }
}
