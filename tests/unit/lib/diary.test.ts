import { describe, expect, it } from 'vitest';
import { chartGeometry, chartTable, TABLE_EPISODES_MAX } from '../../../lib/diary/chart';
import { csvField, toCsv } from '../../../lib/diary/csv';
import {
  adjustmentsTried,
  diaryCsv,
  diaryText,
  localStamp,
  SUMMARY_EPISODES,
  type EpisodeWords,
} from '../../../lib/diary/describe';
import { byNewest, checkEpisode, diaryKeys, episodeKey, readDiary, type Episode } from '../../../lib/diary/episode';
import { diaryJson, readImport } from '../../../lib/diary/files';
import { articleRule } from '../../../lib/diary/rule';

let sequence = 0;
function episode(fields: Partial<Episode> = {}): Episode {
  sequence++;
  return {
    version: 1,
    id: `e${sequence}`,
    at: new Date(Date.UTC(2025, 0, sequence, 21)).toISOString(),
    pain: 5,
    side: 'left',
    duration: 'hours',
    changes: [],
    note: '',
    ...fields,
  };
}

/** Episodes a day apart from 1 May 2025: [pain, changes, duration?]. */
function record(...days: [number, Episode['changes'], Episode['duration']?][]): Episode[] {
  return days.map(([pain, changes, duration = 'hours'], index) =>
    episode({ id: `d${index}`, at: new Date(Date.UTC(2025, 4, index + 1, 21)).toISOString(), pain, changes, duration }),
  );
}

const words: EpisodeWords = {
  side: { left: 'Left', right: 'Right', both: 'Both sides', middle: 'Middle' },
  duration: { minutes: 'Minutes', hours: 'Hours', 'next-day': 'Into the next day' },
  change: { 'less-often': 'Less often', shorter: 'Shorter', gentler: 'Gentler', position: 'Another position' },
  nothing: 'Nothing',
  separator: ', ',
};

describe('an episode as stored', () => {
  it('reads a valid record as it is, with its changes in the article’s order', () => {
    const stored = episode({ changes: ['position', 'less-often'], note: 'after a long day' });
    expect(checkEpisode(stored)).toEqual({ episode: { ...stored, changes: ['less-often', 'position'] } });
  });

  it('migrates a record without a version', () => {
    const { version: _, ...unversioned } = episode({ pain: 3 });
    expect(checkEpisode(unversioned)).toEqual({ episode: { ...unversioned, version: 1 } });
  });

  it.each([
    ['not an object', 'a string', 'record'],
    ['an array', [1, 2], 'record'],
    ['a newer version', { ...episode(), version: 2 }, 'version'],
    ['a version of the wrong type', { ...episode(), version: '1' }, 'version'],
    ['an id with a slash', { ...episode(), id: 'a/b' }, 'id'],
    ['a date that is not ISO', { ...episode(), at: '12 May 2025' }, 'at'],
    ['an impossible date', { ...episode(), at: '2025-02-30T10:00:00.000Z' }, 'at'],
    ['pain above 10', { ...episode(), pain: 11 }, 'pain'],
    ['pain with a fraction', { ...episode(), pain: 4.5 }, 'pain'],
    ['pain as text', { ...episode(), pain: '5' }, 'pain'],
    ['an unknown side', { ...episode(), side: 'top' }, 'side'],
    ['an unknown duration', { ...episode(), duration: 'days' }, 'duration'],
    ['an unknown change', { ...episode(), changes: ['gentler', 'more'] }, 'changes'],
    ['a change twice', { ...episode(), changes: ['gentler', 'gentler'] }, 'changes'],
    ['a note too long', { ...episode(), note: 'x'.repeat(281) }, 'note'],
  ])('refuses %s, naming the field', (_, raw, problem) => {
    expect(checkEpisode(raw)).toEqual({ problem });
  });

  it('reads a storage snapshot: a corrupt value loses only itself', () => {
    const good = [episode({ pain: 2 }), episode({ pain: 7 }), episode({ pain: 4 })];
    const stored: Record<string, unknown> = Object.fromEntries(good.map((each) => [episodeKey(each.id), each]));
    stored[episodeKey('truncated')] = '{"version":1,"pain":';
    stored[episodeKey('wrong-key')] = good[0];
    stored['tick:blood-stasis'] = true;
    stored.settings = { version: 1 };
    const diary = readDiary(stored);
    expect(diary.episodes).toEqual([...good].sort(byNewest));
    expect(diary.episodes[0].id).toBe(good[2].id);
    expect(diary.unreadable.sort()).toEqual(['diary:truncated', 'diary:wrong-key']);
    expect(diaryKeys(stored)).toHaveLength(5);
  });
});

