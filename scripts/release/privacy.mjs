// The privacy policy is written once, in store/privacy-policy.md; the "Privacy policy" section of docs/privacy.md
// is its text.

export const COPY = 'docs/privacy.md';
export const START = '<!-- The text of store/privacy-policy.md, below its title: npm test fails when they differ. -->';
export const END = '<!-- End of store/privacy-policy.md. -->';

/**
 * The policy's text below its `# title` line.
 * @param {string} policy
 */
export function policyBody(policy) {
  return policy.replace(/^# .*\n/, '').trim();
}

/**
 * The copy of the policy between the markers, or null without them.
 * @param {string} page the text of docs/privacy.md
 */
export function copiedPolicy(page) {
  const start = page.indexOf(START);
  const end = page.indexOf(END, start);
  return start < 0 || end < 0 ? null : page.slice(start + START.length, end).trim();
}

/**
 * Why docs/privacy.md does not show the policy, or null when it does.
 * @param {string} page the text of docs/privacy.md
 * @param {string} policy the text of store/privacy-policy.md
 */
export function privacyProblem(page, policy) {
  const copy = copiedPolicy(page);
  if (copy === null) return `${COPY} has no privacy policy between "${START}" and "${END}"`;
  if (copy !== policyBody(policy)) {
    return `${COPY}'s policy differs from store/privacy-policy.md: copy the policy below its title between the markers`;
  }
  return null;
}
