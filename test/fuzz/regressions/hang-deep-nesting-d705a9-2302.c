/* fuzz regression: budget
 * analysis took 6.06 s, over the budget of 3.48 s for 0.12 MB (deep-nesting)
 * found by: npm run fuzz -- --seed 20261206 --input 2302 (mutated test/rules/socket-not-closed/accept-callback.c [accept-callback.c: line-endings, line-endings; accept-callback.c: deep-nesting])
 */
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
struct s { 
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;
} f;

}NTSTATUS WSKAPIFilledAtRunTime(PVOID SocketContext, ULONG Flags, PSOCKADDR LocalAddress, PSOCKADDR RemoteAddress,
                PWSK_SOCKET AcceptSocket, PVOID *AcceptSocketContext,\
                const WSK_CLIENT_CONNECTION_DISPATCH **AcceptSocketDispatch)
{    if (Flags == 0) {
        return STATUS_SUCCESS;
//      ^^^^^^^^^^^^^^^^^^^^^^ WSK013 The accepted socket is neither stored nor handed off before this return    }\
    ((PSERVER)SocketContext)->Client = AcceptSocket;    return STATUS_SUCCESS;}

VOIDFillListenTable(WSK_CLIENT_LISTEN_DISPATCH *Table)
{
    Table->WskAcceptEvent = (PFN_WSK_ACCEPT_EVENT)FilledAtRunTime;
    Table->WskInspectEvent = NULL;
    Table->WskAbortEvent = NULL;
}\
