import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Our own source files, tracked or new (and not deleted), under the given folders. */
function sourceFiles(...folders: string[]): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...folders], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => /\.(ts|tsx|mjs|js)$/.test(file) && !file.endsWith('.d.mts') && existsSync(resolve(root, file)));
}

/** What a file imports: package names as written, our own files as paths from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(resolve(root, file), 'utf8');
  const specifiers = [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(['"]([^'"]+)['"]\)|^import\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((match) => match[1] ?? match[2] ?? match[3]);
  return specifiers.map((specifier) =>
    specifier.startsWith('.') ? relative(root, resolve(root, dirname(file), specifier)) : specifier,
  );
}

const SOURCE_FOLDERS = ['components', 'content', 'entrypoints', 'highlighter', 'lib', 'platform'];

describe('the layers', () => {
  it.each(['lib', 'content'])('%s/ is pure: no browser API, no extension glue, no UI', (folder) => {
    const offending = sourceFiles(folder).flatMap((file) =>
      importsOf(file)
        .filter((target) =>
          /^(wxt|webextension-polyfill|@wxt-dev|preact)|^(platform|components|entrypoints|tests)\//.test(target),
        )
        .map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps components/ out of the entry points, and every source file out of the tests', () => {
    const offending = sourceFiles(...SOURCE_FOLDERS).flatMap((file) =>
      importsOf(file)
        .filter(
          (target) =>
            target.startsWith('tests/') || (file.startsWith('components/') && target.startsWith('entrypoints/')),
        )
        .map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('builds no markup from strings and runs no code from strings', () => {
    const offending = sourceFiles(...SOURCE_FOLDERS).filter((file) =>
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/.test(
        readFileSync(resolve(root, file), 'utf8'),
      ),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the Chinese vocabulary behind one door, so English pages never load it', () => {
    const importers = (target: string) =>
      sourceFiles(...SOURCE_FOLDERS).filter((file) =>
        importsOf(file).some((imported) => imported === target || imported === `${target}.ts`),
      );
    // Its table is a file of its own (entrypoints/highlight-han.ts), injected only where a page holds Han.
    expect(importers('virtual:lexicon-table-han')).toEqual(['entrypoints/highlight-han.ts']);
    expect(importers('content/lexicon/compiledHan')).toEqual(['content/lexicon/compiled.ts']);
    // The gate carries its own table, never the engine's trie or matcher.
    const gateImports = importsOf('highlighter/gate.ts');
    expect(gateImports).toContain('virtual:gate-table');
    expect(gateImports.filter((imported) => /lexicon|pageHighlighter|session/.test(imported))).toEqual([]);
    // The content script reaches the vocabulary's source only through the compiled table.
    expect(
      sourceFiles('entrypoints', 'highlighter').filter((file) => importsOf(file).includes('content/lexicon/chinese')),
    ).toEqual([]);
  });

  it('keeps the entry points to wiring: each feature lives in a folder named for it', () => {
    // WXT's entry files: a script, or a page's index.ts or main.tsx.
    const entryFile = /^entrypoints\/([\w-]+\.ts|[\w.-]+\/(index\.ts|main\.tsx))$/;
    expect(sourceFiles('entrypoints').filter((file) => !entryFile.test(file))).toEqual([]);
  });

  it('gives every feature folder tests of its own', () => {
    const testImports = new Set(sourceFiles('tests').flatMap(importsOf));
    const folderOf = (file: string) => dirname(file);
    const featureFolders = [...new Set(sourceFiles('components', 'lib', 'highlighter').map(folderOf))].filter(
      (folder) => folder.includes('/') || folder === 'highlighter',
    );
    const untested = featureFolders.filter(
      (folder) => ![...testImports].some((target) => target.startsWith(`${folder}/`) && folderOf(target) === folder),
    );
    expect(featureFolders.length).toBeGreaterThan(10);
    expect(untested).toEqual([]);
  });

  it('sees the imports it checks', () => {
    // Guards the scan itself: if the pattern stopped matching, every rule above would pass.
    expect(importsOf('entrypoints/background.ts')).toEqual([
      'wxt/utils/define-background',
      'platform/commands',
      'platform/engineInjection',
      'platform/panel',
      'platform/termDescriptions',
    ]);
  });
});
