// Reads a zip file's entries without a dependency or an unzip binary: enough for the zips WXT writes
// (stored or deflated, no zip64, no encryption).
import { inflateRawSync } from 'node:zlib';

/**
 * Every file in a zip, by its path, with its bytes. Folder entries are left out.
 * @param {Uint8Array} zip
 * @returns {Map<string, Buffer>}
 */
export function readZip(zip) {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  for (let entry = 0; entry < count; entry++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('bad zip: central directory entry expected');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localHeader = bytes.readUInt32LE(at + 42);
    // UTF-8 whether or not the entry says so: JSZip flags it, Info-ZIP writes it without the flag.
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (flags & 0x1) throw new Error(`zip entry ${name} is encrypted`);
    const dataStart = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`zip entry ${name} uses compression method ${method}`);
    const content = method === 0 ? Buffer.from(data) : inflateRawSync(data);
    if (content.length !== size) throw new Error(`zip entry ${name}: ${content.length} bytes, expected ${size}`);
    files.set(name, content);
  }
  return files;
}
