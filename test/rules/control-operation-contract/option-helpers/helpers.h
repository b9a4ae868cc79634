#include "wsk.h"

/* Helpers that write the control code themselves and take the socket, the IRP or the buffer from
   their caller: the contract of what they pass on is the caller's to keep, judged at each call. */
NTSTATUS SetReuse(PWSK_SOCKET Socket, PIRP Irp);
NTSTATUS SetKeepAliveChecked(PWSK_SOCKET Socket, PIRP Irp);
NTSTATUS EnableEvents(PWSK_SOCKET Socket, PWSK_EVENT_CALLBACK_CONTROL Control, PIRP Irp);
NTSTATUS BindSocket(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp);
