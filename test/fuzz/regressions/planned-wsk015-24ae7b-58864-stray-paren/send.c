S
p(){((H)S)WskSend(t,r,0,irp)DropIrp(irp);