#pragma once
#include "wsk.h"

typedef struct _LINK {
    PWSK_SOCKET Socket;
    KEVENT Done;
    PIRP Irp;
} LINK, *PLINK;

VOID LinkCloseSocket(PWSK_SOCKET Socket, PIRP Irp, PKEVENT Done);
VOID LinkTearDown(PLINK Link);
VOID LinkAbort(PLINK Link);
