* bdnn 0.1.0-SNAPSHOT: model 'xor_2_hidden' from xor-2-hidden.bdnn
* source sha256 1a33b5b53150d5581e64d6ed07643f4cb1bc2e3e12c76407c217c2a2ab15df05
* data sha256 6cfe18f34bfb3017931cff6d68b775c590bfad3a7044797baf7cbaf75b46a8d0
* format free-mps, names readable, name map xor.map.json
* minimise; the objective constant 4 is not in this file: add it to the solver's objective value
* 40 columns (16 binary, 8 integer, 16 continuous), 112 rows, 416 nonzeros
NAME xor_2_hidden FREE
ROWS
 N obj
 L hidden.n1.s1.step_hi
 G hidden.n1.s1.step_lo
 L hidden.n1.s2.step_hi
 G hidden.n1.s2.step_lo
 L hidden.n1.s3.step_hi
 G hidden.n1.s3.step_lo
 L hidden.n1.s4.step_hi
 G hidden.n1.s4.step_lo
 L hidden.n2.s1.step_hi
 G hidden.n2.s1.step_lo
 L hidden.n2.s2.step_hi
 G hidden.n2.s2.step_lo
 L hidden.n2.s3.step_hi
 G hidden.n2.s3.step_lo
 L hidden.n2.s4.step_hi
 G hidden.n2.s4.step_lo
 L output.p1.s1.unused_link
 L output.p1.s2.unused_link
 L output.p1.s3.unused_link
 L output.p1.s4.unused_link
 L output.p2.s1.unused_link
 L output.p2.s2.unused_link
 L output.p2.s3.unused_link
 L output.p2.s4.unused_link
 L output.p3.s1.unused_link
 L output.p3.s2.unused_link
 L output.p3.s3.unused_link
 L output.p3.s4.unused_link
 L output.p4.s1.unused_link
 L output.p4.s2.unused_link
 L output.p4.s3.unused_link
 L output.p4.s4.unused_link
 L output.n1.p1.tab_hi
 G output.n1.p1.tab_lo
 L output.n1.p2.tab_hi
 G output.n1.p2.tab_lo
 L output.n1.p3.tab_hi
 G output.n1.p3.tab_lo
 L output.n1.p4.tab_hi
 G output.n1.p4.tab_lo
 G output.n1.p1.s1.link_lo
 L output.n1.p1.s1.link_hi
 G output.n1.p2.s1.link_lo
 L output.n1.p2.s1.link_hi
 G output.n1.p3.s1.link_lo
 L output.n1.p3.s1.link_hi
 G output.n1.p4.s1.link_lo
 L output.n1.p4.s1.link_hi
 G output.n1.p1.s2.link_lo
 L output.n1.p1.s2.link_hi
 G output.n1.p2.s2.link_lo
 L output.n1.p2.s2.link_hi
 G output.n1.p3.s2.link_lo
 L output.n1.p3.s2.link_hi
 G output.n1.p4.s2.link_lo
 L output.n1.p4.s2.link_hi
 G output.n1.p1.s3.link_lo
 L output.n1.p1.s3.link_hi
 G output.n1.p2.s3.link_lo
 L output.n1.p2.s3.link_hi
 G output.n1.p3.s3.link_lo
 L output.n1.p3.s3.link_hi
 G output.n1.p4.s3.link_lo
 L output.n1.p4.s3.link_hi
 G output.n1.p1.s4.link_lo
 L output.n1.p1.s4.link_hi
 G output.n1.p2.s4.link_lo
 L output.n1.p2.s4.link_hi
 G output.n1.p3.s4.link_lo
 L output.n1.p3.s4.link_hi
 G output.n1.p4.s4.link_lo
 L output.n1.p4.s4.link_hi
 L output.n2.p1.tab_hi
 G output.n2.p1.tab_lo
 L output.n2.p2.tab_hi
 G output.n2.p2.tab_lo
 L output.n2.p3.tab_hi
 G output.n2.p3.tab_lo
 L output.n2.p4.tab_hi
 G output.n2.p4.tab_lo
 G output.n2.p1.s1.link_lo
 L output.n2.p1.s1.link_hi
 G output.n2.p2.s1.link_lo
 L output.n2.p2.s1.link_hi
 G output.n2.p3.s1.link_lo
 L output.n2.p3.s1.link_hi
 G output.n2.p4.s1.link_lo
 L output.n2.p4.s1.link_hi
 G output.n2.p1.s2.link_lo
 L output.n2.p1.s2.link_hi
 G output.n2.p2.s2.link_lo
 L output.n2.p2.s2.link_hi
 G output.n2.p3.s2.link_lo
 L output.n2.p3.s2.link_hi
 G output.n2.p4.s2.link_lo
 L output.n2.p4.s2.link_hi
 G output.n2.p1.s3.link_lo
 L output.n2.p1.s3.link_hi
 G output.n2.p2.s3.link_lo
 L output.n2.p2.s3.link_hi
 G output.n2.p3.s3.link_lo
 L output.n2.p3.s3.link_hi
 G output.n2.p4.s3.link_lo
 L output.n2.p4.s3.link_hi
 G output.n2.p1.s4.link_lo
 L output.n2.p1.s4.link_hi
 G output.n2.p2.s4.link_lo
 L output.n2.p2.s4.link_hi
 G output.n2.p3.s4.link_lo
 L output.n2.p3.s4.link_hi
 G output.n2.p4.s4.link_lo
 L output.n2.p4.s4.link_hi
COLUMNS
 MARKER 'MARKER' 'INTORG'
 hidden.n1.in1.w hidden.n1.s3.step_hi 1 hidden.n1.s3.step_lo 1
 hidden.n1.in1.w hidden.n1.s4.step_hi 1 hidden.n1.s4.step_lo 1
 hidden.n1.in2.w hidden.n1.s2.step_hi 1 hidden.n1.s2.step_lo 1
 hidden.n1.in2.w hidden.n1.s4.step_hi 1 hidden.n1.s4.step_lo 1
 hidden.n2.in1.w hidden.n2.s3.step_hi 1 hidden.n2.s3.step_lo 1
 hidden.n2.in1.w hidden.n2.s4.step_hi 1 hidden.n2.s4.step_lo 1
 hidden.n2.in2.w hidden.n2.s2.step_hi 1 hidden.n2.s2.step_lo 1
 hidden.n2.in2.w hidden.n2.s4.step_hi 1 hidden.n2.s4.step_lo 1
 MARKER 'MARKER' 'INTEND'
 hidden.n1.b hidden.n1.s1.step_hi 1 hidden.n1.s1.step_lo 1
 hidden.n1.b hidden.n1.s2.step_hi 1 hidden.n1.s2.step_lo 1
 hidden.n1.b hidden.n1.s3.step_hi 1 hidden.n1.s3.step_lo 1
 hidden.n1.b hidden.n1.s4.step_hi 1 hidden.n1.s4.step_lo 1
 hidden.n2.b hidden.n2.s1.step_hi 1 hidden.n2.s1.step_lo 1
 hidden.n2.b hidden.n2.s2.step_hi 1 hidden.n2.s2.step_lo 1
 hidden.n2.b hidden.n2.s3.step_hi 1 hidden.n2.s3.step_lo 1
 hidden.n2.b hidden.n2.s4.step_hi 1 hidden.n2.s4.step_lo 1
 MARKER 'MARKER' 'INTORG'
 hidden.n1.s1.u hidden.n1.s1.step_hi -2.0001 hidden.n1.s1.step_lo -2.0001
 hidden.n1.s1.u output.p1.s1.unused_link -1 output.p2.s1.unused_link 1
 hidden.n1.s1.u output.p3.s1.unused_link -1 output.p4.s1.unused_link 1
 hidden.n1.s1.u output.n1.p1.s1.link_lo 1 output.n1.p1.s1.link_hi -1
 hidden.n1.s1.u output.n1.p2.s1.link_lo -1 output.n1.p2.s1.link_hi 1
 hidden.n1.s1.u output.n1.p3.s1.link_lo 1 output.n1.p3.s1.link_hi -1
 hidden.n1.s1.u output.n1.p4.s1.link_lo -1 output.n1.p4.s1.link_hi 1
 hidden.n1.s1.u output.n2.p1.s1.link_lo 1 output.n2.p1.s1.link_hi -1
 hidden.n1.s1.u output.n2.p2.s1.link_lo -1 output.n2.p2.s1.link_hi 1
 hidden.n1.s1.u output.n2.p3.s1.link_lo 1 output.n2.p3.s1.link_hi -1
 hidden.n1.s1.u output.n2.p4.s1.link_lo -1 output.n2.p4.s1.link_hi 1
 hidden.n1.s2.u hidden.n1.s2.step_hi -3.0001 hidden.n1.s2.step_lo -3.0001
 hidden.n1.s2.u output.p1.s2.unused_link -1 output.p2.s2.unused_link 1
 hidden.n1.s2.u output.p3.s2.unused_link -1 output.p4.s2.unused_link 1
 hidden.n1.s2.u output.n1.p1.s2.link_lo 1 output.n1.p1.s2.link_hi -1
 hidden.n1.s2.u output.n1.p2.s2.link_lo -1 output.n1.p2.s2.link_hi 1
 hidden.n1.s2.u output.n1.p3.s2.link_lo 1 output.n1.p3.s2.link_hi -1
 hidden.n1.s2.u output.n1.p4.s2.link_lo -1 output.n1.p4.s2.link_hi 1
 hidden.n1.s2.u output.n2.p1.s2.link_lo 1 output.n2.p1.s2.link_hi -1
 hidden.n1.s2.u output.n2.p2.s2.link_lo -1 output.n2.p2.s2.link_hi 1
 hidden.n1.s2.u output.n2.p3.s2.link_lo 1 output.n2.p3.s2.link_hi -1
 hidden.n1.s2.u output.n2.p4.s2.link_lo -1 output.n2.p4.s2.link_hi 1
 hidden.n1.s3.u hidden.n1.s3.step_hi -3.0001 hidden.n1.s3.step_lo -3.0001
 hidden.n1.s3.u output.p1.s3.unused_link -1 output.p2.s3.unused_link 1
 hidden.n1.s3.u output.p3.s3.unused_link -1 output.p4.s3.unused_link 1
 hidden.n1.s3.u output.n1.p1.s3.link_lo 1 output.n1.p1.s3.link_hi -1
 hidden.n1.s3.u output.n1.p2.s3.link_lo -1 output.n1.p2.s3.link_hi 1
 hidden.n1.s3.u output.n1.p3.s3.link_lo 1 output.n1.p3.s3.link_hi -1
 hidden.n1.s3.u output.n1.p4.s3.link_lo -1 output.n1.p4.s3.link_hi 1
 hidden.n1.s3.u output.n2.p1.s3.link_lo 1 output.n2.p1.s3.link_hi -1
 hidden.n1.s3.u output.n2.p2.s3.link_lo -1 output.n2.p2.s3.link_hi 1
 hidden.n1.s3.u output.n2.p3.s3.link_lo 1 output.n2.p3.s3.link_hi -1
 hidden.n1.s3.u output.n2.p4.s3.link_lo -1 output.n2.p4.s3.link_hi 1
 hidden.n1.s4.u hidden.n1.s4.step_hi -4.0001 hidden.n1.s4.step_lo -4.0001
 hidden.n1.s4.u output.p1.s4.unused_link -1 output.p2.s4.unused_link 1
 hidden.n1.s4.u output.p3.s4.unused_link -1 output.p4.s4.unused_link 1
 hidden.n1.s4.u output.n1.p1.s4.link_lo 1 output.n1.p1.s4.link_hi -1
 hidden.n1.s4.u output.n1.p2.s4.link_lo -1 output.n1.p2.s4.link_hi 1
 hidden.n1.s4.u output.n1.p3.s4.link_lo 1 output.n1.p3.s4.link_hi -1
 hidden.n1.s4.u output.n1.p4.s4.link_lo -1 output.n1.p4.s4.link_hi 1
 hidden.n1.s4.u output.n2.p1.s4.link_lo 1 output.n2.p1.s4.link_hi -1
 hidden.n1.s4.u output.n2.p2.s4.link_lo -1 output.n2.p2.s4.link_hi 1
 hidden.n1.s4.u output.n2.p3.s4.link_lo 1 output.n2.p3.s4.link_hi -1
 hidden.n1.s4.u output.n2.p4.s4.link_lo -1 output.n2.p4.s4.link_hi 1
 hidden.n2.s1.u hidden.n2.s1.step_hi -2.0001 hidden.n2.s1.step_lo -2.0001
 hidden.n2.s1.u output.p1.s1.unused_link -1 output.p2.s1.unused_link -1
 hidden.n2.s1.u output.p3.s1.unused_link 1 output.p4.s1.unused_link 1
 hidden.n2.s1.u output.n1.p1.s1.link_lo 1 output.n1.p1.s1.link_hi -1
 hidden.n2.s1.u output.n1.p2.s1.link_lo 1 output.n1.p2.s1.link_hi -1
 hidden.n2.s1.u output.n1.p3.s1.link_lo -1 output.n1.p3.s1.link_hi 1
 hidden.n2.s1.u output.n1.p4.s1.link_lo -1 output.n1.p4.s1.link_hi 1
 hidden.n2.s1.u output.n2.p1.s1.link_lo 1 output.n2.p1.s1.link_hi -1
 hidden.n2.s1.u output.n2.p2.s1.link_lo 1 output.n2.p2.s1.link_hi -1
 hidden.n2.s1.u output.n2.p3.s1.link_lo -1 output.n2.p3.s1.link_hi 1
 hidden.n2.s1.u output.n2.p4.s1.link_lo -1 output.n2.p4.s1.link_hi 1
 hidden.n2.s2.u hidden.n2.s2.step_hi -3.0001 hidden.n2.s2.step_lo -3.0001
 hidden.n2.s2.u output.p1.s2.unused_link -1 output.p2.s2.unused_link -1
 hidden.n2.s2.u output.p3.s2.unused_link 1 output.p4.s2.unused_link 1
 hidden.n2.s2.u output.n1.p1.s2.link_lo 1 output.n1.p1.s2.link_hi -1
 hidden.n2.s2.u output.n1.p2.s2.link_lo 1 output.n1.p2.s2.link_hi -1
 hidden.n2.s2.u output.n1.p3.s2.link_lo -1 output.n1.p3.s2.link_hi 1
 hidden.n2.s2.u output.n1.p4.s2.link_lo -1 output.n1.p4.s2.link_hi 1
 hidden.n2.s2.u output.n2.p1.s2.link_lo 1 output.n2.p1.s2.link_hi -1
 hidden.n2.s2.u output.n2.p2.s2.link_lo 1 output.n2.p2.s2.link_hi -1
 hidden.n2.s2.u output.n2.p3.s2.link_lo -1 output.n2.p3.s2.link_hi 1
 hidden.n2.s2.u output.n2.p4.s2.link_lo -1 output.n2.p4.s2.link_hi 1
 hidden.n2.s3.u hidden.n2.s3.step_hi -3.0001 hidden.n2.s3.step_lo -3.0001
 hidden.n2.s3.u output.p1.s3.unused_link -1 output.p2.s3.unused_link -1
 hidden.n2.s3.u output.p3.s3.unused_link 1 output.p4.s3.unused_link 1
 hidden.n2.s3.u output.n1.p1.s3.link_lo 1 output.n1.p1.s3.link_hi -1
 hidden.n2.s3.u output.n1.p2.s3.link_lo 1 output.n1.p2.s3.link_hi -1
 hidden.n2.s3.u output.n1.p3.s3.link_lo -1 output.n1.p3.s3.link_hi 1
 hidden.n2.s3.u output.n1.p4.s3.link_lo -1 output.n1.p4.s3.link_hi 1
 hidden.n2.s3.u output.n2.p1.s3.link_lo 1 output.n2.p1.s3.link_hi -1
 hidden.n2.s3.u output.n2.p2.s3.link_lo 1 output.n2.p2.s3.link_hi -1
 hidden.n2.s3.u output.n2.p3.s3.link_lo -1 output.n2.p3.s3.link_hi 1
 hidden.n2.s3.u output.n2.p4.s3.link_lo -1 output.n2.p4.s3.link_hi 1
 hidden.n2.s4.u hidden.n2.s4.step_hi -4.0001 hidden.n2.s4.step_lo -4.0001
 hidden.n2.s4.u output.p1.s4.unused_link -1 output.p2.s4.unused_link -1
 hidden.n2.s4.u output.p3.s4.unused_link 1 output.p4.s4.unused_link 1
 hidden.n2.s4.u output.n1.p1.s4.link_lo 1 output.n1.p1.s4.link_hi -1
 hidden.n2.s4.u output.n1.p2.s4.link_lo 1 output.n1.p2.s4.link_hi -1
 hidden.n2.s4.u output.n1.p3.s4.link_lo -1 output.n1.p3.s4.link_hi 1
 hidden.n2.s4.u output.n1.p4.s4.link_lo -1 output.n1.p4.s4.link_hi 1
 hidden.n2.s4.u output.n2.p1.s4.link_lo 1 output.n2.p1.s4.link_hi -1
 hidden.n2.s4.u output.n2.p2.s4.link_lo 1 output.n2.p2.s4.link_hi -1
 hidden.n2.s4.u output.n2.p3.s4.link_lo -1 output.n2.p3.s4.link_hi 1
 hidden.n2.s4.u output.n2.p4.s4.link_lo -1 output.n2.p4.s4.link_hi 1
 output.n1.in1.w output.n1.p2.tab_hi 1 output.n1.p2.tab_lo 1
 output.n1.in1.w output.n1.p4.tab_hi 1 output.n1.p4.tab_lo 1
 output.n1.in2.w output.n1.p3.tab_hi 1 output.n1.p3.tab_lo 1
 output.n1.in2.w output.n1.p4.tab_hi 1 output.n1.p4.tab_lo 1
 output.n2.in1.w output.n2.p2.tab_hi 1 output.n2.p2.tab_lo 1
 output.n2.in1.w output.n2.p4.tab_hi 1 output.n2.p4.tab_lo 1
 output.n2.in2.w output.n2.p3.tab_hi 1 output.n2.p3.tab_lo 1
 output.n2.in2.w output.n2.p4.tab_hi 1 output.n2.p4.tab_lo 1
 MARKER 'MARKER' 'INTEND'
 output.n1.b output.n1.p1.tab_hi 1 output.n1.p1.tab_lo 1
 output.n1.b output.n1.p2.tab_hi 1 output.n1.p2.tab_lo 1
 output.n1.b output.n1.p3.tab_hi 1 output.n1.p3.tab_lo 1
 output.n1.b output.n1.p4.tab_hi 1 output.n1.p4.tab_lo 1
 output.n2.b output.n2.p1.tab_hi 1 output.n2.p1.tab_lo 1
 output.n2.b output.n2.p2.tab_hi 1 output.n2.p2.tab_lo 1
 output.n2.b output.n2.p3.tab_hi 1 output.n2.p3.tab_lo 1
 output.n2.b output.n2.p4.tab_hi 1 output.n2.p4.tab_lo 1
 output.p1.unused output.p1.s1.unused_link 1 output.p1.s2.unused_link 1
 output.p1.unused output.p1.s3.unused_link 1 output.p1.s4.unused_link 1
 output.p1.unused output.n1.p1.tab_hi -2.0001 output.n1.p1.tab_lo 2.0001
 output.p1.unused output.n2.p1.tab_hi -2.0001 output.n2.p1.tab_lo 2.0001
 output.p2.unused output.p2.s1.unused_link 1 output.p2.s2.unused_link 1
 output.p2.unused output.p2.s3.unused_link 1 output.p2.s4.unused_link 1
 output.p2.unused output.n1.p2.tab_hi -3.0001 output.n1.p2.tab_lo 3.0001
 output.p2.unused output.n2.p2.tab_hi -3.0001 output.n2.p2.tab_lo 3.0001
 output.p3.unused output.p3.s1.unused_link 1 output.p3.s2.unused_link 1
 output.p3.unused output.p3.s3.unused_link 1 output.p3.s4.unused_link 1
 output.p3.unused output.n1.p3.tab_hi -3.0001 output.n1.p3.tab_lo 3.0001
 output.p3.unused output.n2.p3.tab_hi -3.0001 output.n2.p3.tab_lo 3.0001
 output.p4.unused output.p4.s1.unused_link 1 output.p4.s2.unused_link 1
 output.p4.unused output.p4.s3.unused_link 1 output.p4.s4.unused_link 1
 output.p4.unused output.n1.p4.tab_hi -4.0001 output.n1.p4.tab_lo 4.0001
 output.p4.unused output.n2.p4.tab_hi -4.0001 output.n2.p4.tab_lo 4.0001
 MARKER 'MARKER' 'INTORG'
 output.n1.p1.t output.n1.p1.tab_hi -2.0001 output.n1.p1.tab_lo -2.0001
 output.n1.p1.t output.n1.p1.s1.link_lo -1 output.n1.p1.s1.link_hi -1
 output.n1.p1.t output.n1.p1.s2.link_lo -1 output.n1.p1.s2.link_hi -1
 output.n1.p1.t output.n1.p1.s3.link_lo -1 output.n1.p1.s3.link_hi -1
 output.n1.p1.t output.n1.p1.s4.link_lo -1 output.n1.p1.s4.link_hi -1
 output.n1.p2.t output.n1.p2.tab_hi -3.0001 output.n1.p2.tab_lo -3.0001
 output.n1.p2.t output.n1.p2.s1.link_lo -1 output.n1.p2.s1.link_hi -1
 output.n1.p2.t output.n1.p2.s2.link_lo -1 output.n1.p2.s2.link_hi -1
 output.n1.p2.t output.n1.p2.s3.link_lo -1 output.n1.p2.s3.link_hi -1
 output.n1.p2.t output.n1.p2.s4.link_lo -1 output.n1.p2.s4.link_hi -1
 output.n1.p3.t output.n1.p3.tab_hi -3.0001 output.n1.p3.tab_lo -3.0001
 output.n1.p3.t output.n1.p3.s1.link_lo -1 output.n1.p3.s1.link_hi -1
 output.n1.p3.t output.n1.p3.s2.link_lo -1 output.n1.p3.s2.link_hi -1
 output.n1.p3.t output.n1.p3.s3.link_lo -1 output.n1.p3.s3.link_hi -1
 output.n1.p3.t output.n1.p3.s4.link_lo -1 output.n1.p3.s4.link_hi -1
 output.n1.p4.t output.n1.p4.tab_hi -4.0001 output.n1.p4.tab_lo -4.0001
 output.n1.p4.t output.n1.p4.s1.link_lo -1 output.n1.p4.s1.link_hi -1
 output.n1.p4.t output.n1.p4.s2.link_lo -1 output.n1.p4.s2.link_hi -1
 output.n1.p4.t output.n1.p4.s3.link_lo -1 output.n1.p4.s3.link_hi -1
 output.n1.p4.t output.n1.p4.s4.link_lo -1 output.n1.p4.s4.link_hi -1
 MARKER 'MARKER' 'INTEND'
 output.n1.s1.u obj -1 output.n1.p1.s1.link_lo 1
 output.n1.s1.u output.n1.p1.s1.link_hi 1 output.n1.p2.s1.link_lo 1
 output.n1.s1.u output.n1.p2.s1.link_hi 1 output.n1.p3.s1.link_lo 1
 output.n1.s1.u output.n1.p3.s1.link_hi 1 output.n1.p4.s1.link_lo 1
 output.n1.s1.u output.n1.p4.s1.link_hi 1
 output.n1.s2.u obj 1 output.n1.p1.s2.link_lo 1
 output.n1.s2.u output.n1.p1.s2.link_hi 1 output.n1.p2.s2.link_lo 1
 output.n1.s2.u output.n1.p2.s2.link_hi 1 output.n1.p3.s2.link_lo 1
 output.n1.s2.u output.n1.p3.s2.link_hi 1 output.n1.p4.s2.link_lo 1
 output.n1.s2.u output.n1.p4.s2.link_hi 1
 output.n1.s3.u obj 1 output.n1.p1.s3.link_lo 1
 output.n1.s3.u output.n1.p1.s3.link_hi 1 output.n1.p2.s3.link_lo 1
 output.n1.s3.u output.n1.p2.s3.link_hi 1 output.n1.p3.s3.link_lo 1
 output.n1.s3.u output.n1.p3.s3.link_hi 1 output.n1.p4.s3.link_lo 1
 output.n1.s3.u output.n1.p4.s3.link_hi 1
 output.n1.s4.u obj -1 output.n1.p1.s4.link_lo 1
 output.n1.s4.u output.n1.p1.s4.link_hi 1 output.n1.p2.s4.link_lo 1
 output.n1.s4.u output.n1.p2.s4.link_hi 1 output.n1.p3.s4.link_lo 1
 output.n1.s4.u output.n1.p3.s4.link_hi 1 output.n1.p4.s4.link_lo 1
 output.n1.s4.u output.n1.p4.s4.link_hi 1
 MARKER 'MARKER' 'INTORG'
 output.n2.p1.t output.n2.p1.tab_hi -2.0001 output.n2.p1.tab_lo -2.0001
 output.n2.p1.t output.n2.p1.s1.link_lo -1 output.n2.p1.s1.link_hi -1
 output.n2.p1.t output.n2.p1.s2.link_lo -1 output.n2.p1.s2.link_hi -1
 output.n2.p1.t output.n2.p1.s3.link_lo -1 output.n2.p1.s3.link_hi -1
 output.n2.p1.t output.n2.p1.s4.link_lo -1 output.n2.p1.s4.link_hi -1
 output.n2.p2.t output.n2.p2.tab_hi -3.0001 output.n2.p2.tab_lo -3.0001
 output.n2.p2.t output.n2.p2.s1.link_lo -1 output.n2.p2.s1.link_hi -1
 output.n2.p2.t output.n2.p2.s2.link_lo -1 output.n2.p2.s2.link_hi -1
 output.n2.p2.t output.n2.p2.s3.link_lo -1 output.n2.p2.s3.link_hi -1
 output.n2.p2.t output.n2.p2.s4.link_lo -1 output.n2.p2.s4.link_hi -1
 output.n2.p3.t output.n2.p3.tab_hi -3.0001 output.n2.p3.tab_lo -3.0001
 output.n2.p3.t output.n2.p3.s1.link_lo -1 output.n2.p3.s1.link_hi -1
 output.n2.p3.t output.n2.p3.s2.link_lo -1 output.n2.p3.s2.link_hi -1
 output.n2.p3.t output.n2.p3.s3.link_lo -1 output.n2.p3.s3.link_hi -1
 output.n2.p3.t output.n2.p3.s4.link_lo -1 output.n2.p3.s4.link_hi -1
 output.n2.p4.t output.n2.p4.tab_hi -4.0001 output.n2.p4.tab_lo -4.0001
 output.n2.p4.t output.n2.p4.s1.link_lo -1 output.n2.p4.s1.link_hi -1
 output.n2.p4.t output.n2.p4.s2.link_lo -1 output.n2.p4.s2.link_hi -1
 output.n2.p4.t output.n2.p4.s3.link_lo -1 output.n2.p4.s3.link_hi -1
 output.n2.p4.t output.n2.p4.s4.link_lo -1 output.n2.p4.s4.link_hi -1
 MARKER 'MARKER' 'INTEND'
 output.n2.s1.u obj 1 output.n2.p1.s1.link_lo 1
 output.n2.s1.u output.n2.p1.s1.link_hi 1 output.n2.p2.s1.link_lo 1
 output.n2.s1.u output.n2.p2.s1.link_hi 1 output.n2.p3.s1.link_lo 1
 output.n2.s1.u output.n2.p3.s1.link_hi 1 output.n2.p4.s1.link_lo 1
 output.n2.s1.u output.n2.p4.s1.link_hi 1
 output.n2.s2.u obj -1 output.n2.p1.s2.link_lo 1
 output.n2.s2.u output.n2.p1.s2.link_hi 1 output.n2.p2.s2.link_lo 1
 output.n2.s2.u output.n2.p2.s2.link_hi 1 output.n2.p3.s2.link_lo 1
 output.n2.s2.u output.n2.p3.s2.link_hi 1 output.n2.p4.s2.link_lo 1
 output.n2.s2.u output.n2.p4.s2.link_hi 1
 output.n2.s3.u obj -1 output.n2.p1.s3.link_lo 1
 output.n2.s3.u output.n2.p1.s3.link_hi 1 output.n2.p2.s3.link_lo 1
 output.n2.s3.u output.n2.p2.s3.link_hi 1 output.n2.p3.s3.link_lo 1
 output.n2.s3.u output.n2.p3.s3.link_hi 1 output.n2.p4.s3.link_lo 1
 output.n2.s3.u output.n2.p4.s3.link_hi 1
 output.n2.s4.u obj 1 output.n2.p1.s4.link_lo 1
 output.n2.s4.u output.n2.p1.s4.link_hi 1 output.n2.p2.s4.link_lo 1
 output.n2.s4.u output.n2.p2.s4.link_hi 1 output.n2.p3.s4.link_lo 1
 output.n2.s4.u output.n2.p3.s4.link_hi 1 output.n2.p4.s4.link_lo 1
 output.n2.s4.u output.n2.p4.s4.link_hi 1
