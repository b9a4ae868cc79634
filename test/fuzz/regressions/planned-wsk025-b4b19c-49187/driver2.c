S
DriverEntry(DRIVE{ClientStartAlwaysRegistered();