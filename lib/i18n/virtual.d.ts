/** Built by scripts/traditional-text.ts from the content records. */
declare module 'virtual:traditional-text' {
  /** Each content text written in Simplified Chinese only, and its Traditional form as Taiwan writes it. */
  export const traditionalText: Readonly<Record<string, string>>;
}
