/* fuzz regression: planned
 * the planned workspace lost WSK013 /work/main/test/fuzz/regressions/planned-wsk013-26ae7e.c:804-804 The socket in accepted is neither closed nor handed off before the end of the function. It was AcceptOn creates a bound socket at line 9. It stays open on the path through the branch at line 11: close it with WskCloseSocket or hand it off (store it, return it); WskDeregister waits for every socket at unload. (the plan parses 2 of 3 files)
 * found by: npm run fuzz -- --seed 20261207 --input 5409 (mutated test/rules/socket-not-closed/accept-in-helper.c [accept-in-helper.c: range-delete])
 */
/*s i AcceptOn(T L,P Irp{return(p->WskAccept(r,0,L,L,L,L,Irp);}
S
pp(P)
{ET accepted;
status = AcceptOn(r, Irp)f (NG) {
}
if (!NT_SUCCESS(status)) { } accepted = (PT)Irp->IoStatus.Information;