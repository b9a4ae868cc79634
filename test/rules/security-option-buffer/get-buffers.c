#include "wsk.h"

NTSTATUS
ReadIntoPointer(PWSK_SOCKET Socket, PIRP Irp, PSECURITY_DESCRIPTOR *Out)
{
    PSECURITY_DESCRIPTOR copy = NULL;
    PSECURITY_DESCRIPTOR input = NULL;
    NTSTATUS status;

    status = ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
        0, &input, sizeof(PSECURITY_DESCRIPTOR), copy, NULL, Irp);
//         ^^^^^^ WSK002 InputBuffer must be NULL for an SO_WSK_SECURITY get
//         preferred fix: Replace &input with NULL
//         = NULL
//                                               ^^^^ WSK002 OutputBuffer must be the address of the descriptor pointer (&copy)
//                                               preferred fix: Pass the address: &copy
//                                               = &copy
    *Out = copy;
    return status;
}

NTSTATUS
ReadIntoNothing(PWSK_SOCKET Socket, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
        0, NULL, sizeof(PSECURITY_DESCRIPTOR), NULL, NULL, Irp);
//                                             ^^^^ WSK002
//                                             no fix: no PSECURITY_DESCRIPTOR variable in scope
}
