package io.bdnn.grammar;

import io.bdnn.ast.Suggestions;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Words syntax errors as {@code expected WHAT [after 'PREVIOUS'], found 'TOKEN'}. Expected token
 * sets are read from the grammar (the first tokens of its rules), so they cannot drift from it:
 * all the tokens that start a name read "a name", the keywords that start a data statement read
 * "a data statement (csv, inline, ...)", and so on.
 */
final class SyntaxMessages {
    private static final ATN GRAMMAR = BdnnParser._ATN;
    private static final IntervalSet NAME = first(BdnnParser.RULE_name);
    private static final IntervalSet OPTION_NAME = first(BdnnParser.RULE_optionName);
    private static final IntervalSet OPTION_VALUE = first(BdnnParser.RULE_optionValue);
    private static final IntervalSet EXPRESSION = first(BdnnParser.RULE_expr);
    private static final List<Group> GROUPS = List.of(
            new Group("a block", first(BdnnParser.RULE_block)),
            new Group("a data statement", first(BdnnParser.RULE_dataStatement)),
            new Group("a network statement", first(BdnnParser.RULE_networkStatement)),
            new Group("a train statement", first(BdnnParser.RULE_trainStatement)),
            new Group("a csv option", first(BdnnParser.RULE_csvOption)),
            new Group("a domain", first(BdnnParser.RULE_domain)));
    private static final int LONGEST_LIST = 6;
    private static final int LONGEST_TOKEN = 30;

    private SyntaxMessages() {
    }

    /** A set of keywords that reads as one thing, such as the keywords that start a statement. */
    private record Group(String label, IntervalSet tokens) {
        String describe() {
            List<String> words = new ArrayList<>();
            for (int type : tokens.toArray()) {
                words.add(keyword(type));
            }
            return label + " (" + String.join(", ", words) + ")";
        }
    }

    /**
     * The message for finding {@code found} where only {@code expected} would fit, just after
     * the token displayed as {@code previous} (null at the start of the file). An unclosed block
     * at the end of the file names the block and the line where it opened.
     */
    static String expected(IntervalSet expected, Token found, String previous, RuleContext context) {
        if (found.getType() == Token.EOF && expected.contains(BdnnParser.RBRACE)) {
            ParserRuleContext block = enclosingBlock(context);
            if (block != null) {
                return "expected '}' to close the " + blockName(block) + " opened on line "
                        + block.getStart().getLine() + ", found end of file";
            }
        }
        String where = "";
        if (previous == null) {
            where = " at the start of the file";
        } else if (!expected.contains(BdnnParser.RBRACE) && !expected.contains(Token.EOF)) {
            where = " after " + previous;
        }
        return "expected " + describe(expected) + where + ", found " + display(found) + didYouMean(expected, found);
    }

    static boolean isNumber(Token token) {
        int type = token.getType();
        return type == BdnnParser.INTEGER || type == BdnnParser.DECIMAL || type == BdnnParser.DURATION;
    }

