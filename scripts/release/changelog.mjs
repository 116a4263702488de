// The CHANGELOG's rules (Keep a Changelog): a release needs a dated entry for its version.

/**
 * The dated entry for `version`, from a `## [version] - YYYY-MM-DD` heading, with its text.
 * @param {string} changelog
 * @param {string} version
 * @returns {{ version: string, date: string, text: string } | null}
 */
export function changelogEntry(changelog, version) {
  for (const section of changelog.split(/^## /m).slice(1)) {
    const [heading, ...lines] = section.split('\n');
    const match = /^\[([^\]]+)\] - (\d{4}-\d{2}-\d{2})\s*$/.exec(heading);
    if (match && match[1] === version) return { version, date: match[2], text: lines.join('\n').trim() };
  }
  return null;
}

/**
 * Why the CHANGELOG cannot release `version`, or null when it can.
 * @param {string} changelog
 * @param {string} version
 */
export function changelogProblem(changelog, version) {
  const entry = changelogEntry(changelog, version);
  if (!entry) return `CHANGELOG.md has no entry for ${version}: add a "## [${version}] - YYYY-MM-DD" section`;
  if (!/^- /m.test(entry.text)) return `CHANGELOG.md's entry for ${version} lists no change`;
  return null;
}
