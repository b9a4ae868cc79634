#include "wsk.h"

NTSTATUS
NullIrps(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PSECURITY_DESCRIPTOR *Copy)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;
    NTSTATUS status;

    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, NULL);
//                                                                                              ^^^^ WSK005 Irp must not be NULL for an SO_WSK_SECURITY set
//                                                                                              no fix: no PIRP variable in scope
    status = dispatch->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        0, NULL, sizeof(PSECURITY_DESCRIPTOR), Copy, NULL, 0);
//                                                                                         ^ WSK005 get
//                                                                                         no fix: no PIRP variable in scope
    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, (PIRP)NULL);
//                                                                                              ^^^^^^^^^^ WSK005
//                                                                                              no fix: no PIRP variable in scope
    return status;
}

NTSTATUS
OneIrpInScope(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp, WSK_CONTROL_SOCKET_TYPE Request)
{
    /* The request type is unknown, but set and get agree: the IRP is due either way. */
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, Request, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, NULL);
//                                                              ^^^^ WSK005
//                                                              fix: Pass the IRP Irp
//                                                              = Irp
}

NTSTATUS
TwoIrpsInScope(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP BindIrp, PIRP SetIrp)
{
    /* Which of the two is free for the set, the fix cannot tell. */
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, NULL, NULL, NULL);
//                                                              ^^^^ WSK005
//                                                              no fix: two PIRP variables in scope
}
