S
DriverEntry(){ClientStartAlwaysRegistered()status=n()return status}