* bdnn 0.1.0-SNAPSHOT: model 'xor_2_hidden' from xor-2-hidden.bdnn
* source sha256 1a33b5b53150d5581e64d6ed07643f4cb1bc2e3e12c76407c217c2a2ab15df05
* data sha256 6cfe18f34bfb3017931cff6d68b775c590bfad3a7044797baf7cbaf75b46a8d0
* format free-mps, names readable, name map xor.map.json
* minimise; the objective constant 4 is not in this file: add it to the solver's objective value
* 44 columns (16 binary, 24 integer, 4 continuous), 96 rows, 272 nonzeros
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
 L output.n1.in1.s1.prod_ub_u
 G output.n1.in1.s1.prod_lb_u
 L output.n1.in1.s1.prod_ub_w
 G output.n1.in1.s1.prod_lb_w
 L output.n1.in1.s2.prod_ub_u
 G output.n1.in1.s2.prod_lb_u
 L output.n1.in1.s2.prod_ub_w
 G output.n1.in1.s2.prod_lb_w
 L output.n1.in1.s3.prod_ub_u
 G output.n1.in1.s3.prod_lb_u
 L output.n1.in1.s3.prod_ub_w
 G output.n1.in1.s3.prod_lb_w
 L output.n1.in1.s4.prod_ub_u
 G output.n1.in1.s4.prod_lb_u
 L output.n1.in1.s4.prod_ub_w
 G output.n1.in1.s4.prod_lb_w
 L output.n1.in2.s1.prod_ub_u
 G output.n1.in2.s1.prod_lb_u
 L output.n1.in2.s1.prod_ub_w
 G output.n1.in2.s1.prod_lb_w
 L output.n1.in2.s2.prod_ub_u
 G output.n1.in2.s2.prod_lb_u
 L output.n1.in2.s2.prod_ub_w
 G output.n1.in2.s2.prod_lb_w
 L output.n1.in2.s3.prod_ub_u
 G output.n1.in2.s3.prod_lb_u
 L output.n1.in2.s3.prod_ub_w
 G output.n1.in2.s3.prod_lb_w
 L output.n1.in2.s4.prod_ub_u
 G output.n1.in2.s4.prod_lb_u
 L output.n1.in2.s4.prod_ub_w
 G output.n1.in2.s4.prod_lb_w
 L output.n2.in1.s1.prod_ub_u
 G output.n2.in1.s1.prod_lb_u
 L output.n2.in1.s1.prod_ub_w
 G output.n2.in1.s1.prod_lb_w
 L output.n2.in1.s2.prod_ub_u
 G output.n2.in1.s2.prod_lb_u
 L output.n2.in1.s2.prod_ub_w
 G output.n2.in1.s2.prod_lb_w
 L output.n2.in1.s3.prod_ub_u
 G output.n2.in1.s3.prod_lb_u
 L output.n2.in1.s3.prod_ub_w
 G output.n2.in1.s3.prod_lb_w
 L output.n2.in1.s4.prod_ub_u
 G output.n2.in1.s4.prod_lb_u
 L output.n2.in1.s4.prod_ub_w
 G output.n2.in1.s4.prod_lb_w
 L output.n2.in2.s1.prod_ub_u
 G output.n2.in2.s1.prod_lb_u
 L output.n2.in2.s1.prod_ub_w
 G output.n2.in2.s1.prod_lb_w
 L output.n2.in2.s2.prod_ub_u
 G output.n2.in2.s2.prod_lb_u
 L output.n2.in2.s2.prod_ub_w
 G output.n2.in2.s2.prod_lb_w
 L output.n2.in2.s3.prod_ub_u
 G output.n2.in2.s3.prod_lb_u
 L output.n2.in2.s3.prod_ub_w
 G output.n2.in2.s3.prod_lb_w
 L output.n2.in2.s4.prod_ub_u
 G output.n2.in2.s4.prod_lb_u
 L output.n2.in2.s4.prod_ub_w
 G output.n2.in2.s4.prod_lb_w
 L output.n1.s1.step_hi
 G output.n1.s1.step_lo
 L output.n1.s2.step_hi
 G output.n1.s2.step_lo
 L output.n1.s3.step_hi
 G output.n1.s3.step_lo
 L output.n1.s4.step_hi
 G output.n1.s4.step_lo
 L output.n2.s1.step_hi
 G output.n2.s1.step_lo
 L output.n2.s2.step_hi
 G output.n2.s2.step_lo
 L output.n2.s3.step_hi
 G output.n2.s3.step_lo
 L output.n2.s4.step_hi
 G output.n2.s4.step_lo
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
 hidden.n1.s1.u output.n1.in1.s1.prod_ub_u -1 output.n1.in1.s1.prod_lb_u 1
 hidden.n1.s1.u output.n1.in1.s1.prod_ub_w 1 output.n1.in1.s1.prod_lb_w -1
 hidden.n1.s1.u output.n2.in1.s1.prod_ub_u -1 output.n2.in1.s1.prod_lb_u 1
 hidden.n1.s1.u output.n2.in1.s1.prod_ub_w 1 output.n2.in1.s1.prod_lb_w -1
 hidden.n1.s2.u hidden.n1.s2.step_hi -3.0001 hidden.n1.s2.step_lo -3.0001
 hidden.n1.s2.u output.n1.in1.s2.prod_ub_u -1 output.n1.in1.s2.prod_lb_u 1
 hidden.n1.s2.u output.n1.in1.s2.prod_ub_w 1 output.n1.in1.s2.prod_lb_w -1
 hidden.n1.s2.u output.n2.in1.s2.prod_ub_u -1 output.n2.in1.s2.prod_lb_u 1
 hidden.n1.s2.u output.n2.in1.s2.prod_ub_w 1 output.n2.in1.s2.prod_lb_w -1
 hidden.n1.s3.u hidden.n1.s3.step_hi -3.0001 hidden.n1.s3.step_lo -3.0001
 hidden.n1.s3.u output.n1.in1.s3.prod_ub_u -1 output.n1.in1.s3.prod_lb_u 1
 hidden.n1.s3.u output.n1.in1.s3.prod_ub_w 1 output.n1.in1.s3.prod_lb_w -1
 hidden.n1.s3.u output.n2.in1.s3.prod_ub_u -1 output.n2.in1.s3.prod_lb_u 1
 hidden.n1.s3.u output.n2.in1.s3.prod_ub_w 1 output.n2.in1.s3.prod_lb_w -1
 hidden.n1.s4.u hidden.n1.s4.step_hi -4.0001 hidden.n1.s4.step_lo -4.0001
 hidden.n1.s4.u output.n1.in1.s4.prod_ub_u -1 output.n1.in1.s4.prod_lb_u 1
 hidden.n1.s4.u output.n1.in1.s4.prod_ub_w 1 output.n1.in1.s4.prod_lb_w -1
 hidden.n1.s4.u output.n2.in1.s4.prod_ub_u -1 output.n2.in1.s4.prod_lb_u 1
 hidden.n1.s4.u output.n2.in1.s4.prod_ub_w 1 output.n2.in1.s4.prod_lb_w -1
 hidden.n2.s1.u hidden.n2.s1.step_hi -2.0001 hidden.n2.s1.step_lo -2.0001
 hidden.n2.s1.u output.n1.in2.s1.prod_ub_u -1 output.n1.in2.s1.prod_lb_u 1
 hidden.n2.s1.u output.n1.in2.s1.prod_ub_w 1 output.n1.in2.s1.prod_lb_w -1
 hidden.n2.s1.u output.n2.in2.s1.prod_ub_u -1 output.n2.in2.s1.prod_lb_u 1
 hidden.n2.s1.u output.n2.in2.s1.prod_ub_w 1 output.n2.in2.s1.prod_lb_w -1
 hidden.n2.s2.u hidden.n2.s2.step_hi -3.0001 hidden.n2.s2.step_lo -3.0001
 hidden.n2.s2.u output.n1.in2.s2.prod_ub_u -1 output.n1.in2.s2.prod_lb_u 1
 hidden.n2.s2.u output.n1.in2.s2.prod_ub_w 1 output.n1.in2.s2.prod_lb_w -1
 hidden.n2.s2.u output.n2.in2.s2.prod_ub_u -1 output.n2.in2.s2.prod_lb_u 1
 hidden.n2.s2.u output.n2.in2.s2.prod_ub_w 1 output.n2.in2.s2.prod_lb_w -1
 hidden.n2.s3.u hidden.n2.s3.step_hi -3.0001 hidden.n2.s3.step_lo -3.0001
 hidden.n2.s3.u output.n1.in2.s3.prod_ub_u -1 output.n1.in2.s3.prod_lb_u 1
 hidden.n2.s3.u output.n1.in2.s3.prod_ub_w 1 output.n1.in2.s3.prod_lb_w -1
 hidden.n2.s3.u output.n2.in2.s3.prod_ub_u -1 output.n2.in2.s3.prod_lb_u 1
 hidden.n2.s3.u output.n2.in2.s3.prod_ub_w 1 output.n2.in2.s3.prod_lb_w -1
 hidden.n2.s4.u hidden.n2.s4.step_hi -4.0001 hidden.n2.s4.step_lo -4.0001
 hidden.n2.s4.u output.n1.in2.s4.prod_ub_u -1 output.n1.in2.s4.prod_lb_u 1
 hidden.n2.s4.u output.n1.in2.s4.prod_ub_w 1 output.n1.in2.s4.prod_lb_w -1
 hidden.n2.s4.u output.n2.in2.s4.prod_ub_u -1 output.n2.in2.s4.prod_lb_u 1
 hidden.n2.s4.u output.n2.in2.s4.prod_ub_w 1 output.n2.in2.s4.prod_lb_w -1
 output.n1.in1.w output.n1.in1.s1.prod_ub_w -1 output.n1.in1.s1.prod_lb_w -1
 output.n1.in1.w output.n1.in1.s2.prod_ub_w -1 output.n1.in1.s2.prod_lb_w -1
 output.n1.in1.w output.n1.in1.s3.prod_ub_w -1 output.n1.in1.s3.prod_lb_w -1
 output.n1.in1.w output.n1.in1.s4.prod_ub_w -1 output.n1.in1.s4.prod_lb_w -1
 output.n1.in2.w output.n1.in2.s1.prod_ub_w -1 output.n1.in2.s1.prod_lb_w -1
 output.n1.in2.w output.n1.in2.s2.prod_ub_w -1 output.n1.in2.s2.prod_lb_w -1
 output.n1.in2.w output.n1.in2.s3.prod_ub_w -1 output.n1.in2.s3.prod_lb_w -1
 output.n1.in2.w output.n1.in2.s4.prod_ub_w -1 output.n1.in2.s4.prod_lb_w -1
 output.n2.in1.w output.n2.in1.s1.prod_ub_w -1 output.n2.in1.s1.prod_lb_w -1
 output.n2.in1.w output.n2.in1.s2.prod_ub_w -1 output.n2.in1.s2.prod_lb_w -1
 output.n2.in1.w output.n2.in1.s3.prod_ub_w -1 output.n2.in1.s3.prod_lb_w -1
 output.n2.in1.w output.n2.in1.s4.prod_ub_w -1 output.n2.in1.s4.prod_lb_w -1
 output.n2.in2.w output.n2.in2.s1.prod_ub_w -1 output.n2.in2.s1.prod_lb_w -1
 output.n2.in2.w output.n2.in2.s2.prod_ub_w -1 output.n2.in2.s2.prod_lb_w -1
 output.n2.in2.w output.n2.in2.s3.prod_ub_w -1 output.n2.in2.s3.prod_lb_w -1
 output.n2.in2.w output.n2.in2.s4.prod_ub_w -1 output.n2.in2.s4.prod_lb_w -1
 output.n1.in1.s1.prod output.n1.in1.s1.prod_ub_u 1 output.n1.in1.s1.prod_lb_u 1
 output.n1.in1.s1.prod output.n1.in1.s1.prod_ub_w 1 output.n1.in1.s1.prod_lb_w 1
 output.n1.in1.s1.prod output.n1.s1.step_hi 1 output.n1.s1.step_lo 1
 output.n1.in1.s2.prod output.n1.in1.s2.prod_ub_u 1 output.n1.in1.s2.prod_lb_u 1
 output.n1.in1.s2.prod output.n1.in1.s2.prod_ub_w 1 output.n1.in1.s2.prod_lb_w 1
 output.n1.in1.s2.prod output.n1.s2.step_hi 1 output.n1.s2.step_lo 1
 output.n1.in1.s3.prod output.n1.in1.s3.prod_ub_u 1 output.n1.in1.s3.prod_lb_u 1
 output.n1.in1.s3.prod output.n1.in1.s3.prod_ub_w 1 output.n1.in1.s3.prod_lb_w 1
 output.n1.in1.s3.prod output.n1.s3.step_hi 1 output.n1.s3.step_lo 1
 output.n1.in1.s4.prod output.n1.in1.s4.prod_ub_u 1 output.n1.in1.s4.prod_lb_u 1
 output.n1.in1.s4.prod output.n1.in1.s4.prod_ub_w 1 output.n1.in1.s4.prod_lb_w 1
 output.n1.in1.s4.prod output.n1.s4.step_hi 1 output.n1.s4.step_lo 1
 output.n1.in2.s1.prod output.n1.in2.s1.prod_ub_u 1 output.n1.in2.s1.prod_lb_u 1
 output.n1.in2.s1.prod output.n1.in2.s1.prod_ub_w 1 output.n1.in2.s1.prod_lb_w 1
 output.n1.in2.s1.prod output.n1.s1.step_hi 1 output.n1.s1.step_lo 1
 output.n1.in2.s2.prod output.n1.in2.s2.prod_ub_u 1 output.n1.in2.s2.prod_lb_u 1
 output.n1.in2.s2.prod output.n1.in2.s2.prod_ub_w 1 output.n1.in2.s2.prod_lb_w 1
 output.n1.in2.s2.prod output.n1.s2.step_hi 1 output.n1.s2.step_lo 1
 output.n1.in2.s3.prod output.n1.in2.s3.prod_ub_u 1 output.n1.in2.s3.prod_lb_u 1
 output.n1.in2.s3.prod output.n1.in2.s3.prod_ub_w 1 output.n1.in2.s3.prod_lb_w 1
 output.n1.in2.s3.prod output.n1.s3.step_hi 1 output.n1.s3.step_lo 1
 output.n1.in2.s4.prod output.n1.in2.s4.prod_ub_u 1 output.n1.in2.s4.prod_lb_u 1
 output.n1.in2.s4.prod output.n1.in2.s4.prod_ub_w 1 output.n1.in2.s4.prod_lb_w 1
 output.n1.in2.s4.prod output.n1.s4.step_hi 1 output.n1.s4.step_lo 1
 output.n2.in1.s1.prod output.n2.in1.s1.prod_ub_u 1 output.n2.in1.s1.prod_lb_u 1
 output.n2.in1.s1.prod output.n2.in1.s1.prod_ub_w 1 output.n2.in1.s1.prod_lb_w 1
 output.n2.in1.s1.prod output.n2.s1.step_hi 1 output.n2.s1.step_lo 1
 output.n2.in1.s2.prod output.n2.in1.s2.prod_ub_u 1 output.n2.in1.s2.prod_lb_u 1
 output.n2.in1.s2.prod output.n2.in1.s2.prod_ub_w 1 output.n2.in1.s2.prod_lb_w 1
 output.n2.in1.s2.prod output.n2.s2.step_hi 1 output.n2.s2.step_lo 1
 output.n2.in1.s3.prod output.n2.in1.s3.prod_ub_u 1 output.n2.in1.s3.prod_lb_u 1
 output.n2.in1.s3.prod output.n2.in1.s3.prod_ub_w 1 output.n2.in1.s3.prod_lb_w 1
 output.n2.in1.s3.prod output.n2.s3.step_hi 1 output.n2.s3.step_lo 1
 output.n2.in1.s4.prod output.n2.in1.s4.prod_ub_u 1 output.n2.in1.s4.prod_lb_u 1
 output.n2.in1.s4.prod output.n2.in1.s4.prod_ub_w 1 output.n2.in1.s4.prod_lb_w 1
 output.n2.in1.s4.prod output.n2.s4.step_hi 1 output.n2.s4.step_lo 1
 output.n2.in2.s1.prod output.n2.in2.s1.prod_ub_u 1 output.n2.in2.s1.prod_lb_u 1
 output.n2.in2.s1.prod output.n2.in2.s1.prod_ub_w 1 output.n2.in2.s1.prod_lb_w 1
 output.n2.in2.s1.prod output.n2.s1.step_hi 1 output.n2.s1.step_lo 1
 output.n2.in2.s2.prod output.n2.in2.s2.prod_ub_u 1 output.n2.in2.s2.prod_lb_u 1
 output.n2.in2.s2.prod output.n2.in2.s2.prod_ub_w 1 output.n2.in2.s2.prod_lb_w 1
 output.n2.in2.s2.prod output.n2.s2.step_hi 1 output.n2.s2.step_lo 1
 output.n2.in2.s3.prod output.n2.in2.s3.prod_ub_u 1 output.n2.in2.s3.prod_lb_u 1
 output.n2.in2.s3.prod output.n2.in2.s3.prod_ub_w 1 output.n2.in2.s3.prod_lb_w 1
 output.n2.in2.s3.prod output.n2.s3.step_hi 1 output.n2.s3.step_lo 1
 output.n2.in2.s4.prod output.n2.in2.s4.prod_ub_u 1 output.n2.in2.s4.prod_lb_u 1
 output.n2.in2.s4.prod output.n2.in2.s4.prod_ub_w 1 output.n2.in2.s4.prod_lb_w 1
 output.n2.in2.s4.prod output.n2.s4.step_hi 1 output.n2.s4.step_lo 1
 MARKER 'MARKER' 'INTEND'
 output.n1.b output.n1.s1.step_hi 1 output.n1.s1.step_lo 1
 output.n1.b output.n1.s2.step_hi 1 output.n1.s2.step_lo 1
 output.n1.b output.n1.s3.step_hi 1 output.n1.s3.step_lo 1
 output.n1.b output.n1.s4.step_hi 1 output.n1.s4.step_lo 1
 output.n2.b output.n2.s1.step_hi 1 output.n2.s1.step_lo 1
 output.n2.b output.n2.s2.step_hi 1 output.n2.s2.step_lo 1
 output.n2.b output.n2.s3.step_hi 1 output.n2.s3.step_lo 1
 output.n2.b output.n2.s4.step_hi 1 output.n2.s4.step_lo 1
 MARKER 'MARKER' 'INTORG'
 output.n1.s1.u obj -1 output.n1.s1.step_hi -4.0001
 output.n1.s1.u output.n1.s1.step_lo -4.0001
 output.n1.s2.u obj 1 output.n1.s2.step_hi -4.0001
 output.n1.s2.u output.n1.s2.step_lo -4.0001
 output.n1.s3.u obj 1 output.n1.s3.step_hi -4.0001
 output.n1.s3.u output.n1.s3.step_lo -4.0001
 output.n1.s4.u obj -1 output.n1.s4.step_hi -4.0001
 output.n1.s4.u output.n1.s4.step_lo -4.0001
 output.n2.s1.u obj 1 output.n2.s1.step_hi -4.0001
 output.n2.s1.u output.n2.s1.step_lo -4.0001
 output.n2.s2.u obj -1 output.n2.s2.step_hi -4.0001
 output.n2.s2.u output.n2.s2.step_lo -4.0001
 output.n2.s3.u obj -1 output.n2.s3.step_hi -4.0001
 output.n2.s3.u output.n2.s3.step_lo -4.0001
 output.n2.s4.u obj 1 output.n2.s4.step_hi -4.0001
 output.n2.s4.u output.n2.s4.step_lo -4.0001
 MARKER 'MARKER' 'INTEND'
