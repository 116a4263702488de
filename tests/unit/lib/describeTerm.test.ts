import { describe, expect, it } from 'vitest';
import { definitions } from '../../../content/definitions';
import { lexicon } from '../../../content/lexicon';
import { topicById } from '../../../content/topics';
import { describeTerm } from '../../../lib/describeTerm';
import { isTermDescription } from '../../../lib/protocol/messages';

const entries = new Map(lexicon.map((entry) => [entry.term, entry]));
const describeOf = (term: string) => describeTerm(term, entries, definitions, topicById, () => 'en');

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
    expect(describeOf('cauda equina syndrome')).toMatchObject({ urgent: true, kind: 'named' });
  });

  it.each(['', 'not a term', 'constructor', '__proto__', 'toString'])('knows nothing of %j', (term) => {
    expect(describeOf(term)).toBeNull();
  });
});
