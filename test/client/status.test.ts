// The status-bar item of the VS Code client, against a stand-in for the `vscode` module (the client's
// only dependency; the real editor runs it in test/editors/). What a screen reader announces is the
// item's accessibility label: words, never the `$(sync~spin)` icon syntax of its text.

import { beforeEach, expect, test, vi } from 'vitest';

interface FakeItem {
  text?: string;
  tooltip?: string;
  command?: string;
  name?: string;
  accessibilityInformation?: { label: string; role?: string };
  visible?: boolean;
}

const items: FakeItem[] = [];

vi.mock('vscode', () => ({
  StatusBarAlignment: { Left: 1, Right: 2 },
  ThemeColor: class {
    constructor(readonly id: string) {}
  },
  window: {
    createStatusBarItem: () => {
      const item = {
        show: () => { item.visible = true; },
        hide: () => { item.visible = false; },
        dispose: () => undefined,
      } as FakeItem & { show(): void; hide(): void; dispose(): void };
      items.push(item);
      return item;
    },
  },
}));

beforeEach(() => {
  items.length = 0;
});

async function statusItem() {
  const { StatusItem } = await import('../../client/src/status');
  const status = new StatusItem({ showOutput: 'wskLint.showOutput', restart: 'wskLint.restartServer' });
  expect(items).toHaveLength(1);
  return { status, item: items[0] };
}

test('while busy, a screen reader hears what the server is doing, not the spinning icon', async () => {
  const { status, item } = await statusItem();
  status.update({ busy: true, message: 'indexing 120/1754 files', percentage: 36 });
  expect(item.visible).toBe(true);
  expect(item.text).toBe('$(sync~spin) wsk-lint: indexing 120/1754 files');
  expect(item.accessibilityInformation).toEqual({ label: 'wsk-lint: indexing 120/1754 files, 36%' });
  expect(item.command).toBe('wskLint.showOutput');
  status.update({ busy: false });
  expect(item.visible).toBe(false);
});

test('when the server failed, the label says so in words', async () => {
  const { status, item } = await statusItem();
  status.failed("wsk-lint's language server could not be reached; it is stopped.");
  expect(item.text).toBe('$(error) wsk-lint');
  expect(item.accessibilityInformation).toEqual({ label: "wsk-lint failed: wsk-lint's language server could not be reached; it is stopped. Activate to restart it." });
  expect(item.command).toBe('wskLint.restartServer');
});
