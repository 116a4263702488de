// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { changelogEntry, changelogProblem } from '../../../scripts/release/changelog.mjs';
import { isDependencyWarning, lintFindings } from '../../../scripts/release/lint.mjs';
import { END, START, policyBody, privacyProblem, copiedPolicy } from '../../../scripts/release/privacy.mjs';
import { dirtyPaths, untrackedInSources } from '../../../scripts/release/tree.mjs';

const CHANGELOG = `# Changelog

## [Unreleased]

- Store listings.

## [1.1.0] - 2027-01-02

### Fixed

- A thing.

## [1.0.0] - 2026-11-29

### Added

- Everything.

## [0.9.0] - 2026-10-01
`;

describe('the CHANGELOG', () => {
  it('finds the dated entry of a version', () => {
    expect(changelogEntry(CHANGELOG, '1.0.0')).toEqual({
      version: '1.0.0',
      date: '2026-11-29',
      text: '### Added\n\n- Everything.',
    });
    expect(changelogEntry(CHANGELOG, '1.1.0')?.date).toBe('2027-01-02');
    expect(changelogProblem(CHANGELOG, '1.0.0')).toBeNull();
  });

  it('refuses a version without an entry, an undated one, or one that lists no change', () => {
    expect(changelogProblem(CHANGELOG, '2.0.0')).toBe(
      'CHANGELOG.md has no entry for 2.0.0: add a "## [2.0.0] - YYYY-MM-DD" section',
    );
    expect(changelogProblem(CHANGELOG, 'Unreleased')).toMatch(/no entry for Unreleased/);
    expect(changelogProblem('## [1.0.0]\n\n- Undated.', '1.0.0')).toMatch(/no entry for 1\.0\.0/);
    expect(changelogProblem(CHANGELOG, '0.9.0')).toBe("CHANGELOG.md's entry for 0.9.0 lists no change");
    expect(changelogEntry(CHANGELOG, '1.0')).toBeNull();
  });
});

describe('the privacy policy in docs/privacy.md', () => {
  const policy = '# Lumbar Lens privacy policy\n\nNothing leaves your browser.\n\n| what | where |\n';
  const page = (text: string) => `# Privacy and permissions\n\n## Privacy policy\n\n${START}\n\n${text}\n\n${END}\n`;

  it('is the policy’s text below its title', () => {
    expect(policyBody(policy)).toBe('Nothing leaves your browser.\n\n| what | where |');
    expect(copiedPolicy(page(policyBody(policy)))).toBe(policyBody(policy));
    expect(privacyProblem(page(policyBody(policy)), policy)).toBeNull();
  });

  it('fails when the two differ, or the page has no markers', () => {
    expect(privacyProblem(page('Nothing leaves your browser, mostly.'), policy)).toMatch(
      /differs from store\/privacy-policy\.md/,
    );
    expect(privacyProblem('## Privacy\n\nNothing leaves your browser.\n', policy)).toMatch(
      /has no privacy policy between/,
    );
  });
});

describe('the work tree', () => {
  it('lists changed, staged, untracked and renamed paths from git status -z', () => {
    const porcelain = [' M README.md', 'A  store/new.md', '?? notes.txt', 'R  new name.md', 'old name.md', ''].join(
      '\0',
    );
    expect(dirtyPaths(porcelain)).toEqual(['README.md', 'store/new.md', 'notes.txt', 'new name.md']);
    expect(dirtyPaths('')).toEqual([]);
  });

  it('finds files in the sources zip that git does not track', () => {
    expect(
      untrackedInSources(['package.json', 'notes.log', 'lib/a.ts', '.env.submit'], ['package.json', 'lib/a.ts']),
    ).toEqual(['.env.submit', 'notes.log']);
  });
});

describe('addons-linter findings', () => {
  it('keep every error and our warnings, and leave out the renderer’s innerHTML in the pages’ chunks', () => {
    const dependency = { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'innerHTML', file: 'chunks/sidepanel-1PB43yIL.js' };
    const shared = { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'innerHTML', file: 'chunks/style-MmyXxZ6H.js' };
    expect(isDependencyWarning(shared)).toBe(true);
    const ours = { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'innerHTML', file: 'highlight-gate.js' };
    const error = { code: 'MANIFEST_FIELD_INVALID', message: 'bad' };
    expect(isDependencyWarning(dependency)).toBe(true);
    expect(isDependencyWarning(ours)).toBe(false);
    expect(lintFindings({ errors: [error], warnings: [dependency, ours], notices: [] })).toEqual([error, ours]);
    expect(lintFindings({ errors: [], warnings: [dependency], notices: [] })).toEqual([]);
  });
});
