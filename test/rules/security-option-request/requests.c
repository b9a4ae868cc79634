#include "wsk.h"

NTSTATUS
IoctlInsteadOfOption(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PSECURITY_DESCRIPTOR *Copy, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    NTSTATUS status;

    PSECURITY_DESCRIPTOR previous = NULL;

    /* Sizes and buffers of such a call are not judged: only the request type is reported. */
    status = dispatch->WskControlSocket(Socket, WskIoctl, SO_WSK_SECURITY, SOL_SOCKET,
//                                              ^^^^^^^^ WSK004 not WskIoctl
//                                              no fix: the buffers fit neither: an input and an output are given
                                        sizeof(SECURITY_DESCRIPTOR), &CachedSd, 0, &previous, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, 2, SO_WSK_SECURITY, SOL_SOCKET,
//                                              ^ WSK004
//                                              preferred fix: Replace 2 with WskGetOption
//                                              = WskGetOption
                                        0, NULL, sizeof(PSECURITY_DESCRIPTOR), Copy, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskIoctl, SO_WSK_SECURITY, SOL_SOCKET,
//                                              ^^^^^^^^ WSK004
//                                              no fix: the buffers fit neither: none is given
                                        0, NULL, 0, NULL, NULL, Irp);
    return status;
}

NTSTATUS
IoctlWithTheBuffersOfASet(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    SIZE_T returned;
    NTSTATUS status;

    status = dispatch->WskControlSocket(Socket, WskIoctl, SO_WSK_SECURITY, SOL_SOCKET,
//                                              ^^^^^^^^ WSK004
//                                              preferred fix: Replace WskIoctl with WskSetOption
//                                              = WskSetOption
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    /* A set does not return a size: no request type fits these buffers. */
    return dispatch->WskControlSocket(Socket, WskIoctl, SO_WSK_SECURITY, SOL_SOCKET,
//                                            ^^^^^^^^ WSK004
//                                            no fix: the buffers fit neither: a set has no OutputSizeReturned, a get no input
                                      sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, &returned, Irp);
}
