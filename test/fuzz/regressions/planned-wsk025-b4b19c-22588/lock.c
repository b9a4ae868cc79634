/* fuzz regression: planned
 * the planned workspace lost WSK025 /work/wt/fuzz100k/test/fuzz/regressions/planned-wsk025-b4b19c-22588/queue.c:15-28 WskDeregister needs PASSIVE_LEVEL while a spin lock is held (QueueLock, line 1). QueueLock (which returns holding a lock it takes with KeAcquireSpinLock) raises the IRQL to DISPATCH_LEVEL until its release: blocking there bugchecks (IRQL_NOT_LESS_OR_EQUAL) or deadlocks. Release the lock first, or move the call to a work item. (the plan parses 3 of 4 files)
 * found by: npm run fuzz -- --seed 20261207 --input 22588 (mutated test/rules/blocking-in-callback/lock-wrapper-files [lock.c: line-delete, line-endings])
 */
D
QueueLock(){KeAcquireSpinLock()}