RHS
 RHS hidden.n1.s1.step_lo -2 hidden.n1.s2.step_lo -3
 RHS hidden.n1.s3.step_lo -3 hidden.n1.s4.step_lo -4
 RHS hidden.n2.s1.step_lo -2 hidden.n2.s2.step_lo -3
 RHS hidden.n2.s3.step_lo -3 hidden.n2.s4.step_lo -4
 RHS output.p2.s1.unused_link 1 output.p2.s2.unused_link 1
 RHS output.p2.s3.unused_link 1 output.p2.s4.unused_link 1
 RHS output.p3.s1.unused_link 1 output.p3.s2.unused_link 1
 RHS output.p3.s3.unused_link 1 output.p3.s4.unused_link 1
 RHS output.p4.s1.unused_link 2 output.p4.s2.unused_link 2
 RHS output.p4.s3.unused_link 2 output.p4.s4.unused_link 2
 RHS output.n1.p1.tab_lo -2 output.n1.p2.tab_lo -3
 RHS output.n1.p3.tab_lo -3 output.n1.p4.tab_lo -4
 RHS output.n1.p2.s1.link_lo -1 output.n1.p2.s1.link_hi 1
 RHS output.n1.p3.s1.link_lo -1 output.n1.p3.s1.link_hi 1
 RHS output.n1.p4.s1.link_lo -2 output.n1.p4.s1.link_hi 2
 RHS output.n1.p2.s2.link_lo -1 output.n1.p2.s2.link_hi 1
 RHS output.n1.p3.s2.link_lo -1 output.n1.p3.s2.link_hi 1
 RHS output.n1.p4.s2.link_lo -2 output.n1.p4.s2.link_hi 2
 RHS output.n1.p2.s3.link_lo -1 output.n1.p2.s3.link_hi 1
 RHS output.n1.p3.s3.link_lo -1 output.n1.p3.s3.link_hi 1
 RHS output.n1.p4.s3.link_lo -2 output.n1.p4.s3.link_hi 2
 RHS output.n1.p2.s4.link_lo -1 output.n1.p2.s4.link_hi 1
 RHS output.n1.p3.s4.link_lo -1 output.n1.p3.s4.link_hi 1
 RHS output.n1.p4.s4.link_lo -2 output.n1.p4.s4.link_hi 2
 RHS output.n2.p1.tab_lo -2 output.n2.p2.tab_lo -3
 RHS output.n2.p3.tab_lo -3 output.n2.p4.tab_lo -4
 RHS output.n2.p2.s1.link_lo -1 output.n2.p2.s1.link_hi 1
 RHS output.n2.p3.s1.link_lo -1 output.n2.p3.s1.link_hi 1
 RHS output.n2.p4.s1.link_lo -2 output.n2.p4.s1.link_hi 2
 RHS output.n2.p2.s2.link_lo -1 output.n2.p2.s2.link_hi 1
 RHS output.n2.p3.s2.link_lo -1 output.n2.p3.s2.link_hi 1
 RHS output.n2.p4.s2.link_lo -2 output.n2.p4.s2.link_hi 2
 RHS output.n2.p2.s3.link_lo -1 output.n2.p2.s3.link_hi 1
 RHS output.n2.p3.s3.link_lo -1 output.n2.p3.s3.link_hi 1
 RHS output.n2.p4.s3.link_lo -2 output.n2.p4.s3.link_hi 2
 RHS output.n2.p2.s4.link_lo -1 output.n2.p2.s4.link_hi 1
 RHS output.n2.p3.s4.link_lo -1 output.n2.p3.s4.link_hi 1
 RHS output.n2.p4.s4.link_lo -2 output.n2.p4.s4.link_hi 2
