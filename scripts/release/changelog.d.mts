export function changelogEntry(
  changelog: string,
  version: string,
): { version: string; date: string; text: string } | null;
export function changelogProblem(changelog: string, version: string): string | null;
