/* fuzz regression: planned
 * the planned workspace lost WSK025 /fuzz/test/rules/blocking-in-callback/lock-across-files/table.c:25-37 ResolveEntry blocks while a spin lock is held (line 2). ResolveEntry makes a call that needs PASSIVE_LEVEL (WskGetAddressInfo needs PASSIVE_LEVEL). KeAcquireSpinLock raises the IRQL to DISPATCH_LEVEL until its release: blocking there bugchecks (IRQL_NOT_LESS_OR_EQUAL) or deadlocks. Release the lock first, or move the call to a work item. (the plan parses 3 of 4 files)
 * found by: npm run fuzz -- --seed 20261207 --input 55622 (mutated test/rules/blocking-in-callback/lock-across-files [entry.c: wsk-arguments, line-swap])
 */
R{){}D
ResolveEntry(){WskGetAddressInfo(t,,L,L,N L,t,N L,p)}}