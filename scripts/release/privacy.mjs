// The privacy policy is written once, in store/privacy-policy.md; the README's "Privacy" section is its text.

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
 * The README's copy of the policy, between the markers, or null without them.
 * @param {string} readme
 */
export function readmePolicy(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END, start);
  return start < 0 || end < 0 ? null : readme.slice(start + START.length, end).trim();
}

/**
 * Why the README does not show the policy, or null when it does.
 * @param {string} readme
 * @param {string} policy
 */
export function privacyProblem(readme, policy) {
  const copy = readmePolicy(readme);
  if (copy === null) return `README.md has no privacy policy between "${START}" and "${END}"`;
  if (copy !== policyBody(policy)) {
    return 'README.md\'s "Privacy" section differs from store/privacy-policy.md: copy the policy below its title between the markers';
  }
  return null;
}
