// The version printed by --version and written into SARIF: package.json's, read at run time from the
// package the bundle ships in (dist/cli.js sits one folder below it; the sources three).

import * as fs from 'node:fs';
import * as path from 'node:path';

export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'wsk-lint' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // no package.json here (or not ours): keep looking upward
    }
    if (path.dirname(dir) === dir) throw new Error(`cannot find the package.json of wsk-lint above ${__dirname}`);
  }
}
