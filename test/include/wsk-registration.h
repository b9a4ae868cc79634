/*
 * Registration, provider NPI and name resolution declarations for wsk-lint's fixtures, written for
 * them (not a copy of the WDK header): just enough for the test drivers to read like real ones.
 */
#ifndef WSK_LINT_TEST_WSK_REGISTRATION_H
#define WSK_LINT_TEST_WSK_REGISTRATION_H

#include "wsk.h"

typedef unsigned short USHORT;
typedef unsigned char BOOLEAN;
typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;
typedef struct _UNICODE_STRING *PUNICODE_STRING;
typedef void (*PDRIVER_UNLOAD)(PDRIVER_OBJECT DriverObject);

#define MAKE_WSK_VERSION(Mj, Mn) ((USHORT)((Mj) << 8) | (USHORT)((Mn) & 0xff))
#define WSK_NO_WAIT         0
#define WSK_INFINITE_WAIT   0xffffffff
#define WSK_TRANSPORT_LIST_QUERY 2
#define NS_ALL              0

typedef struct _WSK_REGISTRATION {
    unsigned long long ReservedRegistrationState;
    PVOID ReservedRegistrationContext;
    PVOID ReservedRegistrationLock;
} WSK_REGISTRATION, *PWSK_REGISTRATION;

typedef struct _WSK_CLIENT_DISPATCH {
    USHORT Version;
    USHORT Reserved;
    PVOID WskClientEvent;
} WSK_CLIENT_DISPATCH, *PWSK_CLIENT_DISPATCH;

typedef struct _WSK_CLIENT_NPI {
    PVOID ClientContext;
    const WSK_CLIENT_DISPATCH *Dispatch;
} WSK_CLIENT_NPI, *PWSK_CLIENT_NPI;

typedef struct addrinfoexW {
    int ai_flags;
    int ai_family;
    PVOID ai_addr;
    struct addrinfoexW *ai_next;
} ADDRINFOEXW, *PADDRINFOEXW;

NTSTATUS WskRegister(PWSK_CLIENT_NPI WskClientNpi, PWSK_REGISTRATION WskRegistration);
void WskDeregister(PWSK_REGISTRATION WskRegistration);
NTSTATUS WskCaptureProviderNPI(PWSK_REGISTRATION WskRegistration, ULONG WaitTimeout, PWSK_PROVIDER_NPI WskProviderNpi);
void WskReleaseProviderNPI(PWSK_REGISTRATION WskRegistration);
void ExFreePool(PVOID P);
void ExFreePoolWithTag(PVOID P, ULONG Tag);

#endif
