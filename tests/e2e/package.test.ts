import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeBuild, firefoxBuild, root } from './support/paths';

interface LinterMessage {
  code: string;
  file?: string;
  message: string;
}

function lintFirefoxPackage(): { errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[] } {
  const zip = resolve(root, '.output/lumbar-lens-1.0.0-firefox.zip');
  const bin = resolve(root, 'node_modules/.bin/addons-linter');
  // addons-linter exits non-zero on errors; the JSON report is what we read either way.
  try {
    return JSON.parse(execFileSync(bin, ['--output', 'json', zip], { encoding: 'utf8' }));
  } catch (error) {
    return JSON.parse((error as { stdout: string }).stdout);
  }
}

/** Our own source files (not dependencies) whose text matches. */
function filesMatching(pattern: RegExp): string[] {
  const files = execFileSync(
    'git',
    [
      'ls-files',
      '--cached',
      '--others',
      '--exclude-standard',
      'components',
      'content',
      'entrypoints',
      'lib',
      'platform',
    ],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter(Boolean);
  return files.filter((file) => pattern.test(readFileSync(resolve(root, file), 'utf8')));
}

function manifestOf(dir: string) {
  return JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
}

describe('the store packages', () => {
  it('pass addons-linter with no errors and no warnings from our code', () => {
    const report = lintFirefoxPackage();
    expect(report.errors).toEqual([]);
    // Preact's renderer assigns innerHTML for dangerouslySetInnerHTML, which our code never uses. With two
    // extension pages, Preact sits in the chunk they share, whatever the bundler names it.
    const isPreact = (file?: string) =>
      !!file?.startsWith('chunks/') &&
      readFileSync(resolve(firefoxBuild, file), 'utf8').includes('dangerouslySetInnerHTML');
    const ours = report.warnings.filter(
      (warning) => !(warning.code === 'UNSAFE_VAR_ASSIGNMENT' && isPreact(warning.file)),
    );
    expect(ours).toEqual([]);
    expect(filesMatching(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/)).toEqual([]);
  });

  it('declare the fewest permissions, the icons and the Firefox settings', () => {
    const chrome = manifestOf(chromeBuild);
    const firefox = manifestOf(firefoxBuild);
    expect(chrome.permissions.sort()).toEqual(['search', 'sidePanel', 'storage']);
    expect(firefox.permissions.sort()).toEqual(['search', 'storage']);
    for (const manifest of [chrome, firefox]) {
      expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.name).toBe('__MSG_extName__');
    }
    expect(chrome.side_panel.default_path).toBe('sidepanel.html');
    expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: 'lumbar-lens@lumbarlens.app',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });
});
