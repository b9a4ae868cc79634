// VS Code itself: code-server (VS Code 1.100.3 in a browser) with the packaged .vsix installed into a
// fresh extensions folder, driven in headless Chromium through playwright-core the way a user works:
// open the file from the explorer, read the Problems panel, hover a name, Ctrl+. and Enter on the fix.
// Every run starts from fresh folders (VS Code restores unsaved edits from an old user-data-dir, which
// would let a quick-fix check pass on its own). Failures leave screenshots and logs in test/artifacts/editors/.

import { execFileSync, spawn } from 'node:child_process';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Long enough for a slow CI machine; a check waits for a condition, never for a fixed time. */
const STARTUP_MS = 90_000;
const STEP_MS = 30_000;
/** Tall enough for the Problems panel to show every row of the sample driver (each message on two lines). */
const VIEWPORT = { width: 1280, height: 1600 };
/** Below the two files in the explorer: nothing there shows a hover. */
const NEUTRAL_POINT = [150, 400];
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  // Fix all on save, for headers only (C++ to VS Code): fixall.h is fixed on save, driver.c keeps the
  // single quick-fixes the checks above make.
  '[cpp]': { 'editor.codeActionsOnSave': { 'source.fixAll.wskLint': 'explicit' } },
};
/** The flags real-editors.md measured; the host rule keeps the browser off every network but ours. */
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export async function runVsCode(env, check) {
  const session = start(env);
  session.catch(() => undefined);
  let shot = 0;
  // A failed check leaves a screenshot of what VS Code showed, and the logs.
  const vscodeCheck = (name, body) => check(name, async () => {
    const vs = await session;
    try {
      await body(vs);
    } catch (error) {
      await vs.saveArtifacts(`vscode-${++shot}`).catch((saveError) => console.log(`      (no artifacts: ${saveError.message})`));
      throw error;
    } finally {
      // Leave no widget open and the mouse where it hovers nothing, for the next check.
      await vs.page.keyboard.press('Escape').catch(() => undefined);
      await vs.page.mouse.move(...NEUTRAL_POINT).catch(() => undefined);
    }
  });

  try {
    await vscodeCheck('VS Code: the Problems panel lists every finding with its code, message and position', async (vs) => {
      await vs.openFromExplorer('driver.c');
      await vs.page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: STEP_MS });
      await vs.page.keyboard.press('Control+Shift+M');
      const want = problemRows(env.expected);
      assert.deepEqual(await vs.poll(() => vs.problemRows(), (got) => sameRows(got, want)), want);
    });

    await vscodeCheck(`VS Code: hover on ${env.hover.name} shows its documentation`, async (vs) => {
      await vs.openFromExplorer('driver.c');
      await vs.page.locator(`.monaco-editor .view-lines span:text-is("${env.hover.name}")`).first().hover();
      const want = plainParagraphs(env.hover.markdown);
      await vs.until(`the hover shows the documentation of ${env.hover.name}`, () => vs.hoverText(), (got) => want.every((paragraph) => squash(got).includes(paragraph)));
    });

    await vscodeCheck('VS Code: a .h file (C++ in VS Code) gets squiggles and hover documentation', async (vs) => {
      await vs.openFromExplorer('driver.h');
      const mode = vs.page.locator('.statusbar [id="status.editor.mode"]');
      await vs.until('the status bar names the language', () => mode.innerText(), (got) => got.trim() === 'C++');
      const finding = env.expected.find((f) => f.file === 'driver.h');
      await vs.goTo(finding.line, finding.column);
      await vs.page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: STEP_MS });
      // Hover is answered only for documents the extension's selector takes: proof that it runs on .h.
      const name = 'WSK_CACHE_SD';
      await vs.page.locator(`.monaco-editor .view-lines span:text-is("${name}")`).first().hover();
      const want = plainParagraphs(env.docs.nameDoc(name, env.docs.OPERATIONS.find((op) => op.controlCode === name)));
      await vs.until(`the hover on ${name} shows its documentation`, () => vs.hoverText(), (got) => want.every((paragraph) => squash(got).includes(paragraph)));
    });

    await vscodeCheck(`VS Code: Ctrl+. and Enter apply the ${env.fix.rule} quick-fix; the text changes and the finding disappears`, async (vs) => {
      await vs.openFromExplorer(env.fix.file);
      await vs.page.mouse.move(...NEUTRAL_POINT);
      await vs.goTo(env.fix.line + 1, env.fix.character + 1);
      await vs.page.keyboard.press('Control+.');
      const actions = vs.page.locator('.action-widget .monaco-list-row.action');
      await actions.first().waitFor({ timeout: STEP_MS });
      const titles = await actions.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));
      const index = titles.indexOf(env.fix.title);
      assert.ok(index >= 0, `no "${env.fix.title}" among the quick-fixes: ${JSON.stringify(titles)}`);
      // Keys, not a click: an overlay takes clicks on the list. The first action has the focus.
      for (let i = 0; i < index; i++) await vs.page.keyboard.press('ArrowDown');
      await vs.until('the fix has the focus', () => actions.nth(index).getAttribute('class'), (got) => /\bfocused\b/.test(got ?? ''));
      // The README's picture: squiggles, the Problems panel with the codes, and the fix one Enter away.
      if (env.screenshot) {
        fs.mkdirSync(path.dirname(env.screenshot), { recursive: true });
        await vs.page.screenshot({ path: env.screenshot, animations: 'disabled' });
      }
      await vs.page.keyboard.press('Enter');

      const remaining = problemRows(env.expected.filter((f) => !(f.file === env.fix.file && f.rule === env.fix.rule)));
      assert.deepEqual(await vs.poll(() => vs.problemRows(), (got) => sameRows(got, remaining)), remaining, `the ${env.fix.rule} row must leave the Problems panel`);
      // Saved, the file holds exactly the fixed text.
      await vs.page.keyboard.press('Control+S');
      const file = path.join(env.folder, env.fix.file);
      assert.equal(await vs.savedText(file, env.fix.fixed), env.fix.fixed);
    });

    await vscodeCheck(`VS Code: the ${env.macroFix.rule} quick-fix inside the driver's own macro use edits the macro's argument`, async (vs) => {
      const file = path.join(env.folder, env.macroFix.file);
      const before = fs.readFileSync(file, 'utf8');
      assert.ok(before.includes(env.macroFix.before));
      await vs.openFromExplorer(env.macroFix.file);
      await vs.page.mouse.move(...NEUTRAL_POINT);
      await vs.goTo(env.macroFix.line + 1, env.macroFix.character + 1);
      await vs.applyQuickFix(env.macroFix.title);
      const remaining = problemRows(env.expected.filter((f) => !(f.file === env.fix.file && f.rule === env.fix.rule) && !(f.file === env.macroFix.file && f.rule === env.macroFix.rule)));
      assert.deepEqual(await vs.poll(() => vs.problemRows(), (got) => sameRows(got, remaining)), remaining, `the ${env.macroFix.rule} row of ${env.macroFix.file} must leave the Problems panel`);
      await vs.page.keyboard.press('Control+S');
      const want = before.replace(env.macroFix.before, env.macroFix.after);
      assert.equal(await vs.savedText(file, want), want);
    });

    await vscodeCheck('VS Code: a rule\'s documentation link, clicked in the Problems panel twice, leaves one preview beside the code', async (vs) => {
      await vs.openFromExplorer('driver.c');
      // The Problems panel is open since the first check; a finding's code there is a link.
      const links = vs.page.locator('.markers-panel .monaco-list-row a.monaco-link');
      await links.first().waitFor({ timeout: STEP_MS });
      const codes = await links.allInnerTexts();
      // The page of a rule, ours (`WSK007 (wsk-lint)`) or a Markdown preview of it (`Preview WSK007.md`).
      const page = (code) => new RegExp(`${code} \\(wsk-lint\\)|Preview ${code}\\.md`);
      const previews = vs.page.locator('.tabs-container .tab', { hasText: page('WSK\\d{3}') });
      for (const index of [0, 1]) {
        await links.nth(index).click();
        await vs.until(`the documentation of ${codes[index]} is shown`, () => vs.page.locator('.tabs-container .tab.active').allInnerTexts(), (got) => got.some((label) => page(codes[index]).test(label)));
      }
      assert.notEqual(codes[0], codes[1], 'two rules were clicked');
      assert.equal(await previews.count(), 1, 'one preview');
      assert.equal(await vs.page.locator('.editor-group-container').count(), 2, 'the code and the preview: two editor groups');
      // Close the preview: the next checks start with one group.
      await previews.first().click();
      await vs.page.keyboard.press('Control+W');
      await vs.until('one editor group is left', () => vs.page.locator('.editor-group-container').count(), (got) => got === 1);
    });

    await vscodeCheck('VS Code: saving applies every safe fix at once (editor.codeActionsOnSave: source.fixAll.wskLint)', async (vs) => {
      const file = path.join(env.folder, env.fixAll.file);
      await vs.openFromExplorer(env.fixAll.file);
      await vs.page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: STEP_MS });
      // An edit (a last empty line), then Ctrl+S: VS Code asks for source.fixAll.wskLint and applies it before saving.
      await vs.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await vs.page.keyboard.press('Control+End');
      await vs.page.keyboard.press('Enter');
      await vs.page.keyboard.press('Control+S');
      assert.equal(await vs.savedText(file, `${env.fixAll.fixed}\n`), `${env.fixAll.fixed}\n`);
      const remaining = problemRows(env.expected.filter((f) => f.file !== env.fixAll.file && !(f.file === env.fix.file && f.rule === env.fix.rule) && !(f.file === env.macroFix.file && f.rule === env.macroFix.rule)));
      assert.deepEqual(await vs.poll(() => vs.problemRows(), (got) => sameRows(got, remaining)), remaining, `${env.fixAll.file} must leave the Problems panel`);
    });
  } finally {
    const vs = await session.catch(() => undefined);
    await vs?.close();
  }
}

/** Installs the .vsix, starts code-server and opens the folder in Chromium. */
async function start(env) {
  const base = path.join(env.tmp, 'vscode');
  const dirs = Object.fromEntries(['home', 'user-data', 'extensions', 'chromium'].map((name) => [name, path.join(base, name)]));
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  // code-server writes its config under HOME: a fresh one, so no user's config takes part.
  const processEnv = { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: path.join(dirs.home, '.config'), XDG_DATA_HOME: path.join(dirs.home, '.local', 'share') };
  const folders = ['--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions];

  const installed = execFileSync(env.tools.codeServer, [...folders, '--install-extension', env.vsix], { env: processEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: STARTUP_MS });
  if (!/successfully installed/.test(installed)) throw new Error(`the .vsix did not install:\n${installed}`);

  const server = startCodeServer(env.tools.codeServer, [
    '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', ...folders, env.folder,
  ], processEnv);
  env.cleanUp.push(() => server.stop());
  const url = await server.url;

  const { chromium } = await import(pathToFileURL(env.tools.playwrightCore).href);
  const context = await chromium.launchPersistentContext(dirs.chromium, {
    executablePath: env.tools.chromium, headless: true, viewport: VIEWPORT, args: CHROMIUM_ARGS,
    // run.mjs stops everything on a signal, in order; Playwright's own handlers would exit first.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  env.cleanUp.push(() => context.close());
  context.setDefaultTimeout(STEP_MS);
  const page = context.pages()[0] ?? await context.newPage();
  const browserErrors = [];
  page.on('pageerror', (error) => browserErrors.push(error.message));
  const vs = new VsCode(page, env, dirs, server, context, browserErrors);
  try {
    await page.goto(`${url}?folder=${encodeURIComponent(env.folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: STARTUP_MS });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: STARTUP_MS });
  } catch (error) {
    await vs.saveArtifacts('vscode-startup').catch(() => undefined);
    throw error;
  }
  return vs;
}

class VsCode {
  constructor(page, env, dirs, server, context, browserErrors) {
    Object.assign(this, { page, env, dirs, server, context, browserErrors });
  }

  /**
   * Opens a file with a click in the explorer (again when it was open: a single click opens a preview,
   * which the next one replaces) and waits until its editor is the active one.
   */
  async openFromExplorer(name) {
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: STEP_MS });
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: STEP_MS });
  }

  /** Ctrl+G to a 1-based line and column; waits until the status bar shows the cursor there. */
  async goTo(line, column) {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: STEP_MS });
    // Ctrl+G opens Quick Open in its go-to-line mode, whose prefix is ':'.
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    const cursor = this.page.locator('.statusbar [id="status.editor.selection"]');
    await this.until(`the cursor is at ${line}:${column}`, () => cursor.innerText(), (got) => got.trim() === `Ln ${line}, Col ${column}`);
  }

  /** Ctrl+. where the cursor is, then the quick-fix of that title with the arrow keys and Enter. */
  async applyQuickFix(title) {
    await this.page.keyboard.press('Control+.');
    const actions = this.page.locator('.action-widget .monaco-list-row.action');
    await actions.first().waitFor({ timeout: STEP_MS });
    const titles = await actions.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));
    const index = titles.indexOf(title);
    assert.ok(index >= 0, `no "${title}" among the quick-fixes: ${JSON.stringify(titles)}`);
    // Keys, not a click: an overlay takes clicks on the list. The first action has the focus.
    for (let i = 0; i < index; i++) await this.page.keyboard.press('ArrowDown');
    await this.until('the fix has the focus', () => actions.nth(index).getAttribute('class'), (got) => /\bfocused\b/.test(got ?? ''));
    await this.page.keyboard.press('Enter');
  }

  /** The Problems panel's rows, file rows included, as text. */
  problemRows() {
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((row) => row.innerText.split('\n').map((part) => part.trim()).filter(Boolean).join(' | ')));
  }

  /** The text of the hover widgets on screen. */
  hoverText() {
    return this.page.locator('.monaco-hover').evaluateAll((hovers) => hovers.filter((hover) => hover.offsetParent !== null).map((hover) => hover.innerText).join('\n'));
  }

  /** Polls `read` until `done(value)` or STEP_MS have passed; returns the last value (for an assertion). */
  async poll(read, done) {
    const deadline = Date.now() + STEP_MS;
    for (;;) {
      const value = await Promise.resolve().then(read).catch((error) => `(${error.message})`);
      if (done(value) || Date.now() > deadline) return value;
      await sleep(100);
    }
  }

  /**
   * The file's text once it reads `want`, or the last text read. Code-server truncates a file before it
   * writes it, so a read between the two sees '' — waiting for "changed" alone caught that moment once.
   */
  savedText(file, want) {
    return this.poll(() => fs.readFileSync(file, 'utf8'), (got) => got === want);
  }

  /** Polls `read` until `done(value)`; fails with the last value seen. */
  async until(what, read, done) {
    const value = await this.poll(read, done);
    if (!done(value)) throw new Error(`timed out after ${STEP_MS / 1000} s waiting until ${what}; last seen: ${JSON.stringify(value, null, 2)}`);
    return value;
  }

  /** A screenshot, the code-server output, the extension's logs and the browser's errors. */
  async saveArtifacts(prefix) {
    fs.mkdirSync(this.env.artifacts, { recursive: true });
    await this.page.screenshot({ path: path.join(this.env.artifacts, `${prefix}.png`) });
    fs.writeFileSync(path.join(this.env.artifacts, 'code-server.log'), this.server.output());
    fs.writeFileSync(path.join(this.env.artifacts, 'browser-errors.log'), this.browserErrors.join('\n'));
    const logs = path.join(this.dirs['user-data'], 'logs');
    if (fs.existsSync(logs)) fs.cpSync(logs, path.join(this.env.artifacts, 'vscode-logs'), { recursive: true });
  }

  async close() {
    await this.context.close().catch(() => undefined);
    await this.server.stop();
  }
}

/**
 * Starts code-server in a process group of its own (it starts the VS Code server, the extension host and
 * our language server): stopping the group ends all of them and nothing else. `url` resolves when the
 * server listens and answers /healthz.
 */
function startCodeServer(command, args, env) {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${STARTUP_MS / 1000} s:\n${output}`)), STARTUP_MS);
    let listening = false;
    const onData = (chunk) => {
      output += chunk;
      const match = listening ? null : /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        listening = true;
        clearTimeout(timer);
        resolve(healthy(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => reject(error));
    void exited.then((code) => reject(new Error(`code-server exited (${code}) before it listened:\n${output}`)));
  });
  let stopping;
  return {
    url,
    output: () => output,
    stop: () => {
      stopping ??= stopGroup(child.pid);
      return stopping;
    },
  };
}

async function healthy(url) {
  const deadline = Date.now() + STARTUP_MS;
  for (;;) {
    const response = await fetch(`${url}healthz`).catch(() => undefined);
    if (response?.ok) return url;
    if (Date.now() > deadline) throw new Error(`${url}healthz did not answer`);
    await sleep(100);
  }
}

/** SIGTERM to the group; SIGKILL to what is left of it after 10 s. */
async function stopGroup(pid) {
  if (!signalGroup(pid, 'SIGTERM')) return;
  const deadline = Date.now() + 10_000;
  // Signal 0 only asks whether some process of the group is still there.
  while (Date.now() < deadline && signalGroup(pid, 0)) await sleep(100);
  signalGroup(pid, 'SIGKILL');
}

/** Whether the signal reached the process group led by `pid` (false: the group is gone). */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The findings as the Problems panel lists them: a row per file with its count, then its findings. */
function problemRows(findings) {
  const files = [...new Set(findings.map((finding) => finding.file))];
  return files.flatMap((file) => {
    const own = findings.filter((finding) => finding.file === file);
    // A row shows a message's first line, then the source, code and position, then the advice below.
    return [`${file} | ${own.length}`, ...own.map((f) => {
      const [first, ...advice] = f.message.split('\n');
      return [first, 'wsk-lint', f.rule, `[Ln ${f.line}, Col ${f.column}]`, ...advice].join(' | ');
    })];
  });
}

function sameRows(got, want) {
  return JSON.stringify(got) === JSON.stringify(want);
}

/**
 * The paragraphs of a Markdown text as they read once rendered (emphasis and code marks gone), leaving
 * out code blocks and lists, whose layout the renderer changes.
 */
function plainParagraphs(markdown) {
  return markdown.split(/\n\n+/).filter((paragraph) => !/^(```|- |---)/.test(paragraph)).map((paragraph) => squash(paragraph.replace(/\*\*|`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')));
}

function squash(text) {
  return String(text).replace(/\s+/g, ' ').trim();
}

