import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFindings, lintFirefoxPackage } from '../../scripts/release/lint.mjs';
import { chromeBuild, firefoxBuild, root, type PackageJson } from './support/paths';

/** The parts of a built manifest these tests read. */
interface BuiltManifest {
  name: string;
  permissions: string[];
  icons: Record<string, string>;
  web_accessible_resources?: unknown;
  host_permissions?: string[];
  content_scripts: { matches: string[]; js: string[] }[];
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string };
  browser_specific_settings?: { gecko?: unknown };
}

function manifestOf(dir: string) {
  return JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
}

describe('the store packages', () => {
  it('pass addons-linter with no errors and no warnings from our code', () => {
    const { name, version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as PackageJson;
    // The same rule as `npm run release`: every error, and warnings other than the renderer's innerHTML,
    // which only dangerouslySetInnerHTML reaches and our code never uses (tests/unit/structure.test.ts checks).
    expect(lintFindings(lintFirefoxPackage(root, resolve(root, `.output/${name}-${version}-firefox.zip`)))).toEqual([]);
  });

  it('declare the fewest permissions, the icons and the Firefox settings', () => {
    const chrome = manifestOf(chromeBuild);
    const firefox = manifestOf(firefoxBuild);
    // scripting, and host access to exactly the pages the content script runs on, inject the engine
    // where the gate asks: the same site access the content script's matches already declare.
    const matches = chrome.content_scripts[0].matches;
    expect(matches).toEqual(['http://*/*', 'https://*/*']);
    expect(chrome.permissions.sort()).toEqual(['scripting', 'search', 'sidePanel', 'storage']);
    expect(chrome.host_permissions).toEqual(matches);
    expect(firefox.permissions.sort()).toEqual([...matches, 'scripting', 'search', 'storage'].sort());
    for (const manifest of [chrome, firefox]) {
      expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(manifest.name).toBe('__MSG_extName__');
    }
    expect(chrome.side_panel?.default_path).toBe('sidepanel.html');
    expect(firefox.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(firefox.browser_specific_settings?.gecko).toEqual({
      id: 'lumbar-lens@lumbarlens.app',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('run scripts in pages that dispatch no event a page could listen for', () => {
    // WXT's content-script wrapper dispatched one on every page's document, named with the extension's id.
    for (const build of [chromeBuild, firefoxBuild]) {
      const pageScripts = [...manifestOf(build).content_scripts[0].js, 'highlight-engine.js', 'highlight-han.js'];
      expect(pageScripts).toContain('highlight-gate.js');
      for (const script of pageScripts)
        expect(readFileSync(resolve(build, script), 'utf8'), script).not.toMatch(/dispatchEvent|CustomEvent/);
    }
  });
});
