// Known-correct uses of the WSK security-descriptor contract, written for these checks from the
// contract (docs/rules.md), each a self-contained function over its parameters: the look-alike rewrite
// adds them to a driver, where they must add no finding. rewrites.test.ts checks each alone too.

export interface Idiom {
  readonly name: string;
  readonly summary: string;
  readonly text: string;
}

export const IDIOMS: readonly Idiom[] = [
  {
    name: 'MmIdiomSecureThenBind',
    summary: 'cache, apply before bind, wait, release, then bind',
    text: `NTSTATUS
MmIdiomSecureThenBind(
    PWSK_PROVIDER_NPI Npi,
    PWSK_SOCKET Socket,
    PSECURITY_DESCRIPTOR Template,
    PSOCKADDR Local,
    PKEVENT Event,
    PIRP Irp
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR cached = NULL;
    PWSK_PROVIDER_CONNECTION_DISPATCH dispatch = (PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch;

    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_CACHE_SD,
                                             sizeof(PSECURITY_DESCRIPTOR), &Template,
                                             sizeof(PSECURITY_DESCRIPTOR), &cached,
                                             NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = dispatch->WskControlSocket(Socket, WskSetOption, SO_WSK_SECURITY, SOL_SOCKET,
                                        sizeof(PSECURITY_DESCRIPTOR), &cached, 0, NULL, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }

    Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD,
                                    sizeof(PSECURITY_DESCRIPTOR), &cached,
                                    0, NULL, NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    IoReuseIrp(Irp, STATUS_UNSUCCESSFUL);
    KeClearEvent(Event);
    IoSetCompletionRoutine(Irp, MmIdiomIrpDone, Event, TRUE, TRUE, TRUE);
    status = dispatch->WskBind(Socket, Local, 0, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}
`,
  },
  {
    name: 'MmIdiomReadBack',
    summary: 'read the applied descriptor back and release the copy on every path',
    text: `NTSTATUS
MmIdiomReadBack(
    PWSK_PROVIDER_NPI Npi,
    PWSK_SOCKET Socket,
    PKEVENT Event,
    PIRP Irp,
    PBOOLEAN HasDescriptor
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR current = NULL;

    *HasDescriptor = FALSE;
    status = ((PWSK_PROVIDER_CONNECTION_DISPATCH)Socket->Dispatch)->WskControlSocket(
                 Socket, WskGetOption, SO_WSK_SECURITY, SOL_SOCKET,
                 0, NULL, sizeof(PSECURITY_DESCRIPTOR), &current, NULL, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    if (NT_SUCCESS(status) && current != NULL) {
        *HasDescriptor = TRUE;
        Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD,
                                        sizeof(PSECURITY_DESCRIPTOR), &current,
                                        0, NULL, NULL, NULL);
    }
    return status;
}
`,
  },
  {
    name: 'MmIdiomSocketWithDescriptor',
    summary: 'create a socket with a cached copy, release it once the request has completed',
    text: `NTSTATUS
MmIdiomSocketWithDescriptor(
    PWSK_PROVIDER_NPI Npi,
    PSECURITY_DESCRIPTOR Template,
    PKEVENT Event,
    PIRP Irp,
    PWSK_SOCKET *Socket
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR cached = NULL;

    *Socket = NULL;
    if (Irp == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_CACHE_SD,
                                             sizeof(PSECURITY_DESCRIPTOR), &Template,
                                             sizeof(PSECURITY_DESCRIPTOR), &cached,
                                             NULL, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = Npi->Dispatch->WskSocket(Npi->Client, AF_INET, SOCK_STREAM, IPPROTO_TCP,
                                      WSK_FLAG_CONNECTION_SOCKET, NULL, NULL,
                                      NULL, NULL, cached, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(Event, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    Npi->Dispatch->WskControlClient(Npi->Client, WSK_RELEASE_SD,
                                    sizeof(PSECURITY_DESCRIPTOR), &cached,
                                    0, NULL, NULL, NULL);
    if (NT_SUCCESS(status)) {
        *Socket = (PWSK_SOCKET)Irp->IoStatus.Information;
    }
    return status;
}
`,
  },
  {
    name: 'MmIdiomCacheForCaller',
    summary: 'cache a copy into an out-parameter: the caller owns and releases it',
    text: `NTSTATUS
MmIdiomCacheForCaller(
    PWSK_PROVIDER_NPI Npi,
    PSECURITY_DESCRIPTOR Template,
    PSECURITY_DESCRIPTOR *Cached
    )
{
    NTSTATUS status;
    PSECURITY_DESCRIPTOR copy = NULL;

    *Cached = NULL;
    status = Npi->Dispatch->WskControlClient(Npi->Client, WSK_CACHE_SD,
                                             sizeof(PSECURITY_DESCRIPTOR), &Template,
                                             sizeof(PSECURITY_DESCRIPTOR), &copy,
                                             NULL, NULL);
    if (NT_SUCCESS(status)) {
        *Cached = copy;
    }
    return status;
}
`,
  },
];
