/* fuzz regression: fix-errors
 * WSK008: "Release cachedSd with WSK_RELEASE_SD before leaving" (finding at 6:104) raises the ERROR/MISSING nodes of /work/wt/fuzz100k/test/fuzz/regressions/fix-errors-wsk008-5c6420.c from 0 to 4
 * found by: npm run fuzz -- --seed 20261207 --input 32699 (mutated test/corpus/rdrcache [rdr.c: token-replace])
 */
S
R(){R cachedSd=L;u=typedef.h->WskControlClient(t,WSK_CACHE_SD,f(),e,(S),&cachedSd,L,L);f(L){}t();f(G){}}