import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens Debian's Chromium (or CHROME_PATH) on the local demo page.
export default defineWebExtConfig({
  binaries: {
    chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  },
  chromiumArgs: [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Chromium refuses to start as root with its sandbox on (as on CI and container machines).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
  startUrls: ['http://127.0.0.1:5599/back-pain.html'],
});
