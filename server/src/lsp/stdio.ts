// The stdio transport, hardened. With `--stdio`, vscode-languageserver reads stdin and writes stdout
// itself; here the server hands it streams of its own instead, for two cases the library does not handle:
//
// - Broken framing. After a header without a numeric Content-Length, the library's reader never finds
//   its place again: the body is read as the next header, that message's body as the one after, and
//   every message that follows is lost. Here each header is checked first; a bad one is logged and
//   skipped with what follows it, up to the next `Content-Length:`, and reading goes on from there.
//   (A body that is not JSON, or not an object, is the library's to handle: it drops it and goes on.)
// - A client that does not read. The library takes in every message as it arrives (it handles one per
//   turn of the event loop, the others wait in its queue) and queues the replies for as long as the
//   client leaves stdout unread: memory grows without bound. Here messages are handed to it one per
//   turn, as it handles them; the replies go into stdout's buffer at once, where the backlog shows; and
//   no message is handed on while more than OUTPUT_BACKLOG_BYTES wait there. stdin is not read
//   meanwhile: the client's writes block instead, and the server's memory stays put.

import { Transform, Writable, pipeline } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { format } from 'node:util';
import type { Connection, RemoteConsole } from 'vscode-languageserver/node';
import { createConnection } from 'vscode-languageserver/node';

/** Bytes of output the client may leave unread before the server stops reading its input. */
const OUTPUT_BACKLOG_BYTES = 8 * 1024 * 1024;
/** Longer than this without its blank line, it is not a header (real ones are under 100 bytes). */
const MAX_HEADER_BYTES = 4096;
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = 'content-length:';

/** A connection over stdin and stdout, through the framing check and the output backlog limit. */
export function createStdioConnection(): Connection {
  const output = process.stdout;
  // A client gone (EPIPE) is not an error to crash on: stdin's end, or the parent's, ends the server.
  output.on('error', () => undefined);
  let log: (problem: string) => void = () => undefined;
  const input = new MessageFraming((problem) => log(problem), () => backlogCleared(output));
  pipeline(process.stdin, input, () => undefined);
  const connection = createConnection(input, new PassOn(output));
  log = (problem) => connection.console.error(`wsk-lint: ${problem}`);
  routeConsole(connection.console);
  return connection;
}

/**
 * Passes through the messages of a JSON-RPC stream whose header is sound, each with a header of its own
 * (`Content-Length: N`), one per turn of the event loop, and skips what is not a message: a header
 * without a numeric Content-Length, or too long to be one, up to the next `Content-Length:`. `wait`:
 * before each message is passed on, a promise to wait for (the input is not read meanwhile), or
 * undefined to go on at once.
 */
class MessageFraming extends Transform {
  /** Bytes of the current body still to pass. */
  private bodyLeft = 0;
  /** The start of a header, waiting for the rest of it. */
  private pending: Buffer = Buffer.alloc(0);
  /** Looking for the next `Content-Length:` after bytes that were not a message. */
  private skipping = false;

  constructor(private readonly report: (problem: string) => void, private readonly wait: () => Promise<void> | undefined = () => undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    // The next chunk is not read before this one is passed on.
    this.frame(chunk).then(() => callback(), callback);
  }

  private async frame(chunk: Buffer): Promise<void> {
    const data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    let at = 0;
    while (at < data.length) {
      if (this.bodyLeft > 0) {
        const end = Math.min(data.length, at + this.bodyLeft);
        this.push(data.subarray(at, end));
        this.bodyLeft -= end - at;
        at = end;
        continue;
      }
      if (this.skipping) {
        const next = indexOfHeader(data, at);
        if (next < 0) {
          // A `Content-Length:` may begin at the end of this chunk and go on in the next.
          this.pending = data.subarray(Math.max(at, data.length - CONTENT_LENGTH.length + 1));
          return;
        }
        at = next;
        this.skipping = false;
      }
      const end = data.indexOf(HEADER_END, at);
      if (end < 0 && data.length - at <= MAX_HEADER_BYTES) {
        this.pending = data.subarray(at);
        return;
      }
      const complete = end >= 0 && end - at <= MAX_HEADER_BYTES;
      const header = data.toString('latin1', at, complete ? end : at + MAX_HEADER_BYTES);
      const length = complete ? contentLength(header) : undefined;
      if (length === undefined) {
        this.report(`skipped input that is not a JSON-RPC message (a header needs a numeric Content-Length): ${JSON.stringify(header.slice(0, 120))}`);
        // The next header may be inside this one (what is left of a message whose length was wrong).
        this.skipping = true;
        at += 1;
        continue;
      }
      await this.turn();
      this.push(Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'));
      this.bodyLeft = length;
      at = end + HEADER_END.length;
    }
  }

  /** Waits for the next turn of the event loop, and for the client to read the output when it lags. */
  private async turn(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    await this.wait();
  }
}

/** The Content-Length of a header (its lines without the blank one), or undefined when it has none. */
function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) return undefined;
    if (line.slice(0, colon).trim().toLowerCase() !== CONTENT_LENGTH.slice(0, -1)) continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,15}$/.test(value)) return undefined;
    length = Number(value);
  }
  return length;
}

/** Where the next `Content-Length:` (any case) starts, from `from` on; -1 when there is none. */
function indexOfHeader(data: Buffer, from: number): number {
  const found = data.toString('latin1', from).toLowerCase().indexOf(CONTENT_LENGTH);
  return found < 0 ? -1 : from + found;
}

/** Undefined when the client keeps up with the output; else a promise resolved when it has caught up. */
function backlogCleared(output: NodeJS.WriteStream): Promise<void> | undefined {
  if (output.destroyed || output.writableLength <= OUTPUT_BACKLOG_BYTES) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      resolve();
    };
    output.on('drain', done);
    output.on('close', done);
  });
}

/**
 * The library's output: it waits for each write to finish before the next, so that unread replies
 * would wait in its queue, out of sight. Here a write finishes as soon as it is handed to stdout, where
 * unread bytes show in `writableLength`.
 */
class PassOn extends Writable {
  constructor(private readonly output: NodeJS.WriteStream) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.output.write(chunk);
    callback();
  }
}

/**
 * Output of `console` (a dependency's, say) on stdout would corrupt the protocol: it goes to the
 * client's log instead, as the library arranges with `--stdio`.
 */
function routeConsole(remote: RemoteConsole): void {
  const to = (send: (message: string) => void) => (...args: unknown[]) => send(format(...args));
  console.log = to((message) => remote.log(message));
  console.info = to((message) => remote.info(message));
  console.debug = to((message) => remote.log(message));
  console.warn = to((message) => remote.warn(message));
  console.error = to((message) => remote.error(message));
  console.trace = to((message) => remote.log(`${message}\n${new Error().stack ?? ''}`));
  console.dir = (value: unknown) => remote.log(format('%O', value));
}
