import { render, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CauseItem } from '../../../../components/panel/CauseItem';
import { causes } from '../../../../content/causes';

function itemOf(id: string) {
  const cause = causes.find((each) => each.id === id)!;
  const { container } = render(
    <ul>
      <CauseItem cause={cause} ticked={false} onTick={() => {}} />
    </ul>,
  );
  return within(container.querySelector<HTMLElement>(`#cause-${id}`)!);
}

describe('a checklist item', () => {
  it("shows the article's traction advice with NICE's guidance beside it, labelled as not the article's", () => {
    const item = itemOf('disc-herniation');
    expect(item.getByText(/The article names bed traction and surgery/)).toBeTruthy();
    const note = item.getByText('Not in the article — from NICE').parentElement!;
    expect(note.textContent).toMatch(/advises against traction/);
  });

  it('falls back to the general advice where the article says nothing, and adds the source’s care line', () => {
    const item = itemOf('pelvic-tumours');
    expect(item.queryByText(/medicines often do not relieve/)).toBeTruthy();
    expect(item.getByText(/^The article does not say\. See a doctor/)).toBeTruthy();
    const note = item.getByText('Not in the article — from NHS').parentElement!;
    expect(note.textContent).toMatch(/sudden, severe pain/);
  });

  it('shows no source line where a cause has none', () => {
    const item = itemOf('sex-position');
    expect(item.queryByText(/^Not in the article/)).toBeNull();
    expect(item.getByText(/If the pain stays or gets worse/)).toBeTruthy();
  });
});
