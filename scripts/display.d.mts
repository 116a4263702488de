export function noDisplayProblem(machine: { platform: string; env: Record<string, string | undefined> }): string | null;
