#include "prog.h"

NTSTATUS
Helper2(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
        status = Helper3(&g_Endpoint, Socket, Sd, Out, NULL);
    }
NTSTATUS
Helper3(PENDPOINT ctx, PWSK_SOCKET Socket, PSECURITY_DESCRIPTOR Sd, PSECURITY_DESCRIPTOR *Out, PIRP Irp)
{
    PSECURITY_DESCRIPTOR sd = Sd;
    case 1:
        status = Helper1(NULL, ctx->Socket, cached, Out, NULL);