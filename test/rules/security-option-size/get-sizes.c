#include "wsk.h"

NTSTATUS
ReadSecurity(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR *Copy, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch;

    return dispatch->WskControlSocket(Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                      sizeof(PSECURITY_DESCRIPTOR), NULL,
//                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK001 InputSize must be 0 for an SO_WSK_SECURITY get
//                                    preferred fix: Replace sizeof(PSECURITY_DESCRIPTOR) with 0
//                                    = 0
                                      sizeof(SECURITY_DESCRIPTOR), Copy, NULL, Irp);
//                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK001 OutputSize must be sizeof(PSECURITY_DESCRIPTOR)
//                                    preferred fix: Replace sizeof(SECURITY_DESCRIPTOR) with sizeof(PSECURITY_DESCRIPTOR)
//                                    = sizeof(PSECURITY_DESCRIPTOR)
}
