#include "socket-options.h"

NTSTATUS
ApplyThroughSetSockOpt(PBINDING Binding)
{
    return SetSockOpt(Binding->Socket, SOL_SOCKET, SO_WSK_SECURITY, &Binding->CachedSd,
                      sizeof(SECURITY_DESCRIPTOR), Binding->Irp);
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK001 InputSize must be sizeof(PSECURITY_DESCRIPTOR)
//                    preferred fix: Replace sizeof(SECURITY_DESCRIPTOR) with sizeof(PSECURITY_DESCRIPTOR)
//                    = sizeof(PSECURITY_DESCRIPTOR)
}

NTSTATUS
ApplyThroughControlSocket(PBINDING Binding)
{
    return ControlSocket(Binding->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, 8, &Binding->CachedSd, Binding->Irp);
//                                                                                   ^ WSK001 the literal 8
//                                                                                   preferred fix: Replace 8 with sizeof(PSECURITY_DESCRIPTOR)
//                                                                                   = sizeof(PSECURITY_DESCRIPTOR)
}

NTSTATUS
ApplyThroughTwoWrappers(PBINDING Binding)
{
    return SetControlSocket(Binding, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(*Binding->CachedSd), &Binding->CachedSd);
//                                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK001 InputSize
//                                                                              preferred fix: Replace sizeof(*Binding->CachedSd) with sizeof(PSECURITY_DESCRIPTOR)
//                                                                              = sizeof(PSECURITY_DESCRIPTOR)
}

NTSTATUS
GetThroughControlSocket(PBINDING Binding, PSECURITY_DESCRIPTOR *Out)
{
    /* A get takes no input: the size passed on must be 0. */
    return ControlSocket(Binding->Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), NULL, Binding->Irp);
//                                                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK001 InputSize must be 0
//                                                                                   preferred fix: Replace sizeof(PSECURITY_DESCRIPTOR) with 0
//                                                                                   = 0
}

NTSTATUS
CorrectThroughWrappers(PBINDING Binding, ULONG Level, SIZE_T Size)
{
    NTSTATUS status;

    status = SetSockOpt(Binding->Socket, SOL_SOCKET, SO_WSK_SECURITY, &Binding->CachedSd, sizeof(PSECURITY_DESCRIPTOR), Binding->Irp);
    if (!NT_SUCCESS(status)) return status;
    /* Other options, and sizes the analysis cannot know, are not this rule's. */
    status = SetSockOpt(Binding->Socket, SOL_SOCKET, SO_REUSEADDR, &Level, sizeof(ULONG), Binding->Irp);
    if (!NT_SUCCESS(status)) return status;
    return ControlSocket(Binding->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, Size, &Binding->CachedSd, Binding->Irp);
}
