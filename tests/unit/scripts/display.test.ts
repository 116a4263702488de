// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { noDisplayProblem } from '../../../scripts/display.mjs';

describe('npm run dev on a machine without a display', () => {
  it('says so on Linux with neither $DISPLAY nor $WAYLAND_DISPLAY, and how to run it under xvfb-run', () => {
    const problem = noDisplayProblem({ platform: 'linux', env: { HOME: '/root', DISPLAY: '' } });
    expect(problem).toMatch(/no display/);
    expect(problem).toContain('sudo apt-get install xvfb');
    expect(problem).toContain('xvfb-run npm run dev');
    expect(noDisplayProblem({ platform: 'freebsd', env: {} })).toMatch(/no display/);
  });

  it('lets it start with an X11 or a Wayland display, and on macOS and Windows', () => {
    expect(noDisplayProblem({ platform: 'linux', env: { DISPLAY: ':99' } })).toBeNull();
    expect(noDisplayProblem({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBeNull();
    expect(noDisplayProblem({ platform: 'darwin', env: {} })).toBeNull();
    expect(noDisplayProblem({ platform: 'win32', env: {} })).toBeNull();
  });
});
