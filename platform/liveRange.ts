/**
 * A live Range over a static range's boundaries, for what only a live one can do: measure it, read
 * its text, test a point against it. Pass `into` to reuse one Range over many. Throws, as
 * `setStart` does, when the page has shortened the text since the static range was made.
 */
export function liveRange(range: AbstractRange, into?: Range): Range {
  const live = into ?? (range.startContainer.ownerDocument ?? document).createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}
