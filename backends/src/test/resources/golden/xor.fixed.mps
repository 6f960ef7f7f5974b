* bdnn 0.1.0-SNAPSHOT: model 'xor_2_hidden' from xor-2-hidden.bdnn
* source sha256 1a33b5b53150d5581e64d6ed07643f4cb1bc2e3e12c76407c217c2a2ab15df05
* data sha256 6cfe18f34bfb3017931cff6d68b775c590bfad3a7044797baf7cbaf75b46a8d0
* format fixed-mps, names short, name map xor.map.json
* minimise; the objective constant 4 is not in this file: add it to the solver's objective value
* 44 columns (16 binary, 24 integer, 4 continuous), 96 rows, 272 nonzeros
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
 G  R18
 L  R19
 G  R20
 L  R21
 G  R22
 L  R23
 G  R24
 L  R25
 G  R26
 L  R27
 G  R28
 L  R29
 G  R30
 L  R31
 G  R32
 L  R33
 G  R34
 L  R35
 G  R36
 L  R37
 G  R38
 L  R39
 G  R40
 L  R41
 G  R42
 L  R43
 G  R44
 L  R45
 G  R46
 L  R47
 G  R48
 L  R49
 G  R50
 L  R51
 G  R52
 L  R53
 G  R54
 L  R55
 G  R56
 L  R57
 G  R58
 L  R59
 G  R60
 L  R61
 G  R62
 L  R63
 G  R64
 L  R65
 G  R66
 L  R67
 G  R68
 L  R69
 G  R70
 L  R71
 G  R72
 L  R73
 G  R74
 L  R75
 G  R76
 L  R77
 G  R78
 L  R79
 G  R80
 L  R81
 G  R82
 L  R83
 G  R84
 L  R85
 G  R86
 L  R87
 G  R88
 L  R89
 G  R90
 L  R91
 G  R92
 L  R93
 G  R94
 L  R95
 G  R96
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
    C7        R17       -1             R18       1
    C7        R19       1              R20       -1
    C7        R49       -1             R50       1
    C7        R51       1              R52       -1
    C8        R3        -3.0001        R4        -3.0001
    C8        R21       -1             R22       1
    C8        R23       1              R24       -1
    C8        R53       -1             R54       1
    C8        R55       1              R56       -1
    C9        R5        -3.0001        R6        -3.0001
    C9        R25       -1             R26       1
    C9        R27       1              R28       -1
    C9        R57       -1             R58       1
    C9        R59       1              R60       -1
    C10       R7        -4.0001        R8        -4.0001
    C10       R29       -1             R30       1
    C10       R31       1              R32       -1
    C10       R61       -1             R62       1
    C10       R63       1              R64       -1
    C11       R9        -2.0001        R10       -2.0001
    C11       R33       -1             R34       1
    C11       R35       1              R36       -1
    C11       R65       -1             R66       1
    C11       R67       1              R68       -1
    C12       R11       -3.0001        R12       -3.0001
    C12       R37       -1             R38       1
    C12       R39       1              R40       -1
    C12       R69       -1             R70       1
    C12       R71       1              R72       -1
    C13       R13       -3.0001        R14       -3.0001
    C13       R41       -1             R42       1
    C13       R43       1              R44       -1
    C13       R73       -1             R74       1
    C13       R75       1              R76       -1
    C14       R15       -4.0001        R16       -4.0001
    C14       R45       -1             R46       1
    C14       R47       1              R48       -1
    C14       R77       -1             R78       1
    C14       R79       1              R80       -1
    C15       R19       -1             R20       -1
    C15       R23       -1             R24       -1
    C15       R27       -1             R28       -1
    C15       R31       -1             R32       -1
    C16       R35       -1             R36       -1
    C16       R39       -1             R40       -1
    C16       R43       -1             R44       -1
    C16       R47       -1             R48       -1
    C17       R51       -1             R52       -1
    C17       R55       -1             R56       -1
    C17       R59       -1             R60       -1
    C17       R63       -1             R64       -1
    C18       R67       -1             R68       -1
    C18       R71       -1             R72       -1
    C18       R75       -1             R76       -1
    C18       R79       -1             R80       -1
    C19       R17       1              R18       1
    C19       R19       1              R20       1
    C19       R81       1              R82       1
    C20       R21       1              R22       1
    C20       R23       1              R24       1
    C20       R83       1              R84       1
    C21       R25       1              R26       1
    C21       R27       1              R28       1
    C21       R85       1              R86       1
    C22       R29       1              R30       1
    C22       R31       1              R32       1
    C22       R87       1              R88       1
    C23       R33       1              R34       1
    C23       R35       1              R36       1
    C23       R81       1              R82       1
    C24       R37       1              R38       1
    C24       R39       1              R40       1
    C24       R83       1              R84       1
    C25       R41       1              R42       1
    C25       R43       1              R44       1
    C25       R85       1              R86       1
    C26       R45       1              R46       1
    C26       R47       1              R48       1
    C26       R87       1              R88       1
    C27       R49       1              R50       1
    C27       R51       1              R52       1
    C27       R89       1              R90       1
    C28       R53       1              R54       1
    C28       R55       1              R56       1
    C28       R91       1              R92       1
    C29       R57       1              R58       1
    C29       R59       1              R60       1
    C29       R93       1              R94       1
    C30       R61       1              R62       1
    C30       R63       1              R64       1
    C30       R95       1              R96       1
    C31       R65       1              R66       1
    C31       R67       1              R68       1
    C31       R89       1              R90       1
    C32       R69       1              R70       1
    C32       R71       1              R72       1
    C32       R91       1              R92       1
    C33       R73       1              R74       1
    C33       R75       1              R76       1
    C33       R93       1              R94       1
    C34       R77       1              R78       1
    C34       R79       1              R80       1
    C34       R95       1              R96       1
    MARKER    'MARKER'                 'INTEND'
    C35       R81       1              R82       1
    C35       R83       1              R84       1
    C35       R85       1              R86       1
    C35       R87       1              R88       1
    C36       R89       1              R90       1
    C36       R91       1              R92       1
    C36       R93       1              R94       1
    C36       R95       1              R96       1
    MARKER    'MARKER'                 'INTORG'
    C37       obj       -1             R81       -4.0001
    C37       R82       -4.0001
    C38       obj       1              R83       -4.0001
    C38       R84       -4.0001
    C39       obj       1              R85       -4.0001
    C39       R86       -4.0001
    C40       obj       -1             R87       -4.0001
    C40       R88       -4.0001
    C41       obj       1              R89       -4.0001
    C41       R90       -4.0001
    C42       obj       -1             R91       -4.0001
    C42       R92       -4.0001
    C43       obj       -1             R93       -4.0001
    C43       R94       -4.0001
    C44       obj       1              R95       -4.0001
    C44       R96       -4.0001
    MARKER    'MARKER'                 'INTEND'
