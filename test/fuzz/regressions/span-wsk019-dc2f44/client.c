/* fuzz regression: span
 * WSK019: a related location spans 393-404 in a text of 70
 * found by: npm run fuzz -- --seed 20261126 --input 124 (mutated test/rules/registration-lifetime/start-routine-across-files [driver.c: wsk-arguments])
 */
tus;
}

NTSTATUS
ClientStartAlwaysRegistered(VOID)
{
    WSK_CLIENT_NPI clientNpi = { NULL, &g_ClientDispatch };
    NTSTATUS status;

    status = WskRegister(i,n)if(NT_SUCCESS(status){}return W();