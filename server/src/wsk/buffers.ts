// The memory a WSK call goes on using while its IRP is pending: WSK reads or writes it until the IRP
// completes, so it must not be freed, unlocked or left to die with a stack frame before then
// (rules-contract.md, WSK015). Parameters are named as in the API table (api.ts).

export interface PendingBuffers {
  /** Parameters that point to a WSK_BUF (or, `list`, a WSK_BUF_LIST): the MDL it holds must live. */
  readonly mdls: readonly { readonly param: string; readonly list?: boolean }[];
  /** Parameters whose memory itself must live (buffers, addresses, lengths WSK writes back). */
  readonly memory: readonly string[];
}

export const PENDING_BUFFERS: ReadonlyMap<string, PendingBuffers> = new Map<string, PendingBuffers>([
  ['WskSend', { mdls: [{ param: 'Buffer' }], memory: [] }],
  ['WskReceive', { mdls: [{ param: 'Buffer' }], memory: [] }],
  ['WskSendEx', { mdls: [{ param: 'Buffer' }], memory: ['ControlInfo'] }],
  ['WskReceiveEx', { mdls: [{ param: 'Buffer' }], memory: ['ControlInfoLength', 'ControlInfo', 'ControlFlags'] }],
  ['WskSendTo', { mdls: [{ param: 'Buffer' }], memory: ['ControlInfo'] }],
  ['WskReceiveFrom', { mdls: [{ param: 'Buffer' }], memory: ['ControlLength', 'ControlInfo', 'ControlFlags'] }],
  ['WskSendMessages', { mdls: [{ param: 'BufferList', list: true }], memory: [] }],
  ['WskConnectEx', { mdls: [{ param: 'Buffer' }], memory: [] }],
  ['WskControlSocket', { mdls: [], memory: ['InputBuffer', 'OutputBuffer'] }],
  ['WskControlClient', { mdls: [], memory: ['InputBuffer', 'OutputBuffer'] }],
  ['WskAccept', { mdls: [], memory: ['LocalAddress', 'RemoteAddress'] }],
  ['WskGetLocalAddress', { mdls: [], memory: ['LocalAddress'] }],
  ['WskGetRemoteAddress', { mdls: [], memory: ['RemoteAddress'] }],
]);

/**
 * The access path of the MDL a WSK_BUF argument holds: `&buf` (addressed `buf`) → `buf.Mdl`, `Buffer`
 * (a pointer) → `Buffer->Mdl`; through a WSK_BUF_LIST's first element for `list`.
 */
export function mdlPathOf(addressed: string | undefined, pointer: string | undefined, list: boolean): string | undefined {
  const base = addressed !== undefined ? `${addressed}.` : pointer !== undefined ? `${pointer}->` : undefined;
  return base === undefined ? undefined : `${base}${list ? 'Buffer.Mdl' : 'Mdl'}`;
}
