#include "wsk.h"

/* Helpers that write the control code themselves and take the socket, the IRP or the buffer from
   their caller: the contract of what they pass on is the caller's to keep, judged at each call. */
NTSTATUS SetReuse(PWSK_SOCKET Socket, PIRP Irp);
NTSTATUS SetKeepAliveChecked(PWSK_SOCKET Socket, PIRP Irp);
NTSTATUS EnableEvents(PWSK_SOCKET Socket, PWSK_EVENT_CALLBACK_CONTROL Control, PIRP Irp);
NTSTATUS BindSocket(PWSK_SOCKET Socket, PSOCKADDR Local, PIRP Irp);

/* A binding that holds its socket: the helper reaches it through a field of what the caller passes. */
typedef struct _BINDING {
    PWSK_SOCKET Socket;
    PSOCKADDR Local;
} BINDING, *PBINDING;

NTSTATUS SetBindingReuse(PBINDING Binding, PIRP Irp);
