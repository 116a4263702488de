import { execFileSync } from 'node:child_process';
import { root } from './support/paths';

/** The browser tests load the production build, as a user installs it. */
export default function buildExtension(): void {
  for (const args of [['build'], ['build', '-b', 'firefox'], ['zip', '-b', 'firefox']]) {
    execFileSync('npx', ['wxt', ...args], { cwd: root, stdio: 'pipe' });
  }
}
