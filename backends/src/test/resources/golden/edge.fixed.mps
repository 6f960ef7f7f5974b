* bdnn 0.1.0-SNAPSHOT: model 'edge' from edge.bdnn
* source sha256 0000000000000000000000000000000000000000000000000000000000000000
* data sha256 1111111111111111111111111111111111111111111111111111111111111111
* format fixed-mps, names short, name map edge.map.json
* minimise; the objective constant 1.25 is not in this file: add it to the solver's objective value
* 11 columns (2 binary, 4 integer, 5 continuous), 9 rows, 19 nonzeros
NAME          edge
ROWS
 N  obj
 G  R1
 E  R2
 G  R3
 L  R4
 G  R5
 G  R6
 L  R7
 G  R8
 L  R9
COLUMNS
    C1        obj       -1             R1        1
    C1        R2        1              R4        1
    C1        R5        -1             R6        .33333333333
    MARKER    'MARKER'                 'INTORG'
    C2        obj       -2.5           R1        1
    C2        R2        -1             R3        1
    C3        obj       3              R3        1
    C4        obj       .5             R2        1
    C4        R9        .01
    MARKER    'MARKER'                 'INTEND'
    C5        obj       .75            R4        -1
    C6        obj       .1             R5        1
    MARKER    'MARKER'                 'INTORG'
    C7        obj       -1             R6        1
    C7        R7        1              R8        -1
    MARKER    'MARKER'                 'INTEND'
    C8        obj       2              R9        .1
    MARKER    'MARKER'                 'INTORG'
    C9        obj       1              R7        1
    C9        R8        1
    MARKER    'MARKER'                 'INTEND'
    C10       obj       0
    MARKER    'MARKER'                 'INTORG'
    C11       obj       -.25
    MARKER    'MARKER'                 'INTEND'
RHS
    RHS       R1        -1             R2        1.5
    RHS       R3        1              R4        5
    RHS       R5        -10            R6        -9
    RHS       R7        -3             R8        -4
    RHS       R9        .88
RANGES
    RNG       R1        3.5            R5        20
    RNG       R9        3.98
BOUNDS
 LO BND       C1        -3
 UP BND       C1        4
 LO BND       C2        -2
 UP BND       C2        3
 BV BND       C3
 LO BND       C4        0
 PL BND       C4
 MI BND       C5
 UP BND       C5        5
 FR BND       C6
 LO BND       C7        -7
 UP BND       C7        -2
 FX BND       C8        2.5
 MI BND       C9
 UP BND       C9        -1
 LO BND       C10       0
 UP BND       C10       1
 BV BND       C11
* values rounded to fit their fields: 1, largest relative change 1.000000082740371E-11
ENDATA
