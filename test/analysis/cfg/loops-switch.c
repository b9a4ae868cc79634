VOID
Loops(ULONG Count)
{
    ULONG i;

    for (i = 0; i < Count; i++) {
        if (Skip(i)) {
            continue;
        }
        if (Stop(i)) {
            break;
        }
        Work(i);
    }
    for (;;) {
        Spin();
    }
}

NTSTATUS
Switch(ULONG Code)
{
    NTSTATUS status;

    switch (Code) {
    case 1:
        First();
    case 2:
        status = Second();
        break;
    default:
        status = Other();
        break;
    }
    switch (Code) {
    case 3:
        Third();
        break;
    }
    return status;
}
