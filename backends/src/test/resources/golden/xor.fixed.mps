* bdnn 0.1.0-SNAPSHOT: model 'xor_2_hidden' from xor-2-hidden.bdnn
* source sha256 1a33b5b53150d5581e64d6ed07643f4cb1bc2e3e12c76407c217c2a2ab15df05
* data sha256 6cfe18f34bfb3017931cff6d68b775c590bfad3a7044797baf7cbaf75b46a8d0
* format fixed-mps, names short, name map xor.map.json
* minimise; the objective constant 4 is not in this file: add it to the solver's objective value
* 40 columns (16 binary, 8 integer, 16 continuous), 112 rows, 416 nonzeros
NAME          xor_2_hi
ROWS
 N  obj
 L  R1
 G  R2
 L  R3
 G  R4
 L  R5
 G  R6
 L  R7
 G  R8
 L  R9
 G  R10
 L  R11
 G  R12
 L  R13
 G  R14
 L  R15
 G  R16
 L  R17
 L  R18
 L  R19
 L  R20
 L  R21
 L  R22
 L  R23
 L  R24
 L  R25
 L  R26
 L  R27
 L  R28
 L  R29
 L  R30
 L  R31
 L  R32
 L  R33
 G  R34
 L  R35
 G  R36
 L  R37
 G  R38
 L  R39
 G  R40
 G  R41
 L  R42
 G  R43
 L  R44
 G  R45
 L  R46
 G  R47
 L  R48
 G  R49
 L  R50
 G  R51
 L  R52
 G  R53
 L  R54
 G  R55
 L  R56
 G  R57
 L  R58
 G  R59
 L  R60
 G  R61
 L  R62
 G  R63
 L  R64
 G  R65
 L  R66
 G  R67
 L  R68
 G  R69
 L  R70
 G  R71
 L  R72
 L  R73
 G  R74
 L  R75
 G  R76
 L  R77
 G  R78
 L  R79
 G  R80
 G  R81
 L  R82
 G  R83
 L  R84
 G  R85
 L  R86
 G  R87
 L  R88
 G  R89
 L  R90
 G  R91
 L  R92
 G  R93
 L  R94
 G  R95
 L  R96
 G  R97
 L  R98
 G  R99
 L  R100
 G  R101
 L  R102
 G  R103
 L  R104
 G  R105
 L  R106
 G  R107
 L  R108
 G  R109
 L  R110
 G  R111
 L  R112
