// `npm run dev`: serves the demo health page on 127.0.0.1:5599 and starts WXT, which opens
// Chromium with the extension loaded on that page (see web-ext.config.ts). Works offline.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { noDisplayProblem } from './display.mjs';
import { servePages } from './serve-pages.mjs';

const noDisplay = noDisplayProblem({ platform: process.platform, env: process.env });
if (noDisplay) {
  console.error(noDisplay);
  process.exit(1);
}

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}. Install it (sudo apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}

const pages = await servePages({ folders: { '/': 'tests/fixtures/pages' }, port: 5599 });
console.log(`Demo health page: ${pages.origin}/back-pain.html`);
const wxt = spawn('npx', ['wxt', ...process.argv.slice(2)], { stdio: 'inherit' });
wxt.on('exit', (code) => {
  void pages.close().finally(() => process.exit(code ?? 0));
});