BOUNDS
 LO BND hidden.n1.in1.w -1
 UP BND hidden.n1.in1.w 1
 LO BND hidden.n1.in2.w -1
 UP BND hidden.n1.in2.w 1
 LO BND hidden.n2.in1.w -1
 UP BND hidden.n2.in1.w 1
 LO BND hidden.n2.in2.w -1
 UP BND hidden.n2.in2.w 1
 LO BND hidden.n1.b -2
 UP BND hidden.n1.b 2.0001
 LO BND hidden.n2.b -2
 UP BND hidden.n2.b 2.0001
 BV BND hidden.n1.s1.u
 BV BND hidden.n1.s2.u
 BV BND hidden.n1.s3.u
 BV BND hidden.n1.s4.u
 BV BND hidden.n2.s1.u
 BV BND hidden.n2.s2.u
 BV BND hidden.n2.s3.u
 BV BND hidden.n2.s4.u
 LO BND output.n1.in1.w -1
 UP BND output.n1.in1.w 1
 LO BND output.n1.in2.w -1
 UP BND output.n1.in2.w 1
 LO BND output.n2.in1.w -1
 UP BND output.n2.in1.w 1
 LO BND output.n2.in2.w -1
 UP BND output.n2.in2.w 1
 LO BND output.n1.b -2
 UP BND output.n1.b 2.0001
 LO BND output.n2.b -2
 UP BND output.n2.b 2.0001
 LO BND output.p1.unused 0
 UP BND output.p1.unused 1
 LO BND output.p2.unused 0
 UP BND output.p2.unused 1
 LO BND output.p3.unused 0
 UP BND output.p3.unused 1
 LO BND output.p4.unused 0
 UP BND output.p4.unused 1
 BV BND output.n1.p1.t
 BV BND output.n1.p2.t
 BV BND output.n1.p3.t
 BV BND output.n1.p4.t
 LO BND output.n1.s1.u 0
 UP BND output.n1.s1.u 1
 LO BND output.n1.s2.u 0
 UP BND output.n1.s2.u 1
 LO BND output.n1.s3.u 0
 UP BND output.n1.s3.u 1
 LO BND output.n1.s4.u 0
 UP BND output.n1.s4.u 1
 BV BND output.n2.p1.t
 BV BND output.n2.p2.t
 BV BND output.n2.p3.t
 BV BND output.n2.p4.t
 LO BND output.n2.s1.u 0
 UP BND output.n2.s1.u 1
 LO BND output.n2.s2.u 0
 UP BND output.n2.s2.u 1
 LO BND output.n2.s3.u 0
 UP BND output.n2.s3.u 1
 LO BND output.n2.s4.u 0
 UP BND output.n2.s4.u 1
ENDATA
