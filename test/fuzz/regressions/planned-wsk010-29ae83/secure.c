S
SecureNoWait(P S,R*Cached,P I{WskControlSocket(t,WskSetOption,SO_WSK_SECURITY,T,(R),Cached,0,N,((S)),p);