/**
 * Saves text as a file through the browser's own download of a link, so the extension needs
 * no `downloads` permission. The link is in the document while it is clicked.
 */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob after the click returns: revoke it well after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