COLUMNS
    MARKER    'MARKER'                 'INTORG'
    C1        R5        1              R6        1
    C1        R7        1              R8        1
    C2        R3        1              R4        1
    C2        R7        1              R8        1
    C3        R13       1              R14       1
    C3        R15       1              R16       1
    C4        R11       1              R12       1
    C4        R15       1              R16       1
    MARKER    'MARKER'                 'INTEND'
    C5        R1        1              R2        1
    C5        R3        1              R4        1
    C5        R5        1              R6        1
    C5        R7        1              R8        1
    C6        R9        1              R10       1
    C6        R11       1              R12       1
    C6        R13       1              R14       1
    C6        R15       1              R16       1
    MARKER    'MARKER'                 'INTORG'
    C7        R1        -2.0001        R2        -2.0001
    C7        R17       -1             R21       1
    C7        R25       -1             R29       1
    C7        R41       1              R42       -1
    C7        R43       -1             R44       1
    C7        R45       1              R46       -1
    C7        R47       -1             R48       1
    C7        R81       1              R82       -1
    C7        R83       -1             R84       1
    C7        R85       1              R86       -1
    C7        R87       -1             R88       1
    C8        R3        -3.0001        R4        -3.0001
    C8        R18       -1             R22       1
    C8        R26       -1             R30       1
    C8        R49       1              R50       -1
    C8        R51       -1             R52       1
    C8        R53       1              R54       -1
    C8        R55       -1             R56       1
    C8        R89       1              R90       -1
    C8        R91       -1             R92       1
    C8        R93       1              R94       -1
    C8        R95       -1             R96       1
    C9        R5        -3.0001        R6        -3.0001
    C9        R19       -1             R23       1
    C9        R27       -1             R31       1
    C9        R57       1              R58       -1
    C9        R59       -1             R60       1
    C9        R61       1              R62       -1
    C9        R63       -1             R64       1
    C9        R97       1              R98       -1
    C9        R99       -1             R100      1
    C9        R101      1              R102      -1
    C9        R103      -1             R104      1
    C10       R7        -4.0001        R8        -4.0001
    C10       R20       -1             R24       1
    C10       R28       -1             R32       1
    C10       R65       1              R66       -1
    C10       R67       -1             R68       1
    C10       R69       1              R70       -1
    C10       R71       -1             R72       1
    C10       R105      1              R106      -1
    C10       R107      -1             R108      1
    C10       R109      1              R110      -1
    C10       R111      -1             R112      1
    C11       R9        -2.0001        R10       -2.0001
    C11       R17       -1             R21       -1
    C11       R25       1              R29       1
    C11       R41       1              R42       -1
    C11       R43       1              R44       -1
    C11       R45       -1             R46       1
    C11       R47       -1             R48       1
    C11       R81       1              R82       -1
    C11       R83       1              R84       -1
    C11       R85       -1             R86       1
    C11       R87       -1             R88       1
    C12       R11       -3.0001        R12       -3.0001
    C12       R18       -1             R22       -1
    C12       R26       1              R30       1
    C12       R49       1              R50       -1
    C12       R51       1              R52       -1
    C12       R53       -1             R54       1
    C12       R55       -1             R56       1
    C12       R89       1              R90       -1
    C12       R91       1              R92       -1
    C12       R93       -1             R94       1
    C12       R95       -1             R96       1
    C13       R13       -3.0001        R14       -3.0001
    C13       R19       -1             R23       -1
    C13       R27       1              R31       1
    C13       R57       1              R58       -1
    C13       R59       1              R60       -1
    C13       R61       -1             R62       1
    C13       R63       -1             R64       1
    C13       R97       1              R98       -1
    C13       R99       1              R100      -1
    C13       R101      -1             R102      1
    C13       R103      -1             R104      1
    C14       R15       -4.0001        R16       -4.0001
    C14       R20       -1             R24       -1
    C14       R28       1              R32       1
    C14       R65       1              R66       -1
    C14       R67       1              R68       -1
    C14       R69       -1             R70       1
    C14       R71       -1             R72       1
    C14       R105      1              R106      -1
    C14       R107      1              R108      -1
    C14       R109      -1             R110      1
    C14       R111      -1             R112      1
    C15       R35       1              R36       1
    C15       R39       1              R40       1
    C16       R37       1              R38       1
    C16       R39       1              R40       1
    C17       R75       1              R76       1
    C17       R79       1              R80       1
    C18       R77       1              R78       1
    C18       R79       1              R80       1
    MARKER    'MARKER'                 'INTEND'
    C19       R33       1              R34       1
    C19       R35       1              R36       1
    C19       R37       1              R38       1
    C19       R39       1              R40       1
    C20       R73       1              R74       1
    C20       R75       1              R76       1
    C20       R77       1              R78       1
    C20       R79       1              R80       1
    C21       R17       1              R18       1
    C21       R19       1              R20       1
    C21       R33       -2.0001        R34       2.0001
    C21       R73       -2.0001        R74       2.0001
    C22       R21       1              R22       1
    C22       R23       1              R24       1
    C22       R35       -3.0001        R36       3.0001
    C22       R75       -3.0001        R76       3.0001
    C23       R25       1              R26       1
    C23       R27       1              R28       1
    C23       R37       -3.0001        R38       3.0001
    C23       R77       -3.0001        R78       3.0001
    C24       R29       1              R30       1
    C24       R31       1              R32       1
    C24       R39       -4.0001        R40       4.0001
    C24       R79       -4.0001        R80       4.0001
    MARKER    'MARKER'                 'INTORG'
    C25       R33       -2.0001        R34       -2.0001
    C25       R41       -1             R42       -1
    C25       R49       -1             R50       -1
    C25       R57       -1             R58       -1
    C25       R65       -1             R66       -1
    C26       R35       -3.0001        R36       -3.0001
    C26       R43       -1             R44       -1
    C26       R51       -1             R52       -1
    C26       R59       -1             R60       -1
    C26       R67       -1             R68       -1
    C27       R37       -3.0001        R38       -3.0001
    C27       R45       -1             R46       -1
    C27       R53       -1             R54       -1
    C27       R61       -1             R62       -1
    C27       R69       -1             R70       -1
    C28       R39       -4.0001        R40       -4.0001
    C28       R47       -1             R48       -1
    C28       R55       -1             R56       -1
    C28       R63       -1             R64       -1
    C28       R71       -1             R72       -1
    MARKER    'MARKER'                 'INTEND'
    C29       obj       -1             R41       1
    C29       R42       1              R43       1
    C29       R44       1              R45       1
    C29       R46       1              R47       1
    C29       R48       1
    C30       obj       1              R49       1
    C30       R50       1              R51       1
    C30       R52       1              R53       1
    C30       R54       1              R55       1
    C30       R56       1
    C31       obj       1              R57       1
    C31       R58       1              R59       1
    C31       R60       1              R61       1
    C31       R62       1              R63       1
    C31       R64       1
    C32       obj       -1             R65       1
    C32       R66       1              R67       1
    C32       R68       1              R69       1
    C32       R70       1              R71       1
    C32       R72       1
    MARKER    'MARKER'                 'INTORG'
    C33       R73       -2.0001        R74       -2.0001
    C33       R81       -1             R82       -1
    C33       R89       -1             R90       -1
    C33       R97       -1             R98       -1
    C33       R105      -1             R106      -1
    C34       R75       -3.0001        R76       -3.0001
    C34       R83       -1             R84       -1
    C34       R91       -1             R92       -1
    C34       R99       -1             R100      -1
    C34       R107      -1             R108      -1
    C35       R77       -3.0001        R78       -3.0001
    C35       R85       -1             R86       -1
    C35       R93       -1             R94       -1
    C35       R101      -1             R102      -1
    C35       R109      -1             R110      -1
    C36       R79       -4.0001        R80       -4.0001
    C36       R87       -1             R88       -1
    C36       R95       -1             R96       -1
    C36       R103      -1             R104      -1
    C36       R111      -1             R112      -1
    MARKER    'MARKER'                 'INTEND'
    C37       obj       1              R81       1
    C37       R82       1              R83       1
    C37       R84       1              R85       1
    C37       R86       1              R87       1
    C37       R88       1
    C38       obj       -1             R89       1
    C38       R90       1              R91       1
    C38       R92       1              R93       1
    C38       R94       1              R95       1
    C38       R96       1
    C39       obj       -1             R97       1
    C39       R98       1              R99       1
    C39       R100      1              R101      1
    C39       R102      1              R103      1
    C39       R104      1
    C40       obj       1              R105      1
    C40       R106      1              R107      1
    C40       R108      1              R109      1
    C40       R110      1              R111      1
    C40       R112      1
