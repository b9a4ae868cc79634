/* fuzz regression: planned
 * the planned workspace lost WSK019 /work/wt/fuzz100k/test/fuzz/regressions/planned-wsk019-30ae8e/driver2.c:55-68 This return fails while *n is registered (line 2). DriverEntry fails, so the image unloads while WSK still holds the registration: call WskDeregister before returning the failure. (the plan parses 3 of 4 files)
 * found by: npm run fuzz -- --seed 20261208 --input 49187 (mutated test/rules/registration-lifetime/start-routine-across-files [client.c: token-swap])
 */
h={{){}s}}ClientStartAlwaysRegistered(){WskRegister(i,n);