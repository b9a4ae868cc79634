/* fuzz regression: throws
 * internal error while analysing: Cannot read properties of null (reading 'tree')
 * found by: npm run fuzz -- --seed 1364056651 --input 129 (generated program (prog.h, file0.c, file1.c) [file1.c: token-delete, line-endings])
 */
Sn{irp=Irp;KEVENT event;{}default:(S)WskControlSocket(t,n,Y,T,(R),o,0,N,N,Irp){{}}{IoSetCompletionRoutine(irp,D,&event,R){}}return;