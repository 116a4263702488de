import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SummaryPage } from '../../../../components/summary/SummaryPage';
import { causes } from '../../../../content/causes';
import { redFlags } from '../../../../content/redFlags';
import { SUMMARY_EPISODES } from '../../../../lib/diary/describe';
import { episodeKey, type Episode } from '../../../../lib/diary/episode';
import { tickKey } from '../../../../lib/settings/ticks';

function episode(day: number, pain: number, changes: Episode['changes'] = []): Episode {
  const at = new Date(Date.UTC(2025, 4, day, 21)).toISOString();
  return { version: 1, id: `day-${day}`, at, pain, side: 'right', duration: 'minutes', changes, note: '' };
}

const today = new Date(Date.UTC(2025, 5, 2, 12));

describe('the summary page for a doctor', () => {
  it('shows the date, the ticked causes, the diary, the adjustments tried and the red flags to go through', async () => {
    const episodes = Array.from({ length: SUMMARY_EPISODES + 2 }, (_, index) =>
      episode(index + 1, index % 11, index === 5 ? ['position'] : index > 5 ? ['position', 'gentler'] : []),
    );
    await fakeBrowser.storage.local.set({
      ...Object.fromEntries(episodes.map((each) => [episodeKey(each.id), each])),
      [tickKey('cold-dampness')]: true,
    });
    render(<SummaryPage today={today} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Summary for my doctor' })).toBeTruthy();
    expect(screen.getByText('Prepared on Jun 2, 2025')).toBeTruthy();
    const cold = causes.find((cause) => cause.id === 'cold-dampness')!;
    const ticked = screen.getByRole('region', { name: 'Causes I think may apply to me' });
    await within(ticked).findByText(cold.title);
    expect(ticked.textContent).toContain(`(Traditional Chinese medicine concept): ${cold.summary}`);
    expect(within(ticked).getAllByRole('listitem')).toHaveLength(1);

    const diary = screen.getByRole('region', { name: 'My pain diary' });
    const table = await within(diary).findByRole('table', { name: 'My latest 20 of 22 episodes, newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(SUMMARY_EPISODES + 1);
    expect(within(diary).getByRole('img', { name: /Pain over time/ })).toBeTruthy();

    const tried = screen.getByRole('region', { name: 'Changes from the article I tried' });
    expect(
      within(tried)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Gentler (less intense): first on May 7, 2025; episodes with it: 16',
      'Another position: first on May 6, 2025; episodes with it: 17',
    ]);

    const flags = screen.getByRole('region', { name: 'Warning signs to go through with my doctor' });
    expect(
      within(flags)
        .getAllByRole('checkbox')
        .map((box) => box.closest('li')!.textContent),
    ).toEqual(redFlags.map((flag) => flag.text));
  });

  it('shows nothing the user did not enter or tick', async () => {
    render(<SummaryPage today={today} />);
    await screen.findByText('No episodes logged.');
    expect(screen.getByText('None ticked.')).toBeTruthy();
    expect(screen.getByText('None logged.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('prints with the browser’s own print', () => {
    const print = vi.fn();
    window.print = print;
    render(<SummaryPage today={today} />);
    screen.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(print).toHaveBeenCalled();
  });
});
