/* fuzz regression: positions
 * WSK009: the finding start at offset 334 is 4:75, LSP counts 5:74
 * found by: npm run fuzz -- --seed 5 --input 22 (mutated test/rules/release-unmatched/double-and-never.c [double-and-never.c: token-swap, random-bytes])
 */
ｆ d{sd=(R)ExAllocatePoolWithTag(N,'d')WskControlClient(_,WSK_RELEASE_SD,f,&sd,0,L,L,L);