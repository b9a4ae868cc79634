// The client keeps its own copy of the server's extra protocol (it never imports server code): the
// method names must be the same on both sides, and the documentation link the client asks for must
// make a command URI that VS Code runs with the rule ID as its argument.

import { expect, test } from 'vitest';
import { COMMANDS, RULE_DOCUMENTATION_URI } from '../../client/src/commands';
import * as client from '../../client/src/protocol';
import { docUriMaker } from '../../server/src/lsp/diagnostics';
import * as server from '../../server/src/lsp/protocol';

test('the client and the server name the same requests and notifications', () => {
  const names = (module: Record<string, unknown>) => Object.fromEntries(Object.entries(module).filter(([key]) => /_(REQUEST|NOTIFICATION)$/.test(key)));
  expect(names(client)).toEqual(names(server));
  expect(Object.keys(names(server)).sort()).toEqual(['ANALYZE_WORKSPACE_REQUEST', 'RULES_REQUEST', 'RULE_DOCUMENTATION_REQUEST', 'STATUS_NOTIFICATION']);
});

test("the client's documentation link becomes `command:` with the rule ID as a JSON argument", () => {
  const href = docUriMaker(RULE_DOCUMENTATION_URI)?.('WSK007') ?? '';
  const url = new URL(href);
  expect(url.protocol).toBe('command:');
  expect(url.pathname).toBe(COMMANDS.showRuleDocumentation);
  expect(JSON.parse(decodeURIComponent(url.search.slice(1)))).toEqual(['WSK007']);
});
