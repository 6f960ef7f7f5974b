// The .bdnn model language.
//
// A file is `model NAME` followed by data, network and train blocks in any order. Newlines and
// spaces are insignificant and `#` starts a comment that runs to the end of the line. The grammar
// has no embedded actions: AstBuilder turns the parse tree into io.bdnn.ast records, and
// CheckingLexer reports the lexical errors (stray characters, unterminated strings).
//
// Every decision is LL(1) so that a syntax error is always reported at the token where the input
// stops fitting, with the exact set of tokens that would have fitted there.
grammar Bdnn;

modelFile
    : MODEL name block* EOF
    ;

block
    : DATA '{' dataStatement* '}'           # dataBlock
    | NETWORK '{' networkStatement* '}'     # networkBlock
    | TRAIN '{' trainStatement* '}'         # trainBlock
    ;

// ------------------------------------------------------------------------------------ data

dataStatement
    : CSV path=STRING csvOption*            # csvStatement
    | IDX images=STRING LABELS labels=STRING idxTest?   # idxStatement
    | INLINE '{' inlineRow* '}'             # inlineStatement
    | GENERATE kind=name option*            # generateStatement
    | TAKE count=INTEGER                    # takeStatement
    | PER_CLASS count=INTEGER option*       # perClassStatement
    | POOL size=INTEGER                     # poolStatement
    | SCALE kind=name                       # scaleStatement
    | SPLIT splitSpec                       # splitStatement
    | RADIUS number+                        # radiusStatement
    ;

csvOption
    : DELIMITER STRING                      # delimiterOption
    | HEADER flag=(TRUE | FALSE)            # headerOption
    | LABEL labelSpec                       # labelOption
    | TEST STRING                           # testFileOption
    ;

// The test images of an idx source: `test "t10k-images-idx3-ubyte.gz" labels "t10k-labels-idx1-ubyte.gz"`.
idxTest
    : TEST images=STRING LABELS labels=STRING
    ;

labelSpec
    : LAST                                  # lastLabel
    | COLUMN INTEGER                        # columnLabel
    | STRING                                # namedLabel
    ;

// One row of inline data: the features, a colon, and the label as written.
inlineRow
    : number+ ':' inlineLabel
    ;

inlineLabel
    : number                                # numberLabel
    | name                                  # nameLabel
    | STRING                                # stringLabel
    ;

splitSpec
    : NONE                                  # splitNone
    | option+                               # splitParts
    ;

// --------------------------------------------------------------------------------- network

networkStatement
    : LAYER layerName=name ':' layerWidth activation=name   # layerStatement
    | WEIGHTS domain                                        # weightsStatement
    | BIAS domain                                           # biasStatement
    ;

layerWidth
    : INTEGER                               # fixedWidth
    | CLASSES                               # classesWidth
    ;

domain
    : CONTINUOUS range?                     # continuousDomain
    | INTEGER_KEYWORD range?                # integerDomain
    | NONE                                  # noDomain
    ;

range
    : IN '[' lo=number ',' hi=number ']'
    ;

// ----------------------------------------------------------------------------------- train

trainStatement
    : LOSS lossSum                          # lossStatement
    | METHOD name option*                   # methodStatement
    | SOLVER solverName option*             # solverStatement
    | EPSILON number                        # epsilonStatement
    | ROBUST kind=name number?              # robustStatement
    | REGULARIZE kind=name number?          # regularizeStatement
    | CONSTRAINT name ':' constraintBody    # constraintStatement
    | OBJECTIVE name ':' expr               # objectiveStatement
    | ENSEMBLE scheme=name (VOTE vote=name)?  # ensembleStatement
    | JOBS count=INTEGER                    # jobsStatement
    ;

// ------------------------------------------------------- objectives, constraints, expressions

// `hamming`, `misclassified + 0.1 min_weight`, `hinge margin 1`, or one term with stages:
// `lexicographic { first misclassified, then min_weight }`. Which names take stages is checked later.
lossSum
    : lossTerm (op=('+' | '-') lossTerm)*
    ;

lossTerm
    : (weight=(INTEGER | DECIMAL) '*'?)? name option* ('{' lossStage (',' lossStage)* '}')?
    ;

// `first SUM` or `then SUM`; the word is checked later.
lossStage
    : name lossSum
    ;

// `forall k in hidden: sum(j in inputs) abs(W[hidden][k, j]) <= 4`, `-1 <= e <= 1`, or a call
// to a constraint kind of an extension, `monotone(1)`.
constraintBody
    : FORALL binders ':' constraintBody                     # forallConstraint
    | expr (comparator expr)*                               # relationConstraint
    ;

binders
    : binder (',' binder)* (WHERE condition)?
    ;

binder
    : variable=IDENT IN set=name
    ;

// `and` binds tighter than `or`.
condition
    : conjunction (OR conjunction)*
    ;

conjunction
    : comparison (AND comparison)*
    ;

comparison
    : expr comparator expr
    ;

comparator
    : '<=' | '>=' | '==' | '!=' | '<' | '>'
    ;

// Precedence by order: unary minus, then * and /, then sum(...) and mean(...) (whose body runs
// up to the next + or -, as in AMPL), then + and -.
expr
    : primary                                               # primaryExpr
    | '-' expr                                              # negateExpr
    | left=expr op=('*' | '/') right=expr                   # productExpr
    | kind=(SUM | MEAN) '(' binders ')' expr                # aggregateExpr
    | left=expr op=('+' | '-') right=expr                   # sumExpr
    ;

