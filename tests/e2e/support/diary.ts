import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { reloadInFirefox, waitFor } from './browsers';
import type { TestPage } from './harness';

/**
 * The diary's steps in either browser, over the little of Playwright and Puppeteer they
 * share: keys, text and evaluating a function in the panel page.
 */
export interface PanelDriver {
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  evaluate<Result, Arg>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result>;
  reload(): Promise<void>;
}

// Both libraries type evaluate's argument and result through handles; these functions take and return plain values.

/** The harness's page, in either browser: it has no typing of its own, so text is typed a key at a time. */
export function harnessDriver(page: TestPage): PanelDriver {
  return {
    press: (key) => page.press(key),
    async type(text) {
      for (const key of text) await page.press(key);
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    reload: () => page.reload(),
  };
}

export function chromiumDriver(page: PlaywrightPage): PanelDriver {
  return {
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    evaluate: <Result, Arg>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg) =>
      page.evaluate<Result, Arg>(fn as never, arg),
    reload: async () => void (await page.reload()),
  };
}

export function firefoxDriver(page: PuppeteerPage): PanelDriver {
  return {
    press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    type: (text) => page.keyboard.type(text),
    evaluate: <Result, Arg>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg) => page.evaluate(fn as never, arg),
    reload: () => reloadInFirefox(page),
  };
}

export interface KeyboardEpisode {
  pain: number;
  /** Position in the "Where" group: left, right, both sides, middle. */
  side: number;
  /** Position in the "How long" group: minutes, hours, into the next day. */
  duration: number;
  /** Which of less often, shorter, gentler, another position to tick. */
  changes: [boolean, boolean, boolean, boolean];
  note: string;
}

/** Moves through a radio group the keyboard way: arrows select, Space selects the first. */
async function pickRadio(driver: PanelDriver, index: number): Promise<void> {
  if (index === 0) await driver.press(' ');
  for (let step = 0; step < index; step++) await driver.press('ArrowRight');
}

/** Logs an episode with keys alone, from the pain scale (the time field keeps "now") to Enter. */
export async function logEpisodeByKeyboard(driver: PanelDriver, episode: KeyboardEpisode): Promise<void> {
  await driver.evaluate(() => document.querySelector<HTMLElement>('input[name="new-episode-pain"]')!.focus(), null);
  await pickRadio(driver, episode.pain);
  await driver.press('Tab');
  await pickRadio(driver, episode.side);
  await driver.press('Tab');
  await pickRadio(driver, episode.duration);
  for (const ticked of episode.changes) {
    await driver.press('Tab');
    if (ticked) await driver.press(' ');
  }
  await driver.press('Tab');
  await driver.type(episode.note);
  await driver.press('Enter');
  await until(driver, () => document.querySelector('#diary [role="status"]')?.textContent === 'Episode logged.');
}

/** Chooses one of the panel's views by clicking its tab, and waits until it is shown. */
export async function showView(driver: PanelDriver, view: 'page' | 'checklist' | 'diary' | 'summary'): Promise<void> {
  await waitFor(() =>
    driver.evaluate((id) => {
      document.getElementById(`tab-${id}`)?.click();
      return document.getElementById(`view-${id}`)?.hidden === false;
    }, view),
  );
}

export async function until(driver: PanelDriver, check: () => boolean): Promise<void> {
  await waitFor(() => driver.evaluate(check, null));
}

/** The episodes listed, newest first, as their text. */
export function listedEpisodes(driver: PanelDriver): Promise<string[]> {
  return driver.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('#diary .episode')].map((item) => item.innerText.replace(/\s+/g, ' ')),
    null,
  );
}

/** Deletes the episode with this note from the keyboard, then undoes it; returns what had focus after each. */
export async function deleteAndUndo(
  driver: PanelDriver,
  note: string,
): Promise<{ afterDelete: string; afterUndo: string }> {
  await driver.evaluate(
    (text) =>
      [...document.querySelectorAll<HTMLElement>('#diary .episode')]
        .find((item) => item.textContent.includes(text))!
        .querySelector<HTMLElement>('[data-action="delete"]')!
        .focus(),
    note,
  );
  await driver.press('Enter');
  await until(driver, () => document.activeElement?.textContent === 'Undo');
  const afterDelete = await driver.evaluate(
    (text) =>
      [...document.querySelectorAll('#diary .episode')].some((item) => item.textContent.includes(text))
        ? 'still listed'
        : document.activeElement!.textContent,
    note,
  );
  await driver.press('Enter');
  await waitFor(() =>
    driver.evaluate(
      (text) =>
        !!document.activeElement?.closest('.episode')?.textContent?.includes(text) &&
        document.querySelector('#diary [role="status"]')?.textContent === 'Episode restored.',
      note,
    ),
  );
  const afterUndo = await driver.evaluate(() => document.activeElement!.textContent, null);
  return { afterDelete, afterUndo };
}

/**
 * Presses an export button and returns the file the browser was given. The download itself
 * is stopped: where it lands is the browser's business, not the test's.
 */
export async function exportFile(driver: PanelDriver, button: string): Promise<{ name: string; text: string }> {
  return driver.evaluate(async (label) => {
    const file = new Promise<{ name: string; text: string }>((resolve) => {
      const catchDownload = (event: MouseEvent) => {
        const link = event.target as HTMLAnchorElement;
        if (link.tagName !== 'A' || !link.download) return;
        event.preventDefault();
        document.removeEventListener('click', catchDownload, true);
        void fetch(link.href)
          .then((response) => response.text())
          .then((text) => resolve({ name: link.download, text }));
      };
      document.addEventListener('click', catchDownload, true);
    });
    [...document.querySelectorAll('button')].find((each) => each.textContent === label)!.click();
    return file;
  }, button);
}

/** Gives the import field a file, as choosing it in the file picker does. */
export async function importFile(driver: PanelDriver, name: string, text: string): Promise<string> {
  const statusNow = () =>
    driver.evaluate(() => document.querySelector('.diary-files [role="status"]')?.textContent ?? '', null);
  const before = await statusNow();
  await driver.evaluate(
    ({ name: fileName, text: content }) => {
      const input = document.getElementById('diary-import') as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, text },
  );
  let status = before;
  await waitFor(async () => (status = await statusNow()) !== before);
  return status;
}

/** "Delete all diary entries", confirmed. */
export async function deleteAll(driver: PanelDriver): Promise<void> {
  const press = (label: string) =>
    driver.evaluate(
      (text) => [...document.querySelectorAll('button')].find((each) => each.textContent === text)!.click(),
      label,
    );
  await press('Delete all diary entries');
  await press('Delete them all');
  await until(
    driver,
    () =>
      document.querySelectorAll('#diary .episode').length === 0 &&
      document.querySelector('.diary-files [role="status"]')?.textContent === 'All diary entries deleted.',
  );
}
