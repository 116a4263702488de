import { fireEvent, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A message from a content script, handed to the panel's listeners; what they answer is not these tests' business. */
export function deliver(...args: Parameters<typeof fakeBrowser.runtime.onMessage.trigger>): Promise<unknown> {
  return fakeBrowser.runtime.onMessage.trigger(...args);
}

/** Chooses one of the panel's views by its tab, as a person clicking it would. */
export function showView(name: 'This page' | 'Checklist' | 'Diary' | 'Summary'): void {
  fireEvent.click(screen.getByRole('tab', { name }));
}

/** The checklist view with every group opened, so all its topics are on screen. */
export function showWholeChecklist(): void {
  showView('Checklist');
  for (const toggle of screen.getAllByRole('button', { expanded: false }))
    if (toggle.classList.contains('group-toggle')) fireEvent.click(toggle);
}
