S
DriverEntry(DER_O{status=ClientStartAlwaysRegistered()return status;