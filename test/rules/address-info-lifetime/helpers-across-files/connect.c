#include "resolve.h"

NTSTATUS
ConnectByName(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host, PWSK_SOCKET Socket, PIRP Irp)
{
    PADDRINFOEXW result;
    NTSTATUS status;

    status = ResolveHost(Npi, Host, &result);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (result->ai_addr == NULL) {
        return STATUS_NOT_FOUND;
//      ^^^^^^^^^^^^^^^^^^^^^^^^ WSK020 The address list in result (line 9) is not freed before this return.
//      no fix: only ExFreePool* gets one
    }
    ReleaseHost(Npi, result);
    return ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskBind(Socket, result->ai_addr, 0, Irp);
//                                                                                ^^^^^^^^^^^^^^^ WSK020 WskBind reads result after its free
//                                                                                no fix: the read must move before the free
}

VOID
ReleasedTwiceThroughTheHelper(PWSK_PROVIDER_NPI Npi, PUNICODE_STRING Host)
{
    PADDRINFOEXW result;

    if (!NT_SUCCESS(ResolveHost(Npi, Host, &result))) {
        return;
    }
    ReleaseHost(Npi, result);
    Npi->Dispatch->WskFreeAddressInfo(Npi->Client, result);
//                                                 ^^^^^^ WSK020 already freed at line 32
//                                                 no fix: the second free must go
}
