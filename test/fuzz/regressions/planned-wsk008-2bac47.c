/* fuzz regression: planned
 * the planned workspace lost WSK008 /work/main/test/fuzz/regressions/planned-wsk008-2bac47.c:706-711 The cached copies stored in copy are never released. No WSK_RELEASE_SD anywhere in the workspace releases copy: release it where the driver is torn down. (the plan parses 2 of 3 files)
 * found by: npm run fuzz -- --seed 20261207 --input 7403 (mutated test/rules/descriptor-not-released/valid-opaque-wait.c [valid-opaque-wait.c: range-delete, token-duplicate, token-replace, random-bytes, random-bytes, token-swap, token-duplicate, wsk-arguments, random-bytes, unbalance; wsk.h: token-duplicate])
 */
""#i/*
R copy=WskControlSocket(,WskGetOption,SO_WSK_SECURITY,T,0,,(),&copy,N I)