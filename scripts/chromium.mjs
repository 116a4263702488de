// How the tests, the benchmark and the screenshots start Debian's Chromium: one place, so all run the same browser.
import { existsSync } from 'node:fs';

/** Flags for a headless Chromium that reaches nothing outside this machine on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Flags that load an unpacked extension, and only it.
 * @param {string} dir
 */
export function extensionArgs(dir) {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}

/** The browser binary: `CHROME_PATH`, else Debian's; a missing one says how to install it. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No browser at ${path}. Install it with "apt-get install -y chromium" (as root), or set CHROME_PATH to its path.`,
    );
  }
  return path;
}
