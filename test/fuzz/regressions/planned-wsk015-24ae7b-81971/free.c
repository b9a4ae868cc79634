/* fuzz regression: planned
 * the planned workspace lost WSK015 /fuzz/send.c:32-35 DropIrp frees the IRP while WskSend at line 2 may still be pending. WSK owns the IRP until it completes: wait for it (KeWaitForSingleObject when the status is STATUS_PENDING) first. (the plan parses 3 of 4 files)
 * found by: npm run fuzz -- --seed 20261208 --input 81971 (mutated test/rules/irp-touched-while-pending/helper-frees [free.c: line-duplicate, splice, truncate])
 */
D
DropIrp(P Irp)}{IoFreeIrp(Irp);