export interface LinterMessage {
  code: string;
  message: string;
  file?: string;
}
export interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}
export function isDependencyWarning(warning: LinterMessage): boolean;
export function lintFindings(report: LinterReport): LinterMessage[];
export function lintFirefoxPackage(root: string, zip: string): LinterReport;
