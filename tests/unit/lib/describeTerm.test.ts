import { describe, expect, it } from 'vitest';
import { definitions } from '../../../content/definitions';
import { lexicon } from '../../../content/lexicon';
import { redFlags } from '../../../content/redFlags';
import { topicById } from '../../../content/topics';
import { describeTerm } from '../../../lib/describeTerm';
import { isTermDescription } from '../../../lib/protocol/messages';

const entries = new Map(lexicon.map((entry) => [entry.term, entry]));
const signs = new Map(redFlags.map((flag) => [flag.id, { ...flag, locale: 'en' as const }]));
const english = {
  entries,
  definitions,
  topicById,
  signById: (id: string) => signs.get(id),
  localeOfText: () => 'en' as const,
};
const describeOf = (term: string) => describeTerm(term, english);

describe('describeTerm', () => {
  it('gives an article term its definition and its cause', () => {
    const description = describeOf('lumbar disc herniation');
    expect(description).toEqual({
      term: 'lumbar disc herniation',
      definition: definitions['lumbar disc herniation'],
      topic: 'disc-herniation',
      topicTitle: 'Lumbar disc herniation',
      topicSummary: topicById('disc-herniation')!.summary,
      kind: 'cause',
      source: null,
      traditional: false,
      urgent: false,
      definitionLocale: 'en',
      topicLocale: 'en',
      // Which signs a herniated disc names is the content's to say; the test below checks how they travel.
      signs: expect.any(Array) as unknown,
    });
    expect(isTermDescription(description)).toBe(true);
  });

  it('says where a topic beyond the article comes from', () => {
    expect(describeOf('urinary tract infection')).toMatchObject({
      topic: 'urinary-tract-infection',
      kind: 'beyond',
      source: topicById('urinary-tract-infection')!.source,
    });
  });

  it('marks traditional concepts and urgent terms', () => {
    expect(describeOf('kidney deficiency')).toMatchObject({ traditional: true, kind: 'cause' });
    expect(describeOf('cauda equina syndrome')).toMatchObject({ urgent: true, kind: 'warning', source: 'NHS' });
  });

  it('names the warning signs a term points at, as "Seek care now" words them, and drops unknown ones', () => {
    const term = {
      term: 'test sign term',
      topic: 'warning-signs',
      category: 'urgent',
      signs: ['chest-pain', 'no-such-sign'],
    };
    const description = describeTerm(term.term, {
      ...english,
      entries: new Map([[term.term, term]]),
      definitions: { [term.term]: 'A definition.' },
    });
    expect(description?.signs).toEqual([
      { id: 'chest-pain', urgency: 'emergency', text: signs.get('chest-pain')!.text, locale: 'en' },
    ]);
    expect(isTermDescription(description)).toBe(true);
  });

  it.each(['', 'not a term', 'constructor', '__proto__', 'toString'])('knows nothing of %j', (term) => {
    expect(describeOf(term)).toBeNull();
  });
});
