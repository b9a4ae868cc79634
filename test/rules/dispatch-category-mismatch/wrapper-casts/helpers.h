#include "wsk.h"

/* Helpers that cast the Dispatch of the socket their caller passes, or enable events on it. */
NTSTATUS BindConnection(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp);
NTSTATUS BindListener(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp);
NTSTATUS EnableEvents(PWSK_SOCKET Socket, PWSK_EVENT_CALLBACK_CONTROL Control);
