export const CHROMIUM_ARGS: string[];
export function extensionArgs(dir: string): string[];
export function chromiumPath(): string;
