/* fuzz regression: planned
 * the planned workspace reports WSK025 /work/main/test/fuzz/regressions/planned-wsk025-b4b19c.c:630-651 KeWaitForSingleObject blocks while a spin lock is held (line 5). KeWaitForSingleObject waits for a WSK request. WdfSpinLockAcquire raises the IRQL to DISPATCH_LEVEL until its release: blocking there bugchecks (IRQL_NOT_LESS_OR_EQUAL) or deadlocks. Release the lock first, or move the call to a work item., one holding every file does not (the plan parses 3 of 3 files)
 * found by: npm run fuzz -- --seed 20261126 --input 38 (generated program (prog.h, file0.c, file1.c, file2.c))
 */
f(g){WskListen(t,WdfSpinLockAcquire();KeWaitForSingleObject();
