import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../components/panel/App';
import { Diary } from '../../../../components/diary/Diary';
import { useDiary } from '../../../../components/diary/useDiary';
import { episodeKey, type Episode } from '../../../../lib/diary/episode';
import { tickKey } from '../../../../lib/settings/ticks';
import { showView } from '../panel/views';

function DiaryOnly() {
  return <Diary diary={useDiary()} onSeekCare={() => undefined} />;
}

function episode(day: number, pain: number, changes: Episode['changes'] = [], note = ''): Episode {
  const at = new Date(Date.UTC(2025, 4, day, 21)).toISOString();
  return { version: 1, id: `day-${day}`, at, pain, side: 'left', duration: 'hours', changes, note };
}

async function store(...episodes: Episode[]) {
  await fakeBrowser.storage.local.set(Object.fromEntries(episodes.map((each) => [episodeKey(each.id), each])));
}

async function storedDiary(): Promise<Episode[]> {
  const stored = await fakeBrowser.storage.local.get(null);
  return Object.entries(stored)
    .filter(([key]) => key.startsWith('diary:'))
    .map(([, value]) => value as Episode);
}

const group = (name: RegExp | string) => screen.getAllByRole('group', { name })[0];

function choose(pain: number, side: string, duration: string, changes: string[], note = '') {
  fireEvent.click(within(group(/^Pain, from 0/)).getByRole('radio', { name: String(pain) }));
  fireEvent.click(within(group('Where')).getByRole('radio', { name: side }));
  fireEvent.click(within(group('How long it lasted')).getByRole('radio', { name: duration }));
  for (const change of changes) {
    fireEvent.click(within(group('What was different this time?')).getByRole('checkbox', { name: change }));
  }
  if (note) fireEvent.input(screen.getAllByLabelText('Note (optional)')[0], { target: { value: note } });
}

describe('the pain diary', () => {
  it('logs an episode from the form, announces it and keeps it in local storage only', async () => {
    render(<DiaryOnly />);
    choose(6, 'Both sides', 'Hours', ['Gentler (less intense)', 'Another position'], 'after a long day');
    fireEvent.click(screen.getByRole('button', { name: 'Log episode' }));
    await screen.findByText('Episode logged.');
    const [saved] = await storedDiary();
    expect(saved).toMatchObject({
      version: 1,
      pain: 6,
      side: 'both',
      duration: 'hours',
      changes: ['gentler', 'position'],
      note: 'after a long day',
    });
    expect(Date.now() - Date.parse(saved.at)).toBeLessThan(120_000);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    const item = document.getElementById(`episode-${saved.id}`)!;
    expect(item.textContent).toContain('Pain 6/10');
    expect(item.textContent).toContain('Different: Gentler (less intense), Another position');
    // The form is ready for the next one.
    expect(within(group(/^Pain, from 0/)).queryByRole('radio', { checked: true })).toBeNull();
  });

  it('lists episodes newest first, and opens with the readable ones when one is corrupt', async () => {
    await store(episode(1, 5), episode(3, 7), episode(2, 6));
    await fakeBrowser.storage.local.set({ [episodeKey('broken')]: '{"version":1,"pa' });
    const { container } = render(<DiaryOnly />);
    await screen.findByText('3 episodes, newest first.');
    expect([...container.querySelectorAll('.episode')].map((item) => item.id)).toEqual([
      'episode-day-3',
      'episode-day-2',
      'episode-day-1',
    ]);
    expect(screen.getByText(/1 stored diary entry could not be read/)).toBeTruthy();
  });

  it('deletes an episode, moves focus to Undo, and undoes the deletion', async () => {
    await store(episode(1, 5), episode(2, 6));
    render(<DiaryOnly />);
    await screen.findByText('2 episodes, newest first.');
    const item = document.getElementById('episode-day-2')!;
    fireEvent.click(within(item).getByRole('button', { name: /^Delete the episode of/ }));
    await screen.findByText('Episode deleted.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await waitFor(async () => expect((await storedDiary()).map((each) => each.id)).toEqual(['day-1']));

    fireEvent.click(undo);
    await screen.findByText('Episode restored.');
    await waitFor(async () => expect((await storedDiary()).map((each) => each.id).sort()).toEqual(['day-1', 'day-2']));
    await waitFor(() => expect(document.activeElement?.closest('li')?.id).toBe('episode-day-2'));
  });

  it('edits an episode in place', async () => {
    await store(episode(1, 5));
    render(<DiaryOnly />);
    fireEvent.click(await screen.findByRole('button', { name: /^Edit the episode of/ }));
    const form = document.querySelector<HTMLElement>('#episode-day-1 form')!;
    fireEvent.click(within(form).getByRole('radio', { name: '3' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Shorter' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await storedDiary())[0]).toMatchObject({
        id: 'day-1',
        at: episode(1, 5).at,
        pain: 3,
        changes: ['shorter'],
      }),
    );
    expect(document.querySelector('#episode-day-1')!.textContent).toContain('Pain 3/10');
  });

  it('deletes every diary value after a confirmation, and nothing else', async () => {
    await store(episode(1, 5), episode(2, 6));
    await fakeBrowser.storage.local.set({ [episodeKey('broken')]: 42, [tickKey('high-heels')]: true });
    render(<DiaryOnly />);
    await screen.findByText('2 episodes, newest first.');
    fireEvent.click(screen.getByRole('button', { name: 'Delete all diary entries' }));
    const keep = screen.getByRole('button', { name: 'Keep my diary' });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    expect(screen.getByText(/Delete every episode in this browser \(2 in all\)\?/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete them all' }));
    await screen.findByText('All diary entries deleted.');
    await waitFor(async () =>
      expect(await fakeBrowser.storage.local.get(null)).toEqual({ [tickKey('high-heels')]: true }),
    );
    expect(screen.getByText('No episodes logged yet.')).toBeTruthy();
  });

  it('imports a JSON export, skips duplicates, and refuses a bad file naming the problem', async () => {
    await store(episode(1, 5));
    render(<DiaryOnly />);
    await screen.findByText('1 episode, newest first.');
    const input = screen.getByLabelText<HTMLInputElement>('Import a JSON export');
    const pick = (text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], 'diary.json')], configurable: true });
      fireEvent.change(input);
    };
    const exported = (episodes: unknown[]) =>
      JSON.stringify({ format: 'lumbar-lens-diary', version: 1, exportedAt: '2025-06-01T00:00:00.000Z', episodes });

    pick(exported([episode(2, 6), { ...episode(3, 7), side: 'up' }]));
    await screen.findByText('Nothing was imported: episode 2 in the file is damaged: “Where” is not valid.');
    expect(await storedDiary()).toHaveLength(1);

    pick('{"some": "other file"}');
    await screen.findByText('Nothing was imported: the file is not a Lumbar Lens diary export.');

    pick(exported([episode(1, 5), episode(2, 6), episode(3, 7)]));
    await screen.findByText('Episodes imported: 2. Already in your diary, so skipped: 1.');
    expect((await storedDiary()).map((each) => each.id).sort()).toEqual(['day-1', 'day-2', 'day-3']);
  });

  it('exports CSV for spreadsheets and JSON for importing later', async () => {
    await store(episode(1, 5, ['gentler'], '=cmd|calc'));
    const saved: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (saved.push(blob), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    render(<DiaryOnly />);
    await screen.findByText('1 episode, newest first.');
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV (spreadsheet)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON (to import later)' }));
    const [csv, json] = await Promise.all(saved.map((blob) => blob.text()));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('When,Pain (0–10),Where,How long,What was different,Note');
    expect(csv).toContain(",5,Left,Hours,Gentler (less intense),'=cmd|calc");
    expect(JSON.parse(json)).toMatchObject({
      format: 'lumbar-lens-diary',
      version: 1,
      episodes: [episode(1, 5, ['gentler'], '=cmd|calc')],
    });
    expect(screen.getByText(/^Your browser is saving lumbar-lens-diary-\d{4}-\d{2}-\d{2}\.json\.$/)).toBeTruthy();
  });
});

