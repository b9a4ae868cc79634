/* fuzz regression: planned
 * the planned workspace reports WSK012 /fuzz/test/corpus/tdxbridge/entry.c:40-68 OutputSize must be 0 for WSK_RELEASE_SD, not sizeof(PSECURITY_DESCRIPTOR). A release has no output., one holding every file does not (the plan parses 3 of 4 files)
 * found by: npm run fuzz -- --seed 20261207 --input 24567 (mutated test/corpus/tdxbridge [bridge.h: token-swap, line-delete, line-swap, truncate, token-swap, unbalance, splice, truncate, line-swap; entry.c: token-swap])
 */
d PSECURITY_DESCRIPTOR