describe('the article’s rule on the user’s entries', () => {
  it.each([
    ['no episodes', []],
    ['no adjustment logged', record([6, []], [6, []], [7, []])],
    ['an adjustment from the first episode on, nothing to compare with', record([6, ['gentler']], [6, ['gentler']])],
  ])('needs more entries with %s', (_, episodes) => {
    expect(articleRule(episodes)).toEqual({ kind: 'too-few' });
  });

  it('sees improvement when pain falls by 2 points or more and lasts no longer', () => {
    const verdict = articleRule(record([7, []], [7, []], [5, ['gentler']], [4, ['gentler', 'position']]));
    expect(verdict).toMatchObject({
      kind: 'improving',
      since: '2025-05-03T21:00:00.000Z',
      before: { episodes: 2, averagePain: 7 },
      after: { episodes: 2, averagePain: 4.5 },
      stronger: false,
      longer: false,
    });
  });

  it('sees improvement when the pain no longer comes', () => {
    expect(articleRule(record([3, []], [0, ['less-often']])).kind).toBe('improving');
  });

  it('says the pain still comes when it falls by less than 2 points', () => {
    const verdict = articleRule(record([6, []], [6, []], [5, ['shorter']], [6, ['shorter']]));
    expect(verdict).toMatchObject({ kind: 'unchanged', stronger: false, longer: false });
  });

  it('says the pain is stronger when its average rises after the change', () => {
    const verdict = articleRule(record([4, []], [5, ['position']], [7, ['position']]));
    expect(verdict).toMatchObject({ kind: 'worse', stronger: true, longer: false, after: { averagePain: 6 } });
  });

  it('says the pain lasts longer when an episode after the change outlasts all before', () => {
    const verdict = articleRule(record([6, [], 'minutes'], [6, [], 'hours'], [4, ['gentler'], 'next-day']));
    expect(verdict).toMatchObject({
      kind: 'worse',
      stronger: false,
      longer: true,
      before: { longest: 'hours' },
      after: { longest: 'next-day' },
    });
  });

  it('reads episodes in any order', () => {
    const episodes = record([4, []], [5, ['position']], [7, ['position']]);
    expect(articleRule([...episodes].reverse())).toEqual(articleRule(episodes));
  });
});

