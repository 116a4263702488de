// `npm run submit`: hands the release's zips to `wxt submit` (publish-browser-extension), which reads the
// stores' credentials from .env.submit (see .env.submit.example) or the environment.
//   npm run submit                          a dry run: checks the credentials, uploads nothing
//   npm run submit -- --publish             uploads to each store and submits for review
//   npm run submit -- --stores chrome,edge  only those stores (chrome, firefox, edge)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { STORES, submitArgs } from './release/submit.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { publish: { type: 'boolean', default: false }, stores: { type: 'string', default: STORES.join(',') } },
});
/** @type {unknown} */
const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const { name, version } = /** @type {{ name: string, version: string }} */ (packageJson);
const args = submitArgs({ name, version, stores: values.stores.split(','), publish: values.publish });

const missing = args.filter((arg) => arg.endsWith('.zip') && !existsSync(resolve(root, arg)));
if (missing.length > 0) {
  console.error(`Missing ${[...new Set(missing)].join(', ')}: run npm run release first.`);
  process.exit(1);
}
console.log(`${values.publish ? 'Submitting' : 'Dry run (nothing is uploaded)'}: wxt submit ${args.join(' ')}`);
const result = spawnSync('npx', ['wxt', 'submit', ...args], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
