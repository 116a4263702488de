/** One entry of a _locales/<locale>/messages.json file, as Chrome and Firefox read it. */
interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

export type MessageBundle = Readonly<Record<string, MessageEntry>>;

/**
 * A message with its substitutions, as browser.i18n.getMessage does it: each named
 * placeholder ($TITLE$) stands for its content ($1, $2 …), which takes the n-th substitution;
 * `$$` is a dollar sign. Undefined when the bundle has no such key.
 */
export function formatMessage(
  bundle: MessageBundle,
  key: string,
  substitutions: readonly string[],
): string | undefined {
  const entry = Object.hasOwn(bundle, key) ? bundle[key] : undefined;
  if (!entry) return undefined;
  const withPositions = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return withPositions.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}
