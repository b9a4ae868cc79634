S
p(PSOCK{{}SendBuffer(t,r,irp){}IoFreeIrp(irp);