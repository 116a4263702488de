import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, type PackageJson } from './support/paths';

/**
 * `npm run release` in full, on a git repository made of this work tree as it is (committed or not, less what
 * git ignores), so that a release that would break is found here, not by a person about to publish.
 * The release's own `npm ci` runs offline, from the cache that installed this project.
 */
describe('npm run release, on a copy of this work tree', () => {
  let clone: string;
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_offline: 'true' };
  // Build as a person would, not as a test process: vitest's NODE_ENV would reach vite.
  for (const name of Object.keys(env)) if (name === 'NODE_ENV' || name.startsWith('VITEST')) delete env[name];
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=release test', '-c', 'user.email=test@lumbarlens.app', ...args], {
      cwd: clone,
      encoding: 'utf8',
      env,
    });
  const release = () => spawnSync('node', ['scripts/release.mjs'], { cwd: clone, encoding: 'utf8', env });

  beforeAll(() => {
    clone = mkdtempSync(join(tmpdir(), 'lumbar-lens-release-'));
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      cwd: root,
      encoding: 'utf8',
    });
    for (const file of files.split('\0').filter(Boolean)) {
      if (!existsSync(resolve(root, file))) continue; // deleted, not yet committed
      mkdirSync(dirname(resolve(clone, file)), { recursive: true });
      copyFileSync(resolve(root, file), resolve(clone, file));
    }
    git('init', '--quiet');
    git('add', '--all');
    git('commit', '--quiet', '--no-gpg-sign', '--message', 'the work tree under test');
  });

  afterAll(() => {
    if (clone) rmSync(clone, { recursive: true, force: true });
  });

  it('refuses a tree with changes that are not committed', () => {
    writeFileSync(resolve(clone, 'notes.txt'), 'a local note\n');
    const result = release();
    rmSync(resolve(clone, 'notes.txt'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Release refused: the work tree has changes that are not committed');
    expect(result.stderr).toContain('notes.txt');
  });

  it('refuses a version that has no CHANGELOG entry', () => {
    const packageJson = JSON.parse(readFileSync(resolve(clone, 'package.json'), 'utf8')) as PackageJson;
    writeFileSync(resolve(clone, 'package.json'), JSON.stringify({ ...packageJson, version: '9.9.9' }, null, 2) + '\n');
    git('commit', '--quiet', '--no-gpg-sign', '--all', '--message', 'a version without an entry');
    const result = release();
    git('reset', '--quiet', '--hard', 'HEAD~1');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CHANGELOG.md has no entry for 9.9.9');
  });

  it('makes the three zips, checks them, rebuilds Firefox from the sources, and prints sizes and SHA-256', () => {
    // This project's packages, linked rather than installed again: the release installs the sources' own.
    execFileSync('cp', ['-al', resolve(root, 'node_modules'), resolve(clone, 'node_modules')]);
    // Tools rewrite their caches in place: a linked cache file would be this project's too.
    for (const cache of ['.cache', '.vite', '.vite-temp'])
      rmSync(resolve(clone, 'node_modules', cache), { recursive: true, force: true });
    const result = release();
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('- the sources zip rebuilds the Firefox package');
    const { name, version } = JSON.parse(readFileSync(resolve(clone, 'package.json'), 'utf8')) as PackageJson;
    for (const suffix of ['chrome', 'firefox', 'sources']) {
      const file = `.output/${name}-${version}-${suffix}.zip`;
      const bytes = readFileSync(resolve(clone, file));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const line = result.stdout.split('\n').find((candidate) => candidate.startsWith(file));
      expect(line).toMatch(new RegExp(`${bytes.length.toLocaleString('en-US')} bytes  ${sha256}`));
    }
    expect(git('status', '--porcelain')).toBe('');
  }, 300_000);
});