RHS
    RHS       R2        -2             R4        -3
    RHS       R6        -3             R8        -4
    RHS       R10       -2             R12       -3
    RHS       R14       -3             R16       -4
    RHS       R21       1              R22       1
    RHS       R23       1              R24       1
    RHS       R25       1              R26       1
    RHS       R27       1              R28       1
    RHS       R29       2              R30       2
    RHS       R31       2              R32       2
    RHS       R34       -2             R36       -3
    RHS       R38       -3             R40       -4
    RHS       R43       -1             R44       1
    RHS       R45       -1             R46       1
    RHS       R47       -2             R48       2
    RHS       R51       -1             R52       1
    RHS       R53       -1             R54       1
    RHS       R55       -2             R56       2
    RHS       R59       -1             R60       1
    RHS       R61       -1             R62       1
    RHS       R63       -2             R64       2
    RHS       R67       -1             R68       1
    RHS       R69       -1             R70       1
    RHS       R71       -2             R72       2
    RHS       R74       -2             R76       -3
    RHS       R78       -3             R80       -4
    RHS       R83       -1             R84       1
    RHS       R85       -1             R86       1
    RHS       R87       -2             R88       2
    RHS       R91       -1             R92       1
    RHS       R93       -1             R94       1
    RHS       R95       -2             R96       2
    RHS       R99       -1             R100      1
    RHS       R101      -1             R102      1
    RHS       R103      -2             R104      2
    RHS       R107      -1             R108      1
    RHS       R109      -1             R110      1
    RHS       R111      -2             R112      2
BOUNDS
 LO BND       C1        -1
 UP BND       C1        1
 LO BND       C2        -1
 UP BND       C2        1
 LO BND       C3        -1
 UP BND       C3        1
 LO BND       C4        -1
 UP BND       C4        1
 LO BND       C5        -2
 UP BND       C5        2.0001
 LO BND       C6        -2
 UP BND       C6        2.0001
 BV BND       C7
 BV BND       C8
 BV BND       C9
 BV BND       C10
 BV BND       C11
 BV BND       C12
 BV BND       C13
 BV BND       C14
 LO BND       C15       -1
 UP BND       C15       1
 LO BND       C16       -1
 UP BND       C16       1
 LO BND       C17       -1
 UP BND       C17       1
 LO BND       C18       -1
 UP BND       C18       1
 LO BND       C19       -2
 UP BND       C19       2.0001
 LO BND       C20       -2
 UP BND       C20       2.0001
 LO BND       C21       0
 UP BND       C21       1
 LO BND       C22       0
 UP BND       C22       1
 LO BND       C23       0
 UP BND       C23       1
 LO BND       C24       0
 UP BND       C24       1
 BV BND       C25
 BV BND       C26
 BV BND       C27
 BV BND       C28
 LO BND       C29       0
 UP BND       C29       1
 LO BND       C30       0
 UP BND       C30       1
 LO BND       C31       0
 UP BND       C31       1
 LO BND       C32       0
 UP BND       C32       1
 BV BND       C33
 BV BND       C34
 BV BND       C35
 BV BND       C36
 LO BND       C37       0
 UP BND       C37       1
 LO BND       C38       0
 UP BND       C38       1
 LO BND       C39       0
 UP BND       C39       1
 LO BND       C40       0
 UP BND       C40       1
ENDATA
