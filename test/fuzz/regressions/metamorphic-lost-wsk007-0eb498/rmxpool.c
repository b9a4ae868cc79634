NTSTATUS
RmxOpenMonitors(
    )
{
    ULONG i;
        status = Ctx->Provider.Dispatch->WskSocket(Ctx->Provider.Client,
                                                   irp);
        status = RMX_DGRAM(Ctx->Monitors[i])->WskBind(Ctx->Monitors[i],
                                                      (PSOCKADDR)&Ctx->MonitorAddresses[i],
                                                      0,
                                                      irp);
        status = RMX_DGRAM(Ctx->Monitors[i])->WskControlSocket(    /* BUG WSK007: Ctx->Monitors[i] was bound just above, same i */
                     Ctx->Monitors[i],
                     WskSetOption,
                     SO_WSK_SECURITY,
                     SOL_SOCKET,
                     sizeof(PSECURITY_DESCRIPTOR),
                     &g_RmxTierSd[RMX_TIER_ADMIN],
                     0,
                     NULL,
                     NULL,
                     irp);
}

/* fuzz regression: metamorphic
 * lost WSK007 rmxpool.c:12 in RmxOpenMonitors after extract-call@rmxpool.c:12, rename-local@rmxpool.c:5
 * found by: npm run fuzz -- --seed 20261208 --input 14065 (metamorphic test/corpus/rpcmux [extract-call, init-allocation, wait-function, init-allocation, rename-local])
 * metamorphic: [{"kind":"extract-call","keys":[{"file":"rmxpool.c","line":12,"index":0}]},{"kind":"rename-local","keys":[{"file":"rmxpool.c","line":5,"index":0}]}]
 */