RHS
    RHS       R2        -2             R4        -3
    RHS       R6        -3             R8        -4
    RHS       R10       -2             R12       -3
    RHS       R14       -3             R16       -4
    RHS       R19       1              R20       -1
    RHS       R23       1              R24       -1
    RHS       R27       1              R28       -1
    RHS       R31       1              R32       -1
    RHS       R35       1              R36       -1
    RHS       R39       1              R40       -1
    RHS       R43       1              R44       -1
    RHS       R47       1              R48       -1
    RHS       R51       1              R52       -1
    RHS       R55       1              R56       -1
    RHS       R59       1              R60       -1
    RHS       R63       1              R64       -1
    RHS       R67       1              R68       -1
    RHS       R71       1              R72       -1
    RHS       R75       1              R76       -1
    RHS       R79       1              R80       -1
    RHS       R82       -4             R84       -4
    RHS       R86       -4             R88       -4
    RHS       R90       -4             R92       -4
    RHS       R94       -4             R96       -4
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
 LO BND       C19       -1
 UP BND       C19       1
 LO BND       C20       -1
 UP BND       C20       1
 LO BND       C21       -1
 UP BND       C21       1
 LO BND       C22       -1
 UP BND       C22       1
 LO BND       C23       -1
 UP BND       C23       1
 LO BND       C24       -1
 UP BND       C24       1
 LO BND       C25       -1
 UP BND       C25       1
 LO BND       C26       -1
 UP BND       C26       1
 LO BND       C27       -1
 UP BND       C27       1
 LO BND       C28       -1
 UP BND       C28       1
 LO BND       C29       -1
 UP BND       C29       1
 LO BND       C30       -1
 UP BND       C30       1
 LO BND       C31       -1
 UP BND       C31       1
 LO BND       C32       -1
 UP BND       C32       1
 LO BND       C33       -1
 UP BND       C33       1
 LO BND       C34       -1
 UP BND       C34       1
 LO BND       C35       -2
 UP BND       C35       2.0001
 LO BND       C36       -2
 UP BND       C36       2.0001
 BV BND       C37
 BV BND       C38
 BV BND       C39
 BV BND       C40
 BV BND       C41
 BV BND       C42
 BV BND       C43
 BV BND       C44
ENDATA
