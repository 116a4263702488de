export const STORES: string[];
export function submitArgs(options: { name: string; version: string; stores?: string[]; publish?: boolean }): string[];
