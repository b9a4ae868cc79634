/* fuzz regression: planned
 * the planned workspace lost WSK015 /work/main/test/fuzz/regressions/planned-wsk015-24ae7b/user.c:43-46 The IRP is freed while WskSend (in SendBuffer) at line 2 may still be pending. WSK owns the IRP until it completes: wait for it (KeWaitForSingleObject when the status is STATUS_PENDING) first. (the plan parses 2 of 4 files)
 * found by: npm run fuzz -- --seed 7 --input 566 (mutated test/rules/irp-touched-while-pending/request-in-helper [io.c: line-endings, macro-soup])
 */
#d"/*SSendBuffer(T t,F r,P Irp{status=WskSend(o,,0,Irp;return status}