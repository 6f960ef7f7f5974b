* bdnn 0.1.0-SNAPSHOT: model 'edge' from edge.bdnn
* source sha256 0000000000000000000000000000000000000000000000000000000000000000
* data sha256 1111111111111111111111111111111111111111111111111111111111111111
* format free-mps, names readable, name map edge.map.json
* minimise; the objective constant 1.25 is not in this file: add it to the solver's objective value
* 11 columns (2 binary, 4 integer, 5 continuous), 9 rows, 19 nonzeros
NAME edge FREE
ROWS
 N obj
 G net.r1.row
 E net.r2.row
 G net.r3.row
 L net.r4.row
 G net.r5.row
 G net.r6.row
 L net.r7.row
 G net.r8.row
 L net.r9.row
COLUMNS
 net.k1.x obj -1 net.r1.row 1
 net.k1.x net.r2.row 1 net.r4.row 1
 net.k1.x net.r5.row -1 net.r6.row 0.3333333333333333
 MARKER 'MARKER' 'INTORG'
 net.k2.x obj -2.5 net.r1.row 1
 net.k2.x net.r2.row -1 net.r3.row 1
 net.k3.x obj 3 net.r3.row 1
 net.k4.x obj 0.5 net.r2.row 1
 net.k4.x net.r9.row 0.01
 MARKER 'MARKER' 'INTEND'
 net.k5.x obj 0.75 net.r4.row -1
 net.k6.x obj 0.1 net.r5.row 1
 MARKER 'MARKER' 'INTORG'
 net.k7.x obj -1 net.r6.row 1
 net.k7.x net.r7.row 1 net.r8.row -1
 MARKER 'MARKER' 'INTEND'
 net.k8.x obj 2 net.r9.row 0.1
 MARKER 'MARKER' 'INTORG'
 net.k9.x obj 1 net.r7.row 1
 net.k9.x net.r8.row 1
 MARKER 'MARKER' 'INTEND'
 net.k10.x obj 0
 MARKER 'MARKER' 'INTORG'
 net.k11.x obj -0.25
 MARKER 'MARKER' 'INTEND'
RHS
 RHS net.r1.row -1 net.r2.row 1.5
 RHS net.r3.row 1 net.r4.row 5
 RHS net.r5.row -10 net.r6.row -9
 RHS net.r7.row -3 net.r8.row -4
 RHS net.r9.row 0.88
RANGES
 RNG net.r1.row 3.5 net.r5.row 20
 RNG net.r9.row 3.98
BOUNDS
 LO BND net.k1.x -3
 UP BND net.k1.x 4
 LO BND net.k2.x -2
 UP BND net.k2.x 3
 BV BND net.k3.x
 LO BND net.k4.x 0
 PL BND net.k4.x
 MI BND net.k5.x
 UP BND net.k5.x 5
 FR BND net.k6.x
 LO BND net.k7.x -7
 UP BND net.k7.x -2
 FX BND net.k8.x 2.5
 MI BND net.k9.x
 UP BND net.k9.x -1
 LO BND net.k10.x 0
 UP BND net.k10.x 1
 BV BND net.k11.x
ENDATA
