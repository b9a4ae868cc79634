#include "wsk.h"

NTSTATUS AcceptInto(PWSK_SOCKET Listener, PIRP Irp);
NTSTATUS Serve(PWSK_SOCKET Socket);
