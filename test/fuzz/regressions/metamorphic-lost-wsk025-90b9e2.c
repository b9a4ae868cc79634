NTSTATUS
DriverEntry(
    )
{
    status = WskCaptureProviderNPI(&g_EchoGlobals.Registration,
                                   WSK_INFINITE_WAIT,  /* BUG WSK025: WSK_INFINITE_WAIT on a path from DriverEntry */
    g_EchoGlobals.ProviderCaptured = TRUE;

/* fuzz regression: metamorphic
 * lost WSK025 metamorphic-lost-wsk025-90b9e2.c:6 in DriverEntry after no rewrite
 * found by: npm run fuzz -- --seed 25 --input 44 (metamorphic test/corpus/echosrv [wait-macro, wrap-do-while, return-to-goto])
 * metamorphic: []
 */
