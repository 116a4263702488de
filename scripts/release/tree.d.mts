export function dirtyPaths(porcelain: string): string[];
export function untrackedInSources(zipped: Iterable<string>, tracked: Iterable<string>): string[];