describe('CSV for spreadsheets', () => {
  it.each([
    ['plain', 'plain'],
    ['a, comma', '"a, comma"'],
    ['a "quote"', '"a ""quote"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=cmd|" /C calc"!A0', `"'=cmd|"" /C calc""!A0"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['＝1+1', "'＝1+1"],
    ['1 = 1', '1 = 1'],
  ])('writes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes times as a spreadsheet reads them, in local time', () => {
    expect(localStamp(new Date(2025, 4, 3, 9, 5).toISOString())).toBe('2025-05-03 09:05');
  });

  it('joins rows with CRLF, as RFC 4180 does', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c,d', 'e'],
      ]),
    ).toBe('a,b\r\n"c,d",e\r\n');
  });

  it('writes the diary with a header row, words for the values and notes made safe', () => {
    const csv = diaryCsv(
      [episode({ pain: 6, changes: ['gentler', 'position'], note: '=HYPERLINK("x")' })],
      { when: 'When', pain: 'Pain', side: 'Where', duration: 'How long', changes: 'What was different', note: 'Note' },
      words,
      (iso) => iso.slice(0, 10),
    );
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('When,Pain,Where,How long,What was different,Note');
    expect(row).toMatch(/^\d{4}-\d{2}-\d{2},6,Left,Hours,"Gentler, Another position","'=HYPERLINK\(""x""\)"$/);
  });
});

describe('importing a JSON export', () => {
  const existing = [episode({ pain: 3 }), episode({ pain: 8, changes: ['gentler'] })];
  const file = (episodes: unknown[], extra: object = {}) =>
    JSON.stringify({
      format: 'lumbar-lens-diary',
      version: 1,
      exportedAt: '2025-06-01T00:00:00.000Z',
      episodes,
      ...extra,
    });

  it('round-trips an export into an empty diary', () => {
    expect(readImport(diaryJson(existing, '2025-06-01T00:00:00.000Z'), [])).toEqual({
      ok: true,
      added: existing,
      duplicates: 0,
    });
  });

  it('recognises duplicates by id and by content, in the diary and within the file', () => {
    const fresh = episode({ pain: 9 });
    const sameContent = { ...existing[1], id: 'other-id' };
    const sameId = { ...existing[0], pain: 1 };
    const result = readImport(file([fresh, sameContent, sameId, { ...fresh, id: 'copy' }]), existing);
    expect(result).toEqual({ ok: true, added: [fresh], duplicates: 3 });
  });

  it.each([
    ['text that is not JSON', 'When,Pain\r\n1,2', { code: 'not-json' }],
    ['truncated JSON', file([episode()]).slice(0, 60), { code: 'not-json' }],
    ['another program’s JSON', JSON.stringify({ entries: [] }), { code: 'foreign' }],
    ['an array', JSON.stringify([episode()]), { code: 'foreign' }],
    ['null', 'null', { code: 'foreign' }],
    ['episodes that are not a list', file([], { episodes: {} }), { code: 'foreign' }],
    ['a version that is not a number', file([], { version: 'one' }), { code: 'foreign' }],
    ['a newer format', file([], { version: 3 }), { code: 'newer', version: 3 }],
    ['a bad episode', file([episode(), { ...episode(), pain: 12 }]), { code: 'bad-episode', index: 2, field: 'pain' }],
    ['an episode that is not a record', file([episode(), 'x']), { code: 'bad-episode', index: 2, field: 'record' }],
    ['too many episodes', file(new Array(20_001).fill(0)), { code: 'too-many' }],
    ['a file too big', ' '.repeat(10_000_001), { code: 'too-big' }],
  ])('refuses %s, naming the problem, and adds nothing', (_, text, problem) => {
    expect(readImport(text, existing)).toEqual({ ok: false, problem });
  });
});

describe('the chart', () => {
  it('draws episodes with a change as diamonds and the others as dots, over time', () => {
    const geometry = chartGeometry(record([6, []], [4, ['gentler']], [8, []]));
    expect(geometry.line.match(/[ML]/g)).toHaveLength(3);
    expect(geometry.dots.match(/M/g)).toHaveLength(2);
    expect(geometry.diamonds.match(/M/g)).toHaveLength(1);
    expect(geometry.ticks.map((tick) => tick.at)).toEqual([
      '2025-05-01T21:00:00.000Z',
      '2025-05-02T21:00:00.000Z',
      '2025-05-03T21:00:00.000Z',
    ]);
    expect(geometry.y(10)).toBeLessThan(geometry.y(0));
  });

  it('draws one episode in the middle, and nothing without episodes', () => {
    expect(chartGeometry(record([5, []])).ticks).toHaveLength(1);
    expect(chartGeometry([])).toMatchObject({ line: '', dots: '', diamonds: '', ticks: [] });
  });

  it('gives the table every episode, or sums a long diary up by month', () => {
    const few = record([5, []], [6, ['gentler']]);
    expect(chartTable(few)).toEqual({ kind: 'episodes', rows: few });
    const many = Array.from({ length: TABLE_EPISODES_MAX + 1 }, (_, index) =>
      episode({
        at: new Date(2025, index < 60 ? 4 : 5, 10).toISOString(),
        pain: index % 2 ? 8 : 4,
        changes: index < 10 ? ['shorter'] : [],
      }),
    );
    expect(chartTable(many)).toEqual({
      kind: 'months',
      rows: [
        { month: '2025-05-01', episodes: 60, averagePain: 6, highestPain: 8, withChanges: 10 },
        { month: '2025-06-01', episodes: 41, averagePain: 4 + (20 * 4) / 41, highestPain: 8, withChanges: 0 },
      ],
    });
  });
});

describe('the diary for a doctor', () => {
  it('lists the adjustments tried in the article’s order, with counts and first dates', () => {
    const episodes = record([6, ['position']], [5, ['gentler', 'position']], [4, []]);
    expect(adjustmentsTried(episodes)).toEqual([
      { change: 'gentler', episodes: 1, first: episodes[1].at },
      { change: 'position', episodes: 2, first: episodes[0].at },
    ]);
  });

  it('writes the latest episodes as plain text, saying how many are left out', () => {
    const episodes = Array.from({ length: SUMMARY_EPISODES + 5 }, (_, index) => episode({ pain: index % 11 }));
    const text = diaryText(
      episodes,
      words,
      {
        heading: 'DIARY',
        line: (fields) => `${fields.pain}|${fields.side}|${fields.changes}`,
        older: (count) => `+${count}`,
      },
      (iso) => iso,
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('DIARY');
    expect(lines[2]).toBe('- 0|Left|Nothing');
    expect(lines).toHaveLength(2 + SUMMARY_EPISODES + 1);
    expect(lines.at(-1)).toBe('+5');
    expect(diaryText([], words, { heading: 'DIARY', line: () => '', older: () => '' }, (iso) => iso)).toBe('');
  });
});
