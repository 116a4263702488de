// `npm run dev` opens a browser window. On Linux and the BSDs that needs an X11 or Wayland display; a server or
// container has none, and the browser then dies before WXT can reach it, with a DevTools protocol error.

/**
 * Why a browser window cannot open here, with how to run `npm run dev` anyway, or null when it can.
 * macOS and Windows always have a screen; elsewhere the display is named by $DISPLAY or $WAYLAND_DISPLAY.
 * @param {{ platform: string, env: Record<string, string | undefined> }} machine
 */
export function noDisplayProblem({ platform, env }) {
  if (platform === 'darwin' || platform === 'win32') return null;
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return [
    'npm run dev opens a browser window, and this machine has no display (neither $DISPLAY nor $WAYLAND_DISPLAY is set).',
    'Run it on a virtual display instead:',
    '',
    '  sudo apt-get install xvfb',
    '  xvfb-run npm run dev',
    '',
    'or run it from a desktop session. The tests need no display: npm test runs the browsers headless.',
  ].join('\n');
}
