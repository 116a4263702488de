// What a release prints at its end: each file, its size and its SHA-256.
import { createHash } from 'node:crypto';

/**
 * @param {string} name
 * @param {Uint8Array} bytes
 */
export function describeFile(name, bytes) {
  return { name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * One line per file: name, size in bytes, SHA-256, aligned.
 * @param {{ name: string, size: number, sha256: string, note?: string }[]} files
 */
export function formatFiles(files) {
  const nameWidth = Math.max(...files.map((file) => file.name.length));
  const sizeWidth = Math.max(...files.map((file) => file.size.toLocaleString('en-US').length));
  return files
    .map((file) =>
      [
        file.name.padEnd(nameWidth),
        `${file.size.toLocaleString('en-US').padStart(sizeWidth)} bytes`,
        file.sha256,
        file.note ?? '',
      ]
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