describe('the article’s rule in the panel', () => {
  it('says what the article says, and what it is based on, when pain still comes after a change', async () => {
    await store(episode(1, 5), episode(2, 5), episode(3, 6, ['gentler']), episode(4, 8, ['gentler', 'position']));
    render(<DiaryOnly />);
    const rule = await screen.findByRole('region', { name: 'Your entries and the article’s advice' });
    await within(rule).findByText(/your entries show pain that still comes/);
    expect(rule.textContent).toContain(
      'Since you first logged a change, on May 3, 2025, your entries show pain that still comes.',
    );
    expect(rule.textContent).toContain('It is stronger: 7 out of 10 on average since then, against 5 before.');
    expect(rule.textContent).toContain('So, as the article advises: have it checked as soon as possible.');
    expect(rule.textContent).toContain(
      'The article says: if back pain after sex still comes after changing how often, how long or how intensely you have sex, or the position — or if it lasts longer or gets worse — have it checked by a doctor as soon as possible.',
    );
    expect(rule.textContent).toContain('Based on the article (its first part) and on your own entries only');
    // What the entries show, never what the person has.
    expect(rule.textContent).not.toMatch(/you have (a|an) |diagnosed|injury|strain|herniation/i);
    expect(within(rule).getByRole('link', { name: 'Seek care now' }).getAttribute('href')).toBe('#seek-care');
  });

  it('reports less pain without the advice to have it checked', async () => {
    await store(episode(1, 7), episode(2, 7), episode(3, 4, ['shorter']));
    render(<DiaryOnly />);
    const rule = await screen.findByRole('region', { name: 'Your entries and the article’s advice' });
    await within(rule).findByText(/your entries show less pain: 4 out of 10 on average, against 7 before/);
    expect(rule.textContent).not.toContain('So, as the article advises');
  });

  it('explains what it needs when there are too few entries', async () => {
    await store(episode(1, 7, ['shorter']));
    render(<DiaryOnly />);
    const rule = await screen.findByRole('region', { name: 'Your entries and the article’s advice' });
    expect(rule.textContent).toContain('Once you have logged an episode before a change and one with it');
  });
});

describe('the summary for a doctor, copied', () => {
  it('includes the diary in plain text after the ticked causes', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await store(episode(1, 5), episode(2, 6, ['position'], 'felt it next morning'));
    await fakeBrowser.storage.local.set({ [tickKey('sex-position')]: true });
    render(<App />);
    showView('Diary');
    await screen.findByText('2 episodes, newest first.');
    showView('Summary');
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary for my doctor' }));
    await screen.findByText(/Summary copied/);
    const text = writeText.mock.calls[0][0];
    expect(text).toMatch(/^Causes of my low back pain/);
    expect(text).toContain('My pain diary, newest first:');
    expect(text).toMatch(
      /- May 2, 2025, \d+:\d\d [AP]M: pain 6\/10; where: Left; how long: Hours; different this time: Another position\. Note: felt it next morning/,
    );
  });

  it('opens the printable summary in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<App />);
    showView('Summary');
    fireEvent.click(screen.getByRole('button', { name: 'Open a printable summary' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/summary\.html$/) as unknown }),
    );
  });
});
