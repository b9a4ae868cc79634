#include "wsk.h"

typedef struct _ENDPOINT {
    PWSK_SOCKET Socket;
    PSECURITY_DESCRIPTOR CachedSd;
} ENDPOINT, *PENDPOINT;

NTSTATUS
PointerInsteadOfAddress(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), CachedSd, 0, NULL, NULL, Irp);
//                                    ^^^^^^^^ WSK002 not the pointer CachedSd itself
//                                    preferred fix: Pass the address: &CachedSd
//                                    = &CachedSd
}

NTSTATUS
CastPointerInsteadOfAddress(PENDPOINT Endpoint, PIRP Irp)
{
    PWSK_PROVIDER_BASIC_DISPATCH dispatch = (PWSK_PROVIDER_BASIC_DISPATCH)Endpoint->Socket->Dispatch;

    return dispatch->WskControlSocket(Endpoint->Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                      sizeof(PSECURITY_DESCRIPTOR), (PVOID)Endpoint->CachedSd,
//                                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^ WSK002 (&Endpoint->CachedSd)
//                                                                  preferred fix: Pass the address: &Endpoint->CachedSd
//                                                                  = (PVOID)&Endpoint->CachedSd
                                      0, NULL, NULL, Irp);
}

NTSTATUS
AddressOfDescriptorObject(PWSK_SOCKET Socket, PIRP Irp)
{
    SECURITY_DESCRIPTOR descriptor;

    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &descriptor, 0, NULL, NULL, Irp);
//                                    ^^^^^^^^^^^ WSK002 is the address of a SECURITY_DESCRIPTOR object
//                                    no fix: no PSECURITY_DESCRIPTOR variable in scope
}

NTSTATUS
NullInput(PWSK_SOCKET Socket, PIRP Irp)
{
    PSECURITY_DESCRIPTOR cached = NULL;

    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), NULL, 0, NULL, NULL, Irp);
//                                    ^^^^ WSK002 not NULL
//                                    fix: Replace NULL with &cached
//                                    = &cached
}

NTSTATUS
OutputsOfASet(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    PSECURITY_DESCRIPTOR previous = NULL;
    SIZE_T returned = 0;

    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &CachedSd, 0, (PVOID)&previous, &returned, Irp);
//                                                  ^^^^^^^^^^^^^^^^ WSK002 OutputBuffer must be NULL
//                                                  preferred fix: Replace (PVOID)&previous with NULL
//                                                  = NULL
//                                                                    ^^^^^^^^^ WSK002 OutputSizeReturned must be NULL
//                                                                    preferred fix: Replace &returned with NULL
//                                                                    = NULL
}

NTSTATUS
AddressOfDescriptorObjectWithACopyAtHand(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR CachedSd, PIRP Irp)
{
    SECURITY_DESCRIPTOR descriptor;

    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), &descriptor, 0, NULL, NULL, Irp);
//                                    ^^^^^^^^^^^ WSK002
//                                    fix: Replace &descriptor with &CachedSd
//                                    = &CachedSd
}

NTSTATUS
NullInputWithTwoCopiesAtHand(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Listening, PSECURITY_DESCRIPTOR Accepted, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), NULL, 0, NULL, NULL, Irp);
//                                    ^^^^ WSK002
//                                    no fix: two PSECURITY_DESCRIPTOR variables in scope
}

NTSTATUS
PointerFromATable(PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR *Table, ULONG Index, PIRP Irp)
{
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
        sizeof(PSECURITY_DESCRIPTOR), Table[Index], 0, NULL, NULL, Irp);
//                                    ^^^^^^^^^^^^ WSK002
//                                    preferred fix: Pass the address: &(Table[Index])
//                                    = &(Table[Index])
}
