export function correctPhrases(text: string, phrases: Readonly<Record<string, string>>): string;
export function toTraditional(simplified: string, phrases?: Readonly<Record<string, string>>): string;
export function traditionalMessages<Entry extends { message: string }>(
  zhCN: Record<string, Entry>,
  overrides: { phrases: Record<string, string>; messages: Record<string, string> },
): Record<string, Entry>;
