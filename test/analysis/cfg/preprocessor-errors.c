VOID
Conditional(VOID)
{
#if DBG
    Trace();
#else
    Quiet();
#endif
    Done();
}

VOID
Broken(VOID)
{
    Before();
    x = = 3;
    After();
}
