#include "wsk.h"

/* The project's synchronous control helper: the caller chooses the operation, the helper its IRP. */
NTSTATUS ControlSocket(PWSK_SOCKET Socket, WSK_CONTROL_SOCKET_TYPE Type, ULONG Code, ULONG Level,
                       SIZE_T InputSize, PVOID Input, SIZE_T OutputSize, PVOID Output, SIZE_T *Returned);
