import { describe, expect, it } from 'vitest';
import { redFlags } from '../../../content/redFlags';
import { chineseLexicon, englishLexicon } from '../../../content/views';
import { signsNamedBy, signsShown } from '../../../lib/pageSigns';

const lexicon = [...englishLexicon(), ...chineseLexicon()];

describe('the warning signs a page names', () => {
  it('are its urgent terms’ signs, each once, emergencies first as Seek care now lists them', () => {
    expect(
      signsNamedBy(['fever with back pain', '大小便失禁', 'loss of bladder or bowel control'], lexicon, redFlags),
    ).toEqual(['bladder-bowel', 'fever-unwell']);
  });

  it('are every sign a term’s card names, not only the one its card opens on', () => {
    const term = englishLexicon().find((entry) => entry.term === 'cauda equina syndrome')!;
    expect(signsNamedBy([term.term], lexicon, redFlags).sort()).toEqual([...term.signs!].sort());
  });

  it('are none for terms the lexicon does not know or that name no sign', () => {
    expect(signsNamedBy(['not a term', 'endometriosis'], lexicon, redFlags)).toEqual([]);
  });
});

describe('which signs Seek care now lists', () => {
  const wanted = { opened: false, everySign: false, pageUrgent: false, pageSigns: [] };

  it('none until the person opens the list, then all, on a page with no urgent term', () => {
    expect(signsShown(wanted)).toEqual({ kind: 'none' });
    expect(signsShown({ ...wanted, opened: true })).toEqual({ kind: 'all' });
    // Asking for every sign on an urgent page earlier does not open the list on a page without one.
    expect(signsShown({ ...wanted, everySign: true })).toEqual({ kind: 'none' });
  });

  it('the page’s signs first on a page with urgent terms, whether or not the person opened it', () => {
    const page = { ...wanted, pageUrgent: true, pageSigns: ['saddle-numbness'] };
    expect(signsShown(page)).toEqual({ kind: 'page', ids: ['saddle-numbness'], every: false });
    expect(signsShown({ ...page, opened: true })).toEqual({ kind: 'page', ids: ['saddle-numbness'], every: false });
    expect(signsShown({ ...page, everySign: true })).toEqual({ kind: 'page', ids: ['saddle-numbness'], every: true });
  });

  it('every sign for urgent content that names no specific sign', () => {
    expect(signsShown({ ...wanted, pageUrgent: true })).toEqual({ kind: 'all' });
  });
});
