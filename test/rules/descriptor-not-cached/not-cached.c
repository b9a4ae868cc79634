#include "wsk.h"

NTSTATUS
PoolDescriptor(PWSK_SOCKET Socket, PIRP Irp)
{
    PSECURITY_DESCRIPTOR sd = ExAllocatePoolWithTag(NonPagedPoolNx, SECURITY_DESCRIPTOR_MIN_LENGTH, 'dsKW');

    if (sd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCreateSecurityDescriptor(sd, SECURITY_DESCRIPTOR_REVISION);
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, Irp);
//                                                                                       ^^^ WSK011 allocated from pool by ExAllocatePoolWithTag
}

NTSTATUS
ObjectDescriptor(PWSK_SOCKET Socket, PIRP Irp)
{
    SECURITY_DESCRIPTOR descriptor;
    PSECURITY_DESCRIPTOR sd = (PSECURITY_DESCRIPTOR)&descriptor;

    RtlCreateSecurityDescriptor(sd, SECURITY_DESCRIPTOR_REVISION);
    return ((PWSK_PROVIDER_BASIC_DISPATCH)Socket->Dispatch)->WskControlSocket(
        Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET, sizeof(PSECURITY_DESCRIPTOR), &sd, 0, NULL, NULL, Irp);
//                                                                                       ^^^ WSK011 the address of the SECURITY_DESCRIPTOR object
}

NTSTATUS
ObjectToWskSocket(PWSK_PROVIDER_NPI Npi, PIRP Irp)
{
    SECURITY_DESCRIPTOR descriptor;

    RtlCreateSecurityDescriptor(&descriptor, SECURITY_DESCRIPTOR_REVISION);
    return ((PWSK_PROVIDER_DISPATCH)Npi->Dispatch)->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                                               WSK_FLAG_CONNECTION_SOCKET, NULL, NULL, NULL, NULL,
                                                               (PSECURITY_DESCRIPTOR)&descriptor, Irp);
//                                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WSK011
}
