/* The exact training MILP of bench/model-files/models/breast-cancer-50.bdnn in GNU MathProg:
   one hidden layer of H step neurons, C output step neurons, integer weights in [-1, 1],
   continuous biases, Hamming loss; the rows of docs/formulation.md (step_hi, step_lo per neuron
   and sample; McCormick rows for the products s = W u of layer 2), with the same per-sample
   big-M bounds and bias ranges. Same numbers of rows, columns and nonzeros as bdnn's.
   Written for the whole-process benchmark (bench/whole-process/run): glpsol --check writes it. */
param m integer > 0;            /* training samples */
param d integer > 0;            /* features */
param H integer > 0;            /* hidden neurons */
param C integer > 0;            /* classes */
param x{1..m, 1..d};            /* features, min-max scaled */
param y{1..m, 1..C} binary;     /* one-hot labels */
param tol := 1e-6;

/* Layer 1: z = sum_j x_ij W_kj in [-sum_j |x_ij|, sum_j |x_ij|] with W in [-1, 1]. */
param zhi1{i in 1..m} := sum{j in 1..d} abs(x[i,j]);
param eps1pre := max{i in 1..m} 2 * zhi1[i];
param eps1 := max(1e-4, 10 * tol * eps1pre);
param b1lo := min{i in 1..m} -zhi1[i];
param b1hi := max{i in 1..m} zhi1[i] + eps1;
param L1{i in 1..m} := -zhi1[i] + b1lo;
param U1{i in 1..m} := zhi1[i] + b1hi;
/* Layer 2: z = sum_k s_ik with s in [-1, 1]. */
param b2lo := -H;
param eps2 := max(1e-4, 10 * tol * (2 * H + 1));
param b2hi := H + eps2;
param L2 := -H + b2lo;
param U2 := H + b2hi;

var W1{1..H, 1..d} integer >= -1, <= 1;
var b1{1..H} >= b1lo, <= b1hi;
var u1{1..m, 1..H} binary;
var W2{1..C, 1..H} integer >= -1, <= 1;
var b2{1..C} >= b2lo, <= b2hi;
var u2{1..m, 1..C} binary;
var s{1..m, 1..C, 1..H} integer >= -1, <= 1;

minimize hamming: sum{i in 1..m, c in 1..C} (1 - 2 * y[i,c]) * u2[i,c];

s.t. step_hi1{i in 1..m, k in 1..H}: sum{j in 1..d} x[i,j] * W1[k,j] + b1[k] - U1[i] * u1[i,k] <= 0;
s.t. step_lo1{i in 1..m, k in 1..H}: sum{j in 1..d} x[i,j] * W1[k,j] + b1[k] - (eps1 - L1[i]) * u1[i,k] >= L1[i];
s.t. prod_ub_u{i in 1..m, c in 1..C, k in 1..H}: s[i,c,k] - u1[i,k] <= 0;
s.t. prod_lb_u{i in 1..m, c in 1..C, k in 1..H}: s[i,c,k] + u1[i,k] >= 0;
s.t. prod_ub_w{i in 1..m, c in 1..C, k in 1..H}: s[i,c,k] - W2[c,k] + u1[i,k] <= 1;
s.t. prod_lb_w{i in 1..m, c in 1..C, k in 1..H}: s[i,c,k] - W2[c,k] - u1[i,k] >= -1;
s.t. step_hi2{i in 1..m, c in 1..C}: sum{k in 1..H} s[i,c,k] + b2[c] - U2 * u2[i,c] <= 0;
s.t. step_lo2{i in 1..m, c in 1..C}: sum{k in 1..H} s[i,c,k] + b2[c] - (eps2 - L2) * u2[i,c] >= L2;

end;
