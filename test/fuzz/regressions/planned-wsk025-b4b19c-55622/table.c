D
T{KeAcquireSpinLock(&i;ResolveEntry();