// Words the mutators and the program generator draw from: C tokens, the WSK and kernel names the
// analysis knows, and argument shapes that meet or break the WSK contracts.

export const WSK_FUNCTIONS = ['WskControlSocket', 'WskControlClient', 'WskBind', 'WskConnect', 'WskListen', 'WskSendTo', 'WskAccept', 'WskSocket', 'WskSocketConnect', 'WskSend', 'WskReceive', 'WskRelease', 'WskCloseSocket'];
export const KERNEL_CALLS = ['IoAllocateIrp', 'KeWaitForSingleObject', 'IoFreeIrp', 'IoReuseIrp', 'ExAllocatePoolWithTag', 'ExFreePool', 'IoBuildDeviceIoControlRequest', 'KeAcquireSpinLock', 'KeReleaseSpinLock', 'KeAcquireInStackQueuedSpinLock', 'KeReleaseInStackQueuedSpinLock', 'KeInitializeDpc', 'KeInsertQueueDpc', 'IoFreeMdl'];
export const CONSTANTS = ['SO_WSK_SECURITY', 'WSK_CACHE_SD', 'WSK_RELEASE_SD', 'WskSetOption', 'WskGetOption', 'WskIoctl', 'SOL_SOCKET', 'IPPROTO_TCP', 'IPPROTO_UDP', 'NULL', 'STATUS_PENDING', 'STATUS_SUCCESS', 'TRUE', 'FALSE', 'SO_WSK_EVENT_CALLBACK', 'WSK_EVENT_RECEIVE', 'WSK_SET_STATIC_EVENT_CALLBACKS', 'STATUS_DATA_NOT_ACCEPTED', 'DISPATCH_LEVEL'];
export const TYPES = ['PSECURITY_DESCRIPTOR', 'SECURITY_DESCRIPTOR', 'PIRP', 'PWSK_SOCKET', 'NTSTATUS', 'ULONG', 'SIZE_T', 'PVOID', 'void', 'int', 'struct _ENDPOINT', 'WSK_PROVIDER_NPI'];
export const KEYWORDS = ['if', 'else', 'while', 'for', 'do', 'switch', 'case', 'default', 'break', 'continue', 'return', 'goto', 'sizeof', 'struct', 'typedef', 'static', 'const', 'volatile', '__try', '__except', '__finally', '__leave', 'try', 'except', 'finally', 'leave', 'enum', 'union'];
export const PUNCTUATION = ['{', '}', '(', ')', '[', ']', ';', ',', '.', '->', '&', '*', '=', '==', '!=', '!', '+', '-', '?', ':', '#', '##', '\\', '/', '//', '/*', '*/', '"', "'", '<', '>', '...', '&&', '||', '~', '%', '^'];
export const IDENTIFIERS = ['sd', 'cached', 'copy', 'irp', 'Irp', 'Socket', 'socket', 'status', 'ctx', 'Endpoint', 'Exit', 'Cleanup', 'g_Sd', 'g_Npi', 'Client', 'Dispatch', 'x', 'i', 'Helper', 'CACHE_SD', 'RELEASE_SD', 'CONNECTION', 'DataIndication', 'oldIrql', 'lockHandle', 'callbackControl'];
export const NUMBERS = ['0', '1', '-1', '4', '8', '0xffff', '0x7fffffff', '4294967296', '1e309', '0x', '08', '1.5', '0L', '42ULL', "'\\0'"];

