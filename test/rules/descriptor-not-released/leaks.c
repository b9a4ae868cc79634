#include "wsk.h"

WSK_PROVIDER_NPI g_Npi;

#define CACHE_SD(_sd_, _out_) \
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_sd_), \
                                     sizeof(PSECURITY_DESCRIPTOR), &(_out_), NULL, NULL)
#define RELEASE_SD(_cached_) \
    g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &(_cached_), \
                                     0, NULL, NULL, NULL)

NTSTATUS
EarlyReturn(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PIRP Irp)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_CACHE_SD, sizeof(PSECURITY_DESCRIPTOR), &Sd,
                                              sizeof(PSECURITY_DESCRIPTOR), &cached, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (Irp == NULL) {
        return STATUS_INVALID_PARAMETER;
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK008 The cached descriptor copy in cached (cached at line 18) is not released
//      fix: Release cached with WSK_RELEASE_SD before leaving
//        if (Irp == NULL) {
//      +     g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
//            return STATUS_INVALID_PARAMETER;
    }
    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    RELEASE_SD(cached);
    return status;
}

NTSTATUS
GotoCleanupOnlyOnSuccess(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = CACHE_SD(Sd, cached);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    status = Validate(Sd);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    RELEASE_SD(cached);

Exit:
    return status;
//  ^^^^^^^^^^^^^^ WSK008 on the path through the branch at line 52
//  no fix: on the other path to this return the copy is released: a release here would be a second one
}

VOID
FallsOffTheEnd(PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;

    if (NT_SUCCESS(CACHE_SD(Sd, cached))) {
        Use(Sd);
    }
}
// @col 1-2 WSK008 the end of the function
// fix: Release cached with WSK_RELEASE_SD before leaving
//       }
// +     if (cached != NULL) {
// +         g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
// +     }
//   }

NTSTATUS
OverwrittenCopy(PSECURITY_DESCRIPTOR First, PSECURITY_DESCRIPTOR Second)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status;

    status = CACHE_SD(First, cached);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = CACHE_SD(Second, cached);
    if (NT_SUCCESS(status)) {
        RELEASE_SD(cached);
    }
    return status;
//  ^^^^^^^^^^^^^^ WSK008 that was overwritten
//  no fix: the copy was overwritten: nothing holds it any more
}

NTSTATUS
SwitchCaseForgets(ULONG Mode, PSECURITY_DESCRIPTOR Sd)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status = CACHE_SD(Sd, cached);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    switch (Mode) {
    case 1:
        status = Apply(1);
        break;
    case 2:
        return STATUS_NOT_SUPPORTED;
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK008
//      fix: Release cached with WSK_RELEASE_SD before leaving
//        case 2:
//      -     return STATUS_NOT_SUPPORTED;
//      +     {
//      +         g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
//      +         return STATUS_NOT_SUPPORTED;
//      +     }
//        default:
    default:
        status = Apply(0);
        break;
    }
    RELEASE_SD(cached);
    return status;
}

NTSTATUS
TryReturnsEarly(PSECURITY_DESCRIPTOR Sd, PVOID Buffer)
{
    PSECURITY_DESCRIPTOR cached = NULL;
    NTSTATUS status = STATUS_SUCCESS;

    if (!NT_SUCCESS(CACHE_SD(Sd, cached))) {
        return STATUS_UNSUCCESSFUL;
    }
    __try {
        if (Buffer == NULL) {
            return STATUS_INVALID_PARAMETER;
//          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK008
//          fix: Release cached with WSK_RELEASE_SD before leaving
//            if (Buffer == NULL) {
//          +     g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, NULL);
//                return STATUS_INVALID_PARAMETER;
        }
        Work(Buffer);
    } __finally {
        Trace();
    }
    RELEASE_SD(cached);
    return status;
}

NTSTATUS
ReadBackNeverReleased(PWSK_SOCKET Socket, PIRP Irp)
{
    PSECURITY_DESCRIPTOR current = NULL;
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &current, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&Irp->UserEvent, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (NT_SUCCESS(status)) {
        Inspect(Irp);
    }
    return status;
//  ^^^^^^^^^^^^^^ WSK008 current
//  fix: Release current with WSK_RELEASE_SD before leaving
//    }
//  + if (current != NULL) {
//  +     g_Npi.Dispatch->WskControlClient(g_Npi.Client, WSK_RELEASE_SD, sizeof(PSECURITY_DESCRIPTOR), &current, 0, NULL, NULL, NULL);
//  + }
//    return status;
}
