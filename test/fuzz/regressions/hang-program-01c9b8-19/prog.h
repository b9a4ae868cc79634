/* fuzz regression: budget
 * analysis took 3.34 s, over the budget of 2.24 s for 0.08 MB (program)
 * found by: npm run fuzz -- --seed 20261126 --input 19 (generated program (prog.h, file0.c, file1.c))
 */
#define CONNECTION(_s_) ((PWSK_PROVIDER_CONNECTION_DISPATCH)(_s_)->Dispatch)
