/*
 * Fixed on save: VS Code opens a header as C++, and the editor test turns on
 * "editor.codeActionsOnSave": { "source.fixAll.wskLint": "explicit" } for C++ only.
 */
#pragma once

#include "driver.h"

FORCEINLINE
NTSTATUS
DriverSecureOnSave(
    _In_ PDRIVER_CONTEXT Context,
    _In_ PIRP Irp
    )
{
    return WSK_BASIC(Context->Socket)->WskControlSocket(
        Context->Socket,
        WskSetOption,
        SO_WSK_SECURITY,
        IPPROTO_TCP,
        8,
        Context->CachedSd,
        0,
        NULL,
        NULL,
        Irp);
}
