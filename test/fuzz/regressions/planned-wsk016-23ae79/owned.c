/* fuzz regression: planned
 * the planned workspace lost WSK016 /fuzz/test/rules/completion-routine-continues/passed-down-through-copies/routine.c:26-26 ForwardOrSignal falls off its end without returning STATUS_MORE_PROCESSING_REQUIRED. It is the completion routine of an IRP the driver owns, which reaches a WSK call (set at a call in owned.c): any other value lets the I/O manager go on completing an IRP it does not own (a bugcheck or a use after free). Return STATUS_MORE_PROCESSING_REQUIRED (or StopCompletion) on every path. (the plan parses 3 of 4 files)
 * found by: npm run fuzz -- --seed 20261207 --input 67459 (mutated test/rules/completion-routine-continues/passed-down-through-copies [dispatch.c: line-endings, range-delete; routine.c: line-swap])
 */
S
n(){irp=IoAllocateIrp()IoSetCompletionRoutine(irp,ForwardOrSignal,e,E,E,E)WskListen(t,irp);