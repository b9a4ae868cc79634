NTSTATUS
IfElse(PIRP Irp)
{
    NTSTATUS status = STATUS_SUCCESS;

    if (Irp == NULL) {
        status = STATUS_INVALID_PARAMETER;
    } else if (Irp->Flags != 0) {
        Prepare(Irp);
    }
    return status;
}

VOID
ShortCircuit(PIRP Irp, NTSTATUS status)
{
    if (NT_SUCCESS(status) && Irp != NULL) {
        Use(Irp);
    }
    if (!Ready() || !Check(Irp)) {
        return;
    }
    Ready() && Use(Irp);
    status = Irp ? Use(Irp) : Fallback();
}

VOID
Constants(VOID)
{
    if (0) {
        Never();
    }
    do {
        Once();
    } while (0);
    while (TRUE) {
        if (Done()) {
            break;
        }
    }
}
