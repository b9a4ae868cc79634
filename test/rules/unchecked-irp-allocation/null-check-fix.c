#include "wsk.h"

/* What the quick-fix's NULL check does after the allocation, by the function's return type and cleanup label. */

#define SECURITY(_s_) ((PWSK_PROVIDER_BASIC_DISPATCH)(_s_)->Dispatch)
#define ALLOCATE(_irp_) _irp_ = IoAllocateIrp(1, FALSE)

VOID
NothingToReturn(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    PIRP irp = IoAllocateIrp(1, FALSE);

    IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); SECURITY(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                       sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                             ^^^ WSK006
//                                                                                             preferred fix: Check irp for NULL after the allocation
//                                                                                               PIRP irp = IoAllocateIrp(1, FALSE);
//                                                                                             + if (irp == NULL) {
//                                                                                             +     return;
//                                                                                             + }
//
//                                                                                               IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); SECURITY(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
}

void
NothingToReturnButACleanup(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    PIRP irp = NULL;

    if (Socket == NULL) {
        goto Cleanup;
    }
    irp = IoAllocateIrp(1, FALSE);
    IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); SECURITY(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                       sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                             ^^^ WSK006
//                                                                                             preferred fix: Check irp for NULL after the allocation
//                                                                                               irp = IoAllocateIrp(1, FALSE);
//                                                                                             + if (irp == NULL) {
//                                                                                             +     goto Cleanup;
//                                                                                             + }
//                                                                                               IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); SECURITY(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
Cleanup:
    Trace(0);
}

NTSTATUS
CleanupWithoutAStatus(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    PIRP irp;

    if (Socket == NULL) {
        goto Cleanup;
    }
    irp = IoAllocateIrp(1, FALSE);
    IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); SECURITY(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                       sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                             ^^^ WSK006
//                                                                                             preferred fix: Check irp for NULL after the allocation
//                                                                                               irp = IoAllocateIrp(1, FALSE);
//                                                                                             + if (irp == NULL) {
//                                                                                             +     return STATUS_INSUFFICIENT_RESOURCES;
//                                                                                             + }
//                                                                                               IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); SECURITY(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
Cleanup:
    return STATUS_SUCCESS;
}

NTSTATUS
CapitalStatus(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    NTSTATUS Status = STATUS_SUCCESS;
    PIRP irp;

    if (Socket == NULL) {
        goto Done;
    }
    irp = IoAllocateIrp(1, FALSE);
    IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); Status = SECURITY(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                                      ^^^ WSK006
//                                                                                                      preferred fix: Check irp for NULL after the allocation
//                                                                                                        irp = IoAllocateIrp(1, FALSE);
//                                                                                                      + if (irp == NULL) {
//                                                                                                      +     Status = STATUS_INSUFFICIENT_RESOURCES; goto Done;
//                                                                                                      + }
//                                                                                                        IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); Status = SECURITY(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
Done:
    return Status;
}

BOOLEAN
ReturnsABoolean(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    PIRP irp = IoAllocateIrp(1, FALSE);

    IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); return NT_SUCCESS(SECURITY(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                                         sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp));
//                                                                                                               ^^^ WSK006
//                                                                                                               no fix: the function returns a BOOLEAN, whose failure value the fix cannot know
}

NTSTATUS
AllocatedByAMacro(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd)
{
    PIRP irp;

    ALLOCATE(irp);
    IoSetCompletionRoutine(irp, SyncDone, NULL, TRUE, TRUE, TRUE); return SECURITY(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                              sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, irp);
//                                                                                                    ^^^ WSK006
//                                                                                                    no fix: the allocation is written by a macro
}

typedef struct _REQUEST {
    PIRP Irp;
} REQUEST, *PREQUEST;

NTSTATUS
IrpInAField(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PREQUEST Request)
{
    Request->Irp = IoAllocateIrp(1, FALSE);
    IoSetCompletionRoutine(Request->Irp, SyncDone, NULL, TRUE, TRUE, TRUE); return SECURITY(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                              sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Request->Irp);
//                                                                                                    ^^^^^^^^^^^^ WSK006
//                                                                                                    preferred fix: Check Request->Irp for NULL after the allocation
//                                                                                                      Request->Irp = IoAllocateIrp(1, FALSE);
//                                                                                                    + if (Request->Irp == NULL) {
//                                                                                                    +     return STATUS_INSUFFICIENT_RESOURCES;
//                                                                                                    + }
//                                                                                                      IoSetCompletionRoutine(Request->Irp, SyncDone, NULL, TRUE, TRUE, TRUE); return SECURITY(Socket)->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
}
