/* valid: no findings */
#include "wsk.h"

NTSTATUS
GoodRequests(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PSECURITY_DESCRIPTOR *Copy,
             WSK_CONTROL_SOCKET_TYPE Request, ULONG Code, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    NTSTATUS status;

    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    status = dispatch->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        0, NULL, sizeof(PSECURITY_DESCRIPTOR), Copy, NULL, Irp);
    /* A request type held in a variable is unknown: not flagged, and neither are its sizes. */
    status = dispatch->WskControlSocket(Socket, Request, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, Irp);
    /* IOCTLs of other codes are none of this rule's business. */
    status = dispatch->WskControlSocket(Socket, WskIoctl, Code, 0, 0, NULL, 0, NULL, NULL, Irp);
    return status;
}
