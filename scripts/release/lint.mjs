// addons-linter on the Firefox package: no errors, and no warnings from our code.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** @typedef {{ code: string, message: string, file?: string }} LinterMessage */
/** @typedef {{ errors: LinterMessage[], warnings: LinterMessage[], notices: LinterMessage[] }} LinterReport */

/**
 * Warnings that are not ours: Preact's renderer assigns innerHTML for dangerouslySetInnerHTML, which our code
 * never uses (`npm test` checks our sources for it). The bundler puts the renderer in a chunk of the extension
 * pages: the panel's alone, or, with the summary page too, the one they share, named after one of its modules.
 * @param {LinterMessage} warning
 */
export function isDependencyWarning(warning) {
  return warning.code === 'UNSAFE_VAR_ASSIGNMENT' && !!warning.file?.startsWith('chunks/');
}

/**
 * The findings a release refuses: every error, and every warning from our code.
 * @param {LinterReport} report addons-linter's JSON report
 * @returns {LinterMessage[]}
 */
export function lintFindings(report) {
  return [...report.errors, ...report.warnings.filter((warning) => !isDependencyWarning(warning))];
}

/**
 * addons-linter's JSON report on a package.
 * @param {string} root the project, whose node_modules holds addons-linter
 * @param {string} zip
 * @returns {LinterReport}
 */
export function lintFirefoxPackage(root, zip) {
  const bin = resolve(root, 'node_modules/.bin/addons-linter');
  // addons-linter exits non-zero on errors; the JSON report is what we read either way.
  let output;
  try {
    output = execFileSync(bin, ['--output', 'json', zip], { encoding: 'utf8' });
  } catch (error) {
    output = /** @type {{ stdout: string }} */ (error).stdout;
  }
  /** @type {unknown} */
  const report = JSON.parse(output);
  return /** @type {LinterReport} */ (report);
}
