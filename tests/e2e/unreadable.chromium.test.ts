// Chromium only: chrome:// pages are pages that WebDriver can open and no extension may read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/browsers';
import { openPanelFor } from './support/session';

describe('the panel on a page it cannot read, in Chromium', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    session = await launchChromium();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('says so plainly', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://version');
    const panel = await openPanelFor(session, page);
    // The checklist is the view that fits, with a line on the page.
    await panel.getByText('This page cannot be read by extensions.').waitFor();
    expect(await panel.getByRole('tab', { selected: true }).textContent()).toBe('Checklist');
    await Promise.all([page.close(), panel.close()]);
  });
});
