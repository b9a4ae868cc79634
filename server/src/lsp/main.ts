// Entry of the language server, bundled to dist/server.js. The VS Code client starts it with `--stdio`;
// `--node-ipc`, `--socket=` and `--pipe=` work too (vscode-languageserver reads them). Started with no
// transport at all, it speaks over stdio, which is what other editors' configurations expect. Over stdio
// the server reads and writes through stdio.ts (bad framing skipped, memory bounded for a client that
// does not read).

import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';
import { createStdioConnection } from './stdio';

const OTHER_TRANSPORTS = /^--(node-ipc|socket|pipe)(=|$)/;

const connection = process.argv.slice(2).some((arg) => OTHER_TRANSPORTS.test(arg)) ? createConnection() : createStdioConnection();

// A last resort: whatever escapes a handler is logged, and the server keeps serving.
process.on('uncaughtException', (error) => connection.console.error(`wsk-lint: uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`wsk-lint: unhandled rejection: ${String(reason)}`));

startServer(connection);
