export const ZH_TW_FILE: string;
export function traditionalMessagesText(): string;
