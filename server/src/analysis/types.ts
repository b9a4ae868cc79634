// C types as far as the rules need them: is it a pointer (so its size is sizeof(PSECURITY_DESCRIPTOR)),
// is it the security-descriptor pointer or the descriptor object, what does it point to, which record
// holds its fields. A type the analysis cannot resolve is `unknown`, and nothing is flagged on its account.

import { DESCRIPTOR_TYPES } from '../wsk/api';

export type CType =
  | { readonly kind: 'pointer'; readonly to: CType; readonly name?: string }
  | { readonly kind: 'array'; readonly of: CType }
  /** Integers, enums, floats; `pointerSized` when its size is always a pointer's (ULONG_PTR, SIZE_T). */
  | { readonly kind: 'scalar'; readonly name: string; readonly pointerSized: boolean }
  /** Structs, unions and the opaque kernel objects; `key` finds its fields. */
  | { readonly kind: 'record'; readonly name: string; readonly key: string | undefined }
  | { readonly kind: 'void' }
  | { readonly kind: 'unknown'; readonly name: string };

export const UNKNOWN: CType = { kind: 'unknown', name: '?' };
export const VOID: CType = { kind: 'void' };

export function pointerTo(to: CType, name?: string): CType {
  return name === undefined ? { kind: 'pointer', to } : { kind: 'pointer', to, name };
}

const DESCRIPTOR_OBJECT: CType = { kind: 'record', name: 'SECURITY_DESCRIPTOR', key: 'SECURITY_DESCRIPTOR' };
const DESCRIPTOR_POINTER_NAMES: ReadonlySet<string> = new Set(DESCRIPTOR_TYPES.pointer);
const DESCRIPTOR_OBJECT_NAMES: ReadonlySet<string> = new Set(DESCRIPTOR_TYPES.object);

/** The security-descriptor pointer (`PSECURITY_DESCRIPTOR`, `SECURITY_DESCRIPTOR *`). */
export function isDescriptorPointer(type: CType): boolean {
  return type.kind === 'pointer' && ((type.name !== undefined && DESCRIPTOR_POINTER_NAMES.has(type.name)) || isDescriptorObject(type.to));
}

/** A security-descriptor object (`SECURITY_DESCRIPTOR`). */
export function isDescriptorObject(type: CType): boolean {
  return type.kind === 'record' && DESCRIPTOR_OBJECT_NAMES.has(type.name);
}

/** The IRP pointer. */
export function isIrpPointer(type: CType): boolean {
  return type.kind === 'pointer' && (type.name === 'PIRP' || (type.to.kind === 'record' && type.to.name === 'IRP'));
}

/** Whether a value of this type has the size of a pointer: true, false, or undefined when unknown. */
export function hasPointerSize(type: CType): boolean | undefined {
  switch (type.kind) {
    case 'pointer': return true;
    case 'scalar': return type.pointerSized;
    case 'array': case 'record': case 'void': return false;
    case 'unknown': return undefined;
  }
}

export function describe(type: CType): string {
  switch (type.kind) {
    case 'pointer': return type.name ?? `${describe(type.to)} *`;
    case 'array': return `${describe(type.of)}[]`;
    case 'scalar': case 'record': case 'unknown': return type.name;
    case 'void': return 'void';
  }
}

// ---------------------------------------------------------------------------------------------------
// The WDK's own typedefs, which live in headers the analysis never reads.

const BUILTIN = new Map<string, CType>();

function scalar(names: string, pointerSized = false): void {
  for (const name of names.split(/\s+/)) BUILTIN.set(name, { kind: 'scalar', name, pointerSized });
}

function record(names: string): void {
  for (const name of names.split(/\s+/)) BUILTIN.set(name, { kind: 'record', name, key: name });
}

/** `PNAME:TARGET` pointer typedefs; a bare name points to an unknown (opaque) type. */
function pointers(entries: string): void {
  for (const entry of entries.split(/\s+/)) {
    const [name, target] = entry.split(':');
    const to = target === 'void' ? VOID : target ? (BUILTIN.get(target) ?? { kind: 'record', name: target, key: target }) : UNKNOWN;
    BUILTIN.set(name, pointerTo(to, name));
  }
}

