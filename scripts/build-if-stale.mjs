// Runs the TypeScript build only when a source file is newer than the last build, so `npm start` after
// `npm ci` (which builds in `prepare`) starts at once, and still picks up any edit.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const stamp = 'dist/.tsbuildinfo.build';
// node_modules folders (scripts/contract-check installs its tools there) hold no source of ours.
const newestIn = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    if (entry.name === 'node_modules') return newest;
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestIn(path) : entry.name.endsWith('.ts') ? statSync(path).mtimeMs : 0;
    return Math.max(newest, time);
  }, 0);

const sources = Math.max(...['src', 'migrations', 'scripts'].map(newestIn), statSync('tsconfig.build.json').mtimeMs);
if (!existsSync(stamp) || statSync(stamp).mtimeMs < sources) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
}
