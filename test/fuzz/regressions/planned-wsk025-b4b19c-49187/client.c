/* fuzz regression: planned
 * the planned workspace lost WSK025 /work/wt/fuzz100k/test/fuzz/regressions/planned-wsk025-b4b19c-49187/client.c:685-702 WskCaptureProviderNPI waits forever (WSK_INFINITE_WAIT) on a path from DriverEntry. Until WSK attaches, DriverEntry does not return and the drivers loaded after this one wait too. Use WSK_NO_WAIT (and handle STATUS_DEVICE_NOT_READY), or capture in a system thread or work item. (the plan parses 3 of 4 files)
 * found by: npm run fuzz -- --seed 20261208 --input 49187 (mutated test/rules/registration-lifetime/start-routine-across-files [client.c: token-swap])
 */
h={{){}t}}ClientStartAlwaysRegistered(){return WskCaptureProviderNPI(,WSK_INFINITE_WAIT,i);