export const SIZES = ['sizeof(PSECURITY_DESCRIPTOR)', 'sizeof(SECURITY_DESCRIPTOR)', '0', '4', '8', 'sizeof(sd)', 'sizeof(*sd)', 'sizeof sd', 'sizeof(cached)', 'sizeof(PVOID)', 'sizeof(void *)', 'Size', '(SIZE_T)-1', 'sizeof(ULONG)'];
export const BUFFERS = ['&sd', 'sd', 'NULL', '&cached', 'cached', '&ctx->CachedSd', 'ctx->CachedSd', '&g_Sd', '(PVOID)&sd', '&copies[i]', '&Sd', 'Sd', '0', '(PVOID)0', '&returned', 'Out', '&*Out', 'x ? &sd : NULL', 'ExAllocatePoolWithTag(NonPagedPool, 64, 0)'];
export const IRPS = ['irp', 'Irp', 'ctx->Irp', 'NULL', 'IoAllocateIrp(1, FALSE)', '0', '(PIRP)0', '((void *)0)', 'SetIrp', 'Endpoint->Irp', 'x ? irp : NULL'];
export const LEVELS = ['SOL_SOCKET', 'IPPROTO_TCP', '0xffff', '6', '0', 'Level', 'IPPROTO_UDP'];
export const REQUESTS = ['WskSetOption', 'WskGetOption', 'WskIoctl', '0', '1', 'Request'];
export const CODES = ['SO_WSK_SECURITY', 'WSK_CACHE_SD', 'WSK_RELEASE_SD', '0', 'Code', 'SO_REUSEADDR', 'SO_WSK_EVENT_CALLBACK', 'SIO_WSK_QUERY_INSPECT_ID', 'SIO_ADDRESS_LIST_CHANGE', 'WSK_TRANSPORT_LIST_QUERY', 'WSK_SET_STATIC_EVENT_CALLBACKS'];

/** Control codes of the control-operation table (WSK021) beyond the descriptor ones, by what they take. */
export const OPTION_CODES = ['SO_REUSEADDR', 'SO_EXCLUSIVEADDRUSE', 'SO_CONDITIONAL_ACCEPT', 'SO_KEEPALIVE', 'SO_RCVBUF', 'SO_BROADCAST'];
export const IOCTL_CODES = ['SIO_WSK_QUERY_RECEIVE_BACKLOG', 'SIO_WSK_QUERY_IDEAL_SEND_BACKLOG', 'SIO_WSK_SET_REMOTE_ADDRESS', 'SIO_WSK_SET_SENDTO_ADDRESS', 'SIO_WSK_QUERY_INSPECT_ID', 'SIO_ADDRESS_LIST_QUERY', 'SIO_ADDRESS_LIST_CHANGE', 'SIO_WSK_SET_TCP_SILENT_MODE'];
export const CLIENT_CODES = ['WSK_SET_STATIC_EVENT_CALLBACKS', 'WSK_TRANSPORT_LIST_QUERY', 'WSK_TRANSPORT_LIST_CHANGE', 'WSK_TDI_BEHAVIOR'];
export const EVENT_MASKS = ['WSK_EVENT_RECEIVE', 'WSK_EVENT_DISCONNECT', 'WSK_EVENT_ACCEPT', 'WSK_EVENT_RECEIVE_FROM', 'WSK_EVENT_SEND_BACKLOG', 'WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT', 'WSK_EVENT_RECEIVE | WSK_EVENT_DISABLE', 'WSK_EVENT_DISABLE | WSK_EVENT_RECEIVE | WSK_EVENT_DISCONNECT', '0', 'Mask'];
/** What event callbacks return: the documented values and others. */
export const CALLBACK_STATUSES = ['STATUS_SUCCESS', 'STATUS_PENDING', 'STATUS_DATA_NOT_ACCEPTED', 'STATUS_REQUEST_NOT_ACCEPTED', 'STATUS_UNSUCCESSFUL', 'status', 'STATUS_MORE_PROCESSING_REQUIRED'];
export const SOCKETS = ['Socket', 'socket', 'ctx->Socket', 'Endpoint->Socket', 'AcceptSocket', '(PWSK_SOCKET)irp->IoStatus.Information', 'NULL'];

export const ARGUMENTS = [...SIZES, ...BUFFERS, ...IRPS, ...LEVELS, ...REQUESTS, ...CODES, ...SOCKETS, '', 'f()', '(status = 1)', '"x"', "'c'", '...'];

export const ALL_TOKENS = [...WSK_FUNCTIONS, ...KERNEL_CALLS, ...CONSTANTS, ...TYPES, ...KEYWORDS, ...PUNCTUATION, ...IDENTIFIERS, ...NUMBERS];
