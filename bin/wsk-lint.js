#!/usr/bin/env node
// The `wsk-lint` command (package.json "bin"): the CLI is bundled into dist/cli.js, which runs on load.
require('../dist/cli.js');