scalar('SIZE_T SSIZE_T ULONG_PTR LONG_PTR UINT_PTR INT_PTR DWORD_PTR KAFFINITY KSPIN_LOCK size_t ssize_t uintptr_t intptr_t ptrdiff_t', true);
scalar('ULONG LONG USHORT SHORT UCHAR CHAR WCHAR BOOLEAN BOOL BYTE WORD DWORD INT UINT ULONG32 LONG32 ULONG64 LONG64 DWORD32 DWORD64 ULONGLONG LONGLONG UINT8 UINT16 UINT32 UINT64 INT8 INT16 INT32 INT64 NTSTATUS KIRQL KPRIORITY CCHAR CSHORT CLONG ADDRESS_FAMILY IPPROTO WSK_CONTROL_SOCKET_TYPE ACCESS_MASK SECURITY_INFORMATION LOGICAL FLOAT DOUBLE');
record('SECURITY_DESCRIPTOR ISECURITY_DESCRIPTOR SECURITY_DESCRIPTOR_RELATIVE ISECURITY_DESCRIPTOR_RELATIVE KEVENT KSEMAPHORE KMUTEX FAST_MUTEX ERESOURCE KDPC KTIMER IO_STATUS_BLOCK LIST_ENTRY UNICODE_STRING ANSI_STRING LARGE_INTEGER ULARGE_INTEGER SOCKADDR SOCKADDR_IN SOCKADDR_IN6 SOCKADDR_STORAGE SOCKADDR_INET IN_ADDR IN6_ADDR WSK_BUF WSK_CLIENT_NPI WSK_PROVIDER_NPI WSK_REGISTRATION WSK_CLIENT_DISPATCH WSK_CLIENT_LISTEN_DISPATCH WSK_CLIENT_CONNECTION_DISPATCH WSK_CLIENT_DATAGRAM_DISPATCH WSK_PROVIDER_DISPATCH WSK_PROVIDER_BASIC_DISPATCH WSK_PROVIDER_CONNECTION_DISPATCH WSK_PROVIDER_LISTEN_DISPATCH WSK_PROVIDER_DATAGRAM_DISPATCH WSK_PROVIDER_STREAM_DISPATCH WSK_SOCKET WSK_CLIENT WSK_EVENT_CALLBACK_CONTROL WSK_INSPECT_ID WSK_EXTENSION_CONTROL_IN WSK_EXTENSION_CONTROL_OUT WSK_TDI_MAP_INFO IRP MDL DEVICE_OBJECT DRIVER_OBJECT FILE_OBJECT IO_STACK_LOCATION GUID ACL SID KAPC KTHREAD EPROCESS ETHREAD IO_WORKITEM NPI_MODULEID');
pointers('PVOID:void LPVOID:void PCVOID:void HANDLE:void PVOID64:void PCHAR:CHAR PUCHAR:UCHAR PSTR:CHAR PCSTR:CHAR PWSTR:WCHAR PCWSTR:WCHAR PWCHAR:WCHAR PSHORT:SHORT PUSHORT:USHORT PLONG:LONG PULONG:ULONG PULONG64:ULONG64 PLONGLONG:LONGLONG PULONGLONG:ULONGLONG PBOOLEAN:BOOLEAN PSIZE_T:SIZE_T PULONG_PTR:ULONG_PTR PHANDLE PNTSTATUS:NTSTATUS PKIRQL:KIRQL PBYTE:BYTE PDWORD:DWORD');
pointers('PSECURITY_DESCRIPTOR:SECURITY_DESCRIPTOR PISECURITY_DESCRIPTOR:SECURITY_DESCRIPTOR PSECURITY_DESCRIPTOR_RELATIVE:SECURITY_DESCRIPTOR_RELATIVE PISECURITY_DESCRIPTOR_RELATIVE:SECURITY_DESCRIPTOR_RELATIVE PACL:ACL PSID:SID');
pointers('PIRP:IRP PMDL:MDL PKEVENT:KEVENT PKSEMAPHORE:KSEMAPHORE PKMUTEX:KMUTEX PFAST_MUTEX:FAST_MUTEX PERESOURCE:ERESOURCE PKDPC:KDPC PKTIMER:KTIMER PIO_STATUS_BLOCK:IO_STATUS_BLOCK PLIST_ENTRY:LIST_ENTRY PUNICODE_STRING:UNICODE_STRING PCUNICODE_STRING:UNICODE_STRING PANSI_STRING:ANSI_STRING PLARGE_INTEGER:LARGE_INTEGER PKSPIN_LOCK:KSPIN_LOCK PDEVICE_OBJECT:DEVICE_OBJECT PDRIVER_OBJECT:DRIVER_OBJECT PFILE_OBJECT:FILE_OBJECT PIO_STACK_LOCATION:IO_STACK_LOCATION PEPROCESS:EPROCESS PETHREAD:ETHREAD PKTHREAD:KTHREAD PKAPC:KAPC PIO_WORKITEM:IO_WORKITEM PGUID:GUID LPGUID:GUID');
pointers('PSOCKADDR:SOCKADDR PSOCKADDR_IN:SOCKADDR_IN PSOCKADDR_IN6:SOCKADDR_IN6 PSOCKADDR_STORAGE:SOCKADDR_STORAGE PSOCKADDR_INET:SOCKADDR_INET PIN_ADDR:IN_ADDR PIN6_ADDR:IN6_ADDR LPSOCKADDR:SOCKADDR');
pointers('PWSK_SOCKET:WSK_SOCKET PWSK_CLIENT:WSK_CLIENT PWSK_BUF:WSK_BUF PWSK_CLIENT_NPI:WSK_CLIENT_NPI PWSK_PROVIDER_NPI:WSK_PROVIDER_NPI PWSK_REGISTRATION:WSK_REGISTRATION PWSK_CLIENT_DISPATCH:WSK_CLIENT_DISPATCH PWSK_CLIENT_LISTEN_DISPATCH:WSK_CLIENT_LISTEN_DISPATCH PWSK_CLIENT_CONNECTION_DISPATCH:WSK_CLIENT_CONNECTION_DISPATCH PWSK_PROVIDER_DISPATCH:WSK_PROVIDER_DISPATCH PWSK_PROVIDER_BASIC_DISPATCH:WSK_PROVIDER_BASIC_DISPATCH PWSK_PROVIDER_CONNECTION_DISPATCH:WSK_PROVIDER_CONNECTION_DISPATCH PWSK_PROVIDER_LISTEN_DISPATCH:WSK_PROVIDER_LISTEN_DISPATCH PWSK_PROVIDER_DATAGRAM_DISPATCH:WSK_PROVIDER_DATAGRAM_DISPATCH PWSK_PROVIDER_STREAM_DISPATCH:WSK_PROVIDER_STREAM_DISPATCH PWSK_EVENT_CALLBACK_CONTROL:WSK_EVENT_CALLBACK_CONTROL PWSK_INSPECT_ID:WSK_INSPECT_ID PWSK_EXTENSION_CONTROL_IN:WSK_EXTENSION_CONTROL_IN PWSK_EXTENSION_CONTROL_OUT:WSK_EXTENSION_CONTROL_OUT PWSK_TDI_MAP_INFO:WSK_TDI_MAP_INFO');
pointers('WDFDEVICE WDFDRIVER WDFREQUEST WDFQUEUE WDFMEMORY WDFOBJECT WDFWORKITEM WDFTIMER WDFSPINLOCK WDFWAITLOCK PWDFDEVICE_INIT');

/** C's own scalar type names (tree-sitter's primitive_type) with pointer size. */
const PRIMITIVE_POINTER_SIZED = new Set(['size_t', 'ssize_t', 'intptr_t', 'uintptr_t', 'ptrdiff_t']);

export function builtinType(name: string): CType | undefined {
  return BUILTIN.get(name);
}

export function primitiveType(name: string): CType {
  if (name === 'void') return VOID;
  return { kind: 'scalar', name, pointerSized: PRIMITIVE_POINTER_SIZED.has(name) };
}

export const DESCRIPTOR_POINTER = BUILTIN.get('PSECURITY_DESCRIPTOR') ?? pointerTo(DESCRIPTOR_OBJECT, 'PSECURITY_DESCRIPTOR');
