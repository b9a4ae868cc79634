#include "wsk.h"

/* Helpers that write the flags themselves and take the buffer from their caller. */
NTSTATUS DrainInto(PWSK_SOCKET Socket, PWSK_BUF Buffer, PIRP Irp);
NTSTATUS Abort(PWSK_SOCKET Socket, PWSK_BUF Final, PIRP Irp);