// `2.5`, `"label"`, `k`, `W[hidden][k, j]`, `x[i, 2]`, `abs(e)`, `predict(i, 1)`, `(e)`.
primary
    : magnitude=(INTEGER | DECIMAL)                         # numberPrimary
    | STRING                                                # stringPrimary
    | name ('(' arguments? ')' | ('[' arguments ']')+)?     # referencePrimary
    | '(' expr ')'                                          # parenthesisedPrimary
    ;

arguments
    : expr (',' expr)*
    ;

// A solver name may contain hyphens, as in `cp-sat`.
solverName
    : name ('-' name)*
    ;

// ---------------------------------------------------------------------------------- shared

// A named option with an optional value: `time 30s`, `seed 7`, `file "x.lp"` or a bare `kmeans`.
option
    : optionName optionValue?
    ;

optionValue
    : sign='-'? magnitude=(INTEGER | DECIMAL | DURATION)    # numericValue
    | STRING                                                # stringValue
    ;

number
    : sign='-'? magnitude=(INTEGER | DECIMAL)
    ;

// Any identifier or keyword, so that layers may be called `output` or `test`.
name
    : IDENT
    | MODEL | DATA | NETWORK | TRAIN
    | CSV | DELIMITER | HEADER | LABEL | LAST | COLUMN | INLINE | GENERATE | TAKE | SCALE | SPLIT | NONE
    | IDX | LABELS | TEST | PER_CLASS | POOL
    | LAYER | CLASSES | WEIGHTS | BIAS | CONTINUOUS | INTEGER_KEYWORD | IN
    | LOSS | METHOD | SOLVER | EPSILON | TRUE | FALSE
    | RADIUS | ROBUST | REGULARIZE
    | CONSTRAINT | OBJECTIVE | WHERE | AND | OR
    | ENSEMBLE | VOTE | JOBS
    ;

// A name that cannot start a statement. Options are ended by the next statement, not by a
// newline, so `loss hamming method exact` must not read `method` as an option of `loss`.
// `none` is left out too, so that `split none` is never an option list.
optionName
    : IDENT
    | MODEL | DATA | NETWORK | TRAIN
    | DELIMITER | HEADER | LABEL | LAST | COLUMN | LABELS | TEST
    | CLASSES | CONTINUOUS | INTEGER_KEYWORD | IN | TRUE | FALSE
    ;

// ----------------------------------------------------------------------------------- lexer

MODEL : 'model' ;
DATA : 'data' ;
NETWORK : 'network' ;
TRAIN : 'train' ;

CSV : 'csv' ;
DELIMITER : 'delimiter' ;
HEADER : 'header' ;
LABEL : 'label' ;
LAST : 'last' ;
COLUMN : 'column' ;
INLINE : 'inline' ;
GENERATE : 'generate' ;
TAKE : 'take' ;
SCALE : 'scale' ;
SPLIT : 'split' ;
IDX : 'idx' ;
LABELS : 'labels' ;
TEST : 'test' ;
PER_CLASS : 'per_class' ;
POOL : 'pool' ;

LAYER : 'layer' ;
CLASSES : 'classes' ;
WEIGHTS : 'weights' ;
BIAS : 'bias' ;
CONTINUOUS : 'continuous' ;
INTEGER_KEYWORD : 'integer' ;
IN : 'in' ;
NONE : 'none' ;

LOSS : 'loss' ;
METHOD : 'method' ;
SOLVER : 'solver' ;
EPSILON : 'epsilon' ;
ROBUST : 'robust' ;
REGULARIZE : 'regularize' ;
RADIUS : 'radius' ;
ENSEMBLE : 'ensemble' ;
VOTE : 'vote' ;
JOBS : 'jobs' ;

CONSTRAINT : 'constraint' ;
OBJECTIVE : 'objective' ;
FORALL : 'forall' ;
SUM : 'sum' ;
MEAN : 'mean' ;
WHERE : 'where' ;
AND : 'and' ;
OR : 'or' ;

TRUE : 'true' ;
FALSE : 'false' ;

LBRACE : '{' ;
RBRACE : '}' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
COLON : ':' ;
COMMA : ',' ;
MINUS : '-' ;
PLUS : '+' ;
STAR : '*' ;
SLASH : '/' ;
LPAREN : '(' ;
RPAREN : ')' ;
LESS_EQUAL : '<=' ;
GREATER_EQUAL : '>=' ;
EQUAL : '==' ;
NOT_EQUAL : '!=' ;
LESS : '<' ;
GREATER : '>' ;

INTEGER : DIGITS ;

DECIMAL
    : DIGITS '.' DIGITS EXPONENT?
    | '.' DIGITS EXPONENT?
    | DIGITS EXPONENT
    ;

// A number directly followed by letters. AstBuilder accepts the units ms, s, m and h; taking
// any letters here lets it say "unknown time unit" instead of reading `30sec` as `30s ec`.
DURATION
    : (DIGITS | DIGITS '.' DIGITS | '.' DIGITS) EXPONENT? [a-zA-Z]+
    ;

// Only \" and \\ are escapes; CheckingLexer reports any other backslash.
STRING : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"' ;

// A string with no closing quote on its line; CheckingLexer reports it.
UNTERMINATED_STRING : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '\\'? ;

IDENT : [a-zA-Z_] [a-zA-Z_0-9]* ;

COMMENT : '#' ~[\r\n]* -> skip ;

WS : [ \t\r\n\f]+ -> skip ;

// Any other character; CheckingLexer reports it and drops it.
ERROR_CHARACTER : . ;

fragment DIGITS : [0-9]+ ;

fragment EXPONENT : [eE] [+-]? DIGITS ;
