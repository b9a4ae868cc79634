/* fuzz regression: planned
 * the planned workspace lost WSK010 /work/main/test/fuzz/regressions/planned-wsk010-29ae83/caller.c:568-575 The descriptor is released while the IRP of SecureNoWait at line 5 may still be pending. Wait for that IRP to complete before WSK_RELEASE_SD. (the plan parses 3 of 4 files)
 * found by: npm run fuzz -- --seed 7 --input 6 (mutated test/rules/released-before-completion/helper-does-not-wait [caller.c: line-endings; secure.c: macro-chain])
 */
#include""y(p){SecureNoWait(o,&Cached,p)WskControlClient(t,WSK_RELEASE_SD,f(),&Cached,0,L,L,L);