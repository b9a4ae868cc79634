S
p(){WskSend(o,u,0,irp)DropIrp(irp);