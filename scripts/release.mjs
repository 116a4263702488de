// `npm run release`: makes the store packages from what is committed, checks that they are complete,
// and prints them with their sizes and SHA-256. It refuses, with the reason, at the first check that fails:
//   1. the work tree is clean (nothing changed, staged or untracked);
//   2. CHANGELOG.md has a dated entry for package.json's version;
//   3. `wxt zip` for Chrome, then for Firefox with the sources zip;
//   4. the store listing matches the built packages (store/, as `npm test` checks it);
//   5. addons-linter finds no error and no warning from our code in the Firefox package;
//   6. the sources zip holds only files that git tracks;
//   7. the sources zip, unzipped on its own, installed with `npm ci` and built, gives the Firefox package's files;
//   8. the build left the work tree clean.
// The Chrome zip is also the Edge Add-ons package.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { changelogProblem } from './release/changelog.mjs';
import { compareFiles, describeDifferences } from './release/compare.mjs';
import { lintFindings, lintFirefoxPackage } from './release/lint.mjs';
import { describeFile, formatFiles } from './release/report.mjs';
import { checkStore } from './release/store.mjs';
import { dirtyPaths, untrackedInSources } from './release/tree.mjs';
import { readZip } from './release/zip.mjs';

const root = resolve(import.meta.dirname, '..');
/** @type {unknown} */
const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const { name, version } = /** @type {{ name: string, version: string }} */ (packageJson);
const zipPath = (/** @type {string} */ suffix) => resolve(root, `.output/${name}-${version}-${suffix}.zip`);
const started = Date.now();

/**
 * @param {string} reason
 * @param {string[]} [details]
 * @returns {never}
 */
function refuse(reason, details = []) {
  console.error(`\nRelease refused: ${reason}`);
  for (const detail of details.slice(0, 40)) console.error(`  ${detail}`);
  if (details.length > 40) console.error(`  … and ${details.length - 40} more`);
  process.exit(1);
}

/** @param {string} title */
function step(title) {
  console.log(`- ${title}`);
}

/**
 * Runs a command quietly; on failure, refuses with the end of its output.
 * @param {string} command
 * @param {string[]} args
 * @returns {string} its standard output
 */
function run(command, args, cwd = root) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (caught) {
    const error = /** @type {{ stdout?: string, stderr?: string }} */ (caught);
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-30);
    refuse(`${[command, ...args].join(' ')} failed${cwd === root ? '' : ` in ${cwd}`}`, output);
  }
}

/** @param {string} when */
function checkTreeIsClean(when) {
  const dirty = dirtyPaths(run('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all']));
  if (dirty.length > 0) refuse(`the work tree has changes that are not committed ${when}`, dirty);
}

/**
 * Every file under `folder`, by its path relative to it with forward slashes, with its bytes.
 * @param {string} folder
 */
function readTree(folder) {
  /** @type {Map<string, Uint8Array>} */
  const files = new Map();
  for (const path of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const absolute = join(folder, path);
    if (statSync(absolute).isFile()) files.set(path.split(sep).join('/'), readFileSync(absolute));
  }
  return files;
}

step('the work tree is clean');
checkTreeIsClean('(commit or stash them first)');

step(`CHANGELOG.md has an entry for ${version}`);
const changelog = changelogProblem(readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8'), version);
if (changelog) refuse(changelog);

step('wxt zip: the Chrome package');
run('npx', ['wxt', 'zip']);
step('wxt zip -b firefox: the Firefox package and the sources zip');
run('npx', ['wxt', 'zip', '-b', 'firefox']);

step('the store listing matches the built packages');
const store = checkStore({
  root,
  builds: { Chrome: resolve(root, '.output/chrome-mv3'), Firefox: resolve(root, '.output/firefox-mv2') },
});
if (store.length > 0) refuse('the store listing is not ready', store);

step('addons-linter: no errors, no warnings from our code');
const lint = lintFirefoxPackage(root, zipPath('firefox'));
const findings = lintFindings(lint);
if (findings.length > 0) {
  refuse(
    'addons-linter found problems in the Firefox package',
    findings.map((finding) => `${finding.code}: ${finding.message}${finding.file ? ` (${finding.file})` : ''}`),
  );
}

step('the sources zip holds only files that git tracks');
const sources = readZip(readFileSync(zipPath('sources')));
const tracked = run('git', ['ls-files', '-z']).split('\0').filter(Boolean);
const untracked = untrackedInSources(sources.keys(), tracked);
if (untracked.length > 0) refuse('the sources zip holds files that git does not track', untracked);

step('the sources zip rebuilds the Firefox package (npm ci, wxt build -b firefox, every file compared)');
const rebuild = mkdtempSync(join(tmpdir(), `${name}-sources-`));
for (const [path, bytes] of sources) {
  const target = resolve(rebuild, path);
  if (!target.startsWith(rebuild + sep)) refuse(`the sources zip holds a path outside its folder: ${path}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}
run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], rebuild);
run('npx', ['wxt', 'build', '-b', 'firefox'], rebuild);
const differences = describeDifferences(
  compareFiles(readZip(readFileSync(zipPath('firefox'))), readTree(resolve(rebuild, '.output/firefox-mv2'))),
);
if (differences.length > 0) refuse(`the sources zip, built in ${rebuild}, gives another package`, differences);
rmSync(rebuild, { recursive: true, force: true });

step('the build left the work tree clean');
checkTreeIsClean('after the build: the build changed tracked files');

const files = [
  {
    ...describeFile(relative(root, zipPath('chrome')), readFileSync(zipPath('chrome'))),
    note: 'Chrome Web Store, Edge Add-ons',
  },
  { ...describeFile(relative(root, zipPath('firefox')), readFileSync(zipPath('firefox'))), note: 'addons.mozilla.org' },
  {
    ...describeFile(relative(root, zipPath('sources')), readFileSync(zipPath('sources'))),
    note: 'addons.mozilla.org, for review',
  },
];
console.log(`\nLumbar Lens ${version} is ready for the stores (${Math.round((Date.now() - started) / 1000)} s):\n`);
console.log(formatFiles(files));
console.log('\nNext: npm run submit (a dry run), then npm run submit -- --publish. See store/README.md, "Release".');
