import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../components/panel/App';
import { beyondTopics } from '../../../../content/beyond';
import { causes } from '../../../../content/causes';
import { treatmentTopics } from '../../../../content/treatments';
import { recommended } from '../../../../content/related';
import { tickKey } from '../../../../lib/settings/ticks';
import { showView, showWholeChecklist } from './views';

/** The article's causes: the ticks of its two checklist sections. */
function causeCheckboxes(): HTMLInputElement[] {
  return ['After sex', 'Other causes of low back pain'].flatMap((name) =>
    within(screen.getByRole('region', { name })).getAllByRole<HTMLInputElement>('checkbox', {
      name: /^May apply to me:/,
    }),
  );
}

function checkboxOf(title: string): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('checkbox', { name: `May apply to me: ${title}` });
}

describe('the side panel', () => {
  it('shows the disclaimer, the red flags first, and all 13 causes', () => {
    render(<App />);
    showWholeChecklist();
    expect(screen.getByText(/not a diagnosis/)).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings[0]).toBe('Seek care now');
    expect(causeCheckboxes()).toHaveLength(13);
    expect(within(screen.getByRole('region', { name: 'After sex' })).getAllByRole('checkbox')).toHaveLength(3);
  });

  it('labels the traditional Chinese medicine concepts, and only them', () => {
    const { container } = render(<App />);
    showWholeChecklist();
    const labelled = [...container.querySelectorAll('.tcm-badge')].map((badge) => badge.closest('li')!.dataset.cause);
    expect(labelled).toEqual(['kidney-deficiency', 'blood-stasis', 'cold-dampness']);
  });

  it('saves a tick and shows it again on the next open', async () => {
    const first = render(<App />);
    showWholeChecklist();
    fireEvent.click(checkboxOf('Lumbar disc herniation'));
    await waitFor(async () =>
      expect(await fakeBrowser.storage.local.get(tickKey('disc-herniation'))).toEqual({ 'tick:disc-herniation': true }),
    );
    first.unmount();

    render(<App />);

    showWholeChecklist();
    await waitFor(() => expect(checkboxOf('Lumbar disc herniation').checked).toBe(true));
    expect(checkboxOf('Blood stasis').checked).toBe(false);
  });

  it('opens with defaults and keeps the valid ticks when storage is corrupt', async () => {
    await fakeBrowser.storage.local.set({
      [tickKey('high-heels')]: true,
      [tickKey('blood-stasis')]: '{"trunc',
      [tickKey('unknown-cause')]: true,
      settings: '{"version":1,"highlight',
    });
    render(<App />);
    showWholeChecklist();
    await waitFor(() => expect(checkboxOf('Wearing high heels for a long time').checked).toBe(true));
    expect(checkboxOf('Blood stasis').checked).toBe(false);
  });

  it('shows what to do, when to see a doctor and https links in the details', () => {
    const { container } = render(<App />);
    showWholeChecklist();
    const item = container.querySelector('[data-cause="injury-after-sex"]')!;
    expect(item.querySelector('details')!.textContent).toContain('As soon as possible');
    for (const link of item.querySelectorAll('a')) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.target).toBe('_blank');
    }
  });

  it('copies the ticked causes as plain text and confirms it', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<App />);
    showView('Summary');
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary for my doctor' }));
    await screen.findByText(/Nothing to copy yet/);
    expect(writeText).not.toHaveBeenCalled();

    showWholeChecklist();
    fireEvent.click(checkboxOf('Kidney deficiency'));
    showView('Summary');
    expect(screen.getByText('The summary lists what you ticked (1 now) and your diary (0 entries).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary for my doctor' }));
    await screen.findByText(/Summary copied/);
    const text = writeText.mock.calls[0][0];
    expect(text).toContain('Kidney deficiency (Traditional Chinese medicine concept)');
    expect(text).toContain(causes.find((cause) => cause.id === 'kidney-deficiency')!.summary);
  });

  it('clears every tick', async () => {
    await fakeBrowser.storage.local.set({ [tickKey('high-heels')]: true, [tickKey('sex-position')]: true });
    render(<App />);
    showWholeChecklist();
    await waitFor(() => expect(checkboxOf('A one-sided or awkward position').checked).toBe(true));
    showView('Summary');
    fireEvent.click(screen.getByRole('button', { name: 'Clear ticks' }));
    await screen.findByText('All ticks cleared.');
    showView('Checklist');
    expect(causeCheckboxes().filter((box) => box.checked)).toHaveLength(0);
    await waitFor(async () => expect(await fakeBrowser.storage.local.get(null)).toEqual({}));
  });

  it('sets the causes beyond the article apart, each labelled with its source, and copies them as such', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<App />);
    showWholeChecklist();
    const beyond = screen.getByRole('region', { name: 'Beyond the article: other causes pages discuss' });
    const treatments = screen.getByRole('region', { name: 'Treatments and tests pages name' });
    const items = [...beyond.querySelectorAll('li.wider'), ...treatments.querySelectorAll('li.wider')];
    expect(items.length).toBe(beyondTopics.length + treatmentTopics.length);
    for (const item of items)
      expect(item.querySelector('.wider-badge')!.textContent).toMatch(
        /not in the article — from (NHS|MedlinePlus|NIH|CDC)/i,
      );

    // Treatments are named, never ticked as if they were causes.
    expect(within(beyond).getAllByRole('checkbox')).toHaveLength(beyondTopics.length);
    expect(within(treatments).queryAllByRole('checkbox')).toHaveLength(0);

    const uti = beyondTopics.find((topic) => topic.id === 'urinary-tract-infection')!;
    fireEvent.click(checkboxOf(uti.title));
    showView('Summary');
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary for my doctor' }));
    await screen.findByText(/Summary copied/);
    const text = writeText.mock.calls[0][0];
    expect(text).toContain(`${uti.title} (Not in the article — from ${uti.source}): ${uti.summary}`);
  });

  it('searches an article title with the browser search engine in a new tab', () => {
    const query = vi.fn(async () => {});
    (fakeBrowser as unknown as { search: unknown }).search = { query };
    render(<App />);
    showWholeChecklist();
    const title = recommended[3].title;
    fireEvent.click(screen.getByRole('button', { name: `Search the web for “${title}” (new tab)` }));
    expect(query).toHaveBeenCalledWith({ text: title, disposition: 'NEW_TAB' });
  });
});