RHS
 RHS hidden.n1.s1.step_lo -2 hidden.n1.s2.step_lo -3
 RHS hidden.n1.s3.step_lo -3 hidden.n1.s4.step_lo -4
 RHS hidden.n2.s1.step_lo -2 hidden.n2.s2.step_lo -3
 RHS hidden.n2.s3.step_lo -3 hidden.n2.s4.step_lo -4
 RHS output.n1.in1.s1.prod_ub_w 1 output.n1.in1.s1.prod_lb_w -1
 RHS output.n1.in1.s2.prod_ub_w 1 output.n1.in1.s2.prod_lb_w -1
 RHS output.n1.in1.s3.prod_ub_w 1 output.n1.in1.s3.prod_lb_w -1
 RHS output.n1.in1.s4.prod_ub_w 1 output.n1.in1.s4.prod_lb_w -1
 RHS output.n1.in2.s1.prod_ub_w 1 output.n1.in2.s1.prod_lb_w -1
 RHS output.n1.in2.s2.prod_ub_w 1 output.n1.in2.s2.prod_lb_w -1
 RHS output.n1.in2.s3.prod_ub_w 1 output.n1.in2.s3.prod_lb_w -1
 RHS output.n1.in2.s4.prod_ub_w 1 output.n1.in2.s4.prod_lb_w -1
 RHS output.n2.in1.s1.prod_ub_w 1 output.n2.in1.s1.prod_lb_w -1
 RHS output.n2.in1.s2.prod_ub_w 1 output.n2.in1.s2.prod_lb_w -1
 RHS output.n2.in1.s3.prod_ub_w 1 output.n2.in1.s3.prod_lb_w -1
 RHS output.n2.in1.s4.prod_ub_w 1 output.n2.in1.s4.prod_lb_w -1
 RHS output.n2.in2.s1.prod_ub_w 1 output.n2.in2.s1.prod_lb_w -1
 RHS output.n2.in2.s2.prod_ub_w 1 output.n2.in2.s2.prod_lb_w -1
 RHS output.n2.in2.s3.prod_ub_w 1 output.n2.in2.s3.prod_lb_w -1
 RHS output.n2.in2.s4.prod_ub_w 1 output.n2.in2.s4.prod_lb_w -1
 RHS output.n1.s1.step_lo -4 output.n1.s2.step_lo -4
 RHS output.n1.s3.step_lo -4 output.n1.s4.step_lo -4
 RHS output.n2.s1.step_lo -4 output.n2.s2.step_lo -4
 RHS output.n2.s3.step_lo -4 output.n2.s4.step_lo -4
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
 LO BND output.n1.in1.s1.prod -1
 UP BND output.n1.in1.s1.prod 1
 LO BND output.n1.in1.s2.prod -1
 UP BND output.n1.in1.s2.prod 1
 LO BND output.n1.in1.s3.prod -1
 UP BND output.n1.in1.s3.prod 1
 LO BND output.n1.in1.s4.prod -1
 UP BND output.n1.in1.s4.prod 1
 LO BND output.n1.in2.s1.prod -1
 UP BND output.n1.in2.s1.prod 1
 LO BND output.n1.in2.s2.prod -1
 UP BND output.n1.in2.s2.prod 1
 LO BND output.n1.in2.s3.prod -1
 UP BND output.n1.in2.s3.prod 1
 LO BND output.n1.in2.s4.prod -1
 UP BND output.n1.in2.s4.prod 1
 LO BND output.n2.in1.s1.prod -1
 UP BND output.n2.in1.s1.prod 1
 LO BND output.n2.in1.s2.prod -1
 UP BND output.n2.in1.s2.prod 1
 LO BND output.n2.in1.s3.prod -1
 UP BND output.n2.in1.s3.prod 1
 LO BND output.n2.in1.s4.prod -1
 UP BND output.n2.in1.s4.prod 1
 LO BND output.n2.in2.s1.prod -1
 UP BND output.n2.in2.s1.prod 1
 LO BND output.n2.in2.s2.prod -1
 UP BND output.n2.in2.s2.prod 1
 LO BND output.n2.in2.s3.prod -1
 UP BND output.n2.in2.s3.prod 1
 LO BND output.n2.in2.s4.prod -1
 UP BND output.n2.in2.s4.prod 1
 LO BND output.n1.b -2
 UP BND output.n1.b 2.0001
 LO BND output.n2.b -2
 UP BND output.n2.b 2.0001
 BV BND output.n1.s1.u
 BV BND output.n1.s2.u
 BV BND output.n1.s3.u
 BV BND output.n1.s4.u
 BV BND output.n2.s1.u
 BV BND output.n2.s2.u
 BV BND output.n2.s3.u
 BV BND output.n2.s4.u
ENDATA
