NTSTATUS
GotoCleanup(VOID)
{
    NTSTATUS status;
    PIRP irp = IoAllocateIrp(1, FALSE);

    if (irp == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto Exit;
    }
    status = Send(irp);
    if (!NT_SUCCESS(status)) {
        goto Exit;
    }
    Finish();

Exit:
    if (irp != NULL) {
        IoFreeIrp(irp);
    }
    return status;
}

NTSTATUS
TryFinally(PVOID Buffer)
{
    NTSTATUS status = STATUS_SUCCESS;

    __try {
        if (Buffer == NULL) {
            __leave;
        }
        if (Bad(Buffer)) {
            return STATUS_INVALID_PARAMETER;
        }
        Work(Buffer);
    } __finally {
        Cleanup();
    }
    return status;
}

NTSTATUS
TryExcept(PVOID Buffer)
{
    NTSTATUS status = STATUS_SUCCESS;

    __try {
        ProbeForRead(Buffer, 4, 1);
        Work(Buffer);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    return status;
}
