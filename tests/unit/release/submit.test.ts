// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { submitArgs } from '../../../scripts/release/submit.mjs';

const root = resolve(import.meta.dirname, '../../..');

describe('npm run submit', () => {
  it('is a dry run of all three stores unless asked to publish, Edge with the Chrome zip', () => {
    expect(submitArgs({ name: 'lumbar-lens', version: '1.0.0' })).toEqual([
      '--dry-run',
      '--chrome-zip',
      '.output/lumbar-lens-1.0.0-chrome.zip',
      '--firefox-zip',
      '.output/lumbar-lens-1.0.0-firefox.zip',
      '--firefox-sources-zip',
      '.output/lumbar-lens-1.0.0-sources.zip',
      '--edge-zip',
      '.output/lumbar-lens-1.0.0-chrome.zip',
    ]);
    expect(submitArgs({ name: 'lumbar-lens', version: '1.2.0', stores: ['firefox'], publish: true })).toEqual([
      '--firefox-zip',
      '.output/lumbar-lens-1.2.0-firefox.zip',
      '--firefox-sources-zip',
      '.output/lumbar-lens-1.2.0-sources.zip',
    ]);
    expect(() => submitArgs({ name: 'lumbar-lens', version: '1.0.0', stores: ['safari'] })).toThrow(
      /unknown store safari/,
    );
  });

  it('documents, without values, settings that publish-browser-extension knows, the required ones included', () => {
    const example = readFileSync(resolve(root, '.env.submit.example'), 'utf8');
    const settings = example
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('='));
    expect(settings.filter(([, value]) => value !== '')).toEqual([]);
    // Every flag of `publish-extension --help` can be set as its UPPER_SNAKE_CASE environment variable.
    const help = execFileSync(
      'node',
      [resolve(root, 'node_modules/publish-browser-extension/bin/publish-extension.mjs'), '--help'],
      {
        encoding: 'utf8',
      },
    );
    const known = [...help.matchAll(/--((?:chrome|firefox|edge)-[a-z-]+)/g)].map((match) =>
      match[1].toUpperCase().replaceAll('-', '_'),
    );
    const names = settings.map(([name]) => name);
    expect(names.filter((name) => !known.includes(name))).toEqual([]);
    // The settings publish-extension reports missing when a store is submitted without them.
    for (const required of [
      'CHROME_EXTENSION_ID',
      'CHROME_CLIENT_ID',
      'CHROME_CLIENT_SECRET',
      'CHROME_REFRESH_TOKEN',
      'FIREFOX_EXTENSION_ID',
      'FIREFOX_JWT_ISSUER',
      'FIREFOX_JWT_SECRET',
      'EDGE_PRODUCT_ID',
      'EDGE_CLIENT_ID',
      'EDGE_API_KEY',
    ]) {
      expect(names).toContain(required);
    }
  });

  it('keeps the real settings out of git', () => {
    expect(execFileSync('git', ['check-ignore', '.env.submit'], { cwd: root, encoding: 'utf8' }).trim()).toBe(
      '.env.submit',
    );
  });
});
