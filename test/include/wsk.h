/*
 * A minimal stand-in for the WDK's wsk.h, written for wsk-lint's fixtures: just enough declarations
 * for the test drivers to read like real ones. Not a copy of the WDK header.
 */
#ifndef WSK_LINT_TEST_WSK_H
#define WSK_LINT_TEST_WSK_H

typedef void *PVOID;
typedef long NTSTATUS;
typedef unsigned long ULONG;
typedef ULONG *PULONG;
typedef unsigned long long SIZE_T, *PSIZE_T;
typedef PVOID PSECURITY_DESCRIPTOR;

typedef struct _SECURITY_DESCRIPTOR {
    unsigned char Revision;
    unsigned char Sbz1;
    unsigned short Control;
    PVOID Owner;
    PVOID Group;
    PVOID Sacl;
    PVOID Dacl;
} SECURITY_DESCRIPTOR, *PISECURITY_DESCRIPTOR;

#define SOL_SOCKET          0xffff
#define WSK_SO_BASE         0x4000
#define SO_WSK_SECURITY     (WSK_SO_BASE + 1)
#define WSK_CACHE_SD        1
#define WSK_RELEASE_SD      2
#define IPPROTO_IP          0
#define IPPROTO_TCP         6
#define IPPROTO_UDP         17

typedef enum {
    WskSetOption,
    WskGetOption,
    WskIoctl,
} WSK_CONTROL_SOCKET_TYPE;

typedef struct _WSK_SOCKET { const void *Dispatch; } WSK_SOCKET, *PWSK_SOCKET;
typedef struct _WSK_CLIENT WSK_CLIENT, *PWSK_CLIENT;
typedef struct _IRP IRP, *PIRP;

typedef NTSTATUS (*PFN_WSK_CONTROL_SOCKET)(PWSK_SOCKET Socket, WSK_CONTROL_SOCKET_TYPE RequestType,
    ULONG ControlCode, ULONG Level, SIZE_T InputSize, PVOID InputBuffer, SIZE_T OutputSize,
    PVOID OutputBuffer, SIZE_T *OutputSizeReturned, PIRP Irp);
typedef NTSTATUS (*PFN_WSK_CONTROL_CLIENT)(PWSK_CLIENT Client, ULONG ControlCode, SIZE_T InputSize,
    PVOID InputBuffer, SIZE_T OutputSize, PVOID OutputBuffer, SIZE_T *OutputSizeReturned, PIRP Irp);
typedef NTSTATUS (*PFN_WSK_BIND)(PWSK_SOCKET Socket, PVOID LocalAddress, ULONG Flags, PIRP Irp);

typedef struct _WSK_PROVIDER_BASIC_DISPATCH {
    PFN_WSK_CONTROL_SOCKET WskControlSocket;
    PVOID WskCloseSocket;
} WSK_PROVIDER_BASIC_DISPATCH, *PWSK_PROVIDER_BASIC_DISPATCH;

typedef struct _WSK_PROVIDER_CONNECTION_DISPATCH {
    WSK_PROVIDER_BASIC_DISPATCH Basic;
    PFN_WSK_BIND WskBind;
} WSK_PROVIDER_CONNECTION_DISPATCH, *PWSK_PROVIDER_CONNECTION_DISPATCH;

typedef struct _WSK_PROVIDER_DISPATCH {
    unsigned short Version;
    unsigned short Reserved;
    PVOID WskSocket;
    PVOID WskSocketConnect;
    PFN_WSK_CONTROL_CLIENT WskControlClient;
} WSK_PROVIDER_DISPATCH, *PWSK_PROVIDER_DISPATCH;

typedef struct _WSK_PROVIDER_NPI {
    PWSK_CLIENT Client;
    const WSK_PROVIDER_DISPATCH *Dispatch;
} WSK_PROVIDER_NPI, *PWSK_PROVIDER_NPI;

#endif
