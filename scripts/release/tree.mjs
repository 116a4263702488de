// A release is made from what is committed, and nothing else.

/**
 * The paths `git status --porcelain=v1 -z --untracked-files=all` reports: changed, staged or untracked.
 * @param {string} porcelain
 * @returns {string[]}
 */
export function dirtyPaths(porcelain) {
  const paths = [];
  const records = porcelain.split('\0');
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    if (record.length < 4) continue;
    paths.push(record.slice(3));
    // A rename or copy is followed by its source path as a record of its own.
    if (/^[RC]/.test(record)) index++;
  }
  return paths;
}

/**
 * Files in the sources zip that git does not track: something local would reach the reviewers.
 * @param {Iterable<string>} zipped
 * @param {Iterable<string>} tracked
 */
export function untrackedInSources(zipped, tracked) {
  const known = new Set(tracked);
  return [...zipped].filter((path) => !known.has(path)).sort();
}
