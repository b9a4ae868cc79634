// Entry of the language server, bundled to dist/server.js. The VS Code client starts it with `--stdio`;
// `--node-ipc`, `--socket=` and `--pipe=` work too (vscode-languageserver reads them). Started with no
// transport at all, it speaks over stdio, which is what other editors' configurations expect.

import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

const TRANSPORTS = /^--(stdio|node-ipc|socket|pipe)(=|$)/;
// Passing `--stdio` (rather than the streams) lets the library route console output to the client's
// log instead of corrupting the protocol stream.
if (!process.argv.slice(2).some((arg) => TRANSPORTS.test(arg))) process.argv.push('--stdio');

const connection = createConnection();

// A last resort: whatever escapes a handler is logged, and the server keeps serving.
process.on('uncaughtException', (error) => connection.console.error(`wsk-lint: uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`wsk-lint: unhandled rejection: ${String(reason)}`));

startServer(connection);