    /** {@code end of file}, a string as written, or any other token in single quotes. */
    static String display(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of file";
        }
        String text = token.getText();
        if (text.length() > LONGEST_TOKEN) {
            text = text.substring(0, LONGEST_TOKEN - 3) + "...";
        }
        return token.getType() == BdnnParser.STRING ? text : "'" + text + "'";
    }

    /** Reads a set of token types as a list such as {@code a name, a number or '}'}. */
    static String describe(IntervalSet expected) {
        IntervalSet rest = new IntervalSet(expected);
        rest.remove(Token.EPSILON);
        List<String> items = new ArrayList<>();
        if (containsAll(rest, OPTION_VALUE)) {
            items.add("an option value");
            rest = rest.subtract(OPTION_VALUE);
        }
        if (containsAll(rest, EXPRESSION)) {
            items.add("an expression");
            rest = rest.subtract(EXPRESSION);
        }
        if (containsAll(rest, NAME)) {
            items.add("a name");
            rest = rest.subtract(NAME);
        } else if (containsAll(rest, OPTION_NAME)) {
            items.add("an option");
            rest = rest.subtract(OPTION_NAME);
        }
        if (rest.contains(BdnnParser.INTEGER) && rest.contains(BdnnParser.DECIMAL)) {
            items.add("a number");
            rest = rest.subtract(IntervalSet.of(BdnnParser.MINUS)).subtract(IntervalSet.of(BdnnParser.DECIMAL));
        } else if (rest.contains(BdnnParser.INTEGER)) {
            items.add("a whole number");
        }
        rest.remove(BdnnParser.INTEGER);
        takeIfPresent(rest, BdnnParser.DURATION, "a duration", items);
        takeIfPresent(rest, BdnnParser.STRING, "a string", items);
        for (Group group : GROUPS) {
            if (containsAll(rest, group.tokens())) {
                items.add(group.describe());
                rest = rest.subtract(group.tokens());
            }
        }
        boolean closingBrace = rest.contains(BdnnParser.RBRACE);
        boolean endOfFile = rest.contains(Token.EOF);
        rest.remove(BdnnParser.RBRACE);
        rest.remove(Token.EOF);
        for (int type : rest.toArray()) {
            items.add(literal(type));
        }
        if (closingBrace) {
            items.add("'}'");
        }
        if (endOfFile) {
            items.add("end of file");
        }
        return join(items);
    }

    private static String join(List<String> items) {
        if (items.isEmpty()) {
            return "nothing more";
        }
        if (items.size() > LONGEST_LIST) {
            int others = items.size() - (LONGEST_LIST - 1);
            return String.join(", ", items.subList(0, LONGEST_LIST - 1)) + " or " + others + " other tokens";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /** "; did you mean 'weights'?" when a misspelt word was found where keywords were expected. */
    private static String didYouMean(IntervalSet expected, Token found) {
        if (!NAME.contains(found.getType()) || expected.contains(found.getType())) {
            return "";
        }
        List<String> keywords = new ArrayList<>();
        for (int type : expected.toArray()) {
            if (type != BdnnParser.IDENT && NAME.contains(type)) {
                keywords.add(keyword(type));
            }
        }
        return Suggestions.didYouMean(found.getText(), keywords);
    }

    private static ParserRuleContext enclosingBlock(RuleContext context) {
        for (RuleContext current = context; current != null; current = current.parent) {
            if (blockName(current) != null) {
                return (ParserRuleContext) current;
            }
        }
        return null;
    }

    private static String blockName(RuleContext context) {
        if (context instanceof BdnnParser.InlineStatementContext) {
            return "inline data";
        } else if (context instanceof BdnnParser.DataBlockContext) {
            return "data block";
        } else if (context instanceof BdnnParser.NetworkBlockContext) {
            return "network block";
        } else if (context instanceof BdnnParser.TrainBlockContext) {
            return "train block";
        }
        return null;
    }

    private static void takeIfPresent(IntervalSet rest, int type, String description, List<String> items) {
        if (rest.contains(type)) {
            items.add(description);
            rest.remove(type);
        }
    }

    private static boolean containsAll(IntervalSet set, IntervalSet subset) {
        return !subset.isNil() && subset.subtract(set).isNil();
    }

    private static IntervalSet first(int rule) {
        return GRAMMAR.nextTokens(GRAMMAR.ruleToStartState[rule]);
    }

    /** A literal token as quoted in the grammar, such as {@code '{'}, or its symbolic name. */
    private static String literal(int type) {
        String literal = BdnnParser.VOCABULARY.getLiteralName(type);
        return literal != null ? literal : BdnnParser.VOCABULARY.getSymbolicName(type);
    }

    /** A keyword without its quotes, such as {@code csv}. */
    private static String keyword(int type) {
        String literal = literal(type);
        return literal.startsWith("'") ? literal.substring(1, literal.length() - 1) : literal;
    }
}
