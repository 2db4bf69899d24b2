// Run before `next start`: builds the database and the site when they are missing or older than
// their inputs, so `npm start` works on a fresh clone and after every data edit.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const buildId = path.join(root, '.next', 'BUILD_ID');
const database = path.join(root, 'db', 'boligatlas.sqlite');
const inputs = ['app', 'db', 'data', 'public', 'package.json', 'next.config.ts', 'proxy.ts'];

/** The newest modification time under a path, skipping the database and build outputs. */
function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return target.endsWith('.sqlite') || target.includes('.sqlite.') ? 0 : stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newest(path.join(target, name))));
}

const inputsChanged = Math.max(...inputs.map((input) => newest(path.join(root, input))));
const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;

if (!existsSync(database) || built === 0 || inputsChanged > built) {
  console.log('Building the database and the site (first start, or the data or code changed) …');
  execSync('npm run build', { stdio: 'inherit' });
}
