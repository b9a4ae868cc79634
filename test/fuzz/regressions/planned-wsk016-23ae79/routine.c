S
ForwardOrSignal()t(());{