// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compareFiles, describeDifferences } from '../../../scripts/release/compare.mjs';
import { decodePng, opaqueBounds, pngInfo } from '../../../scripts/release/png.mjs';
import { describeFile, formatFiles } from '../../../scripts/release/report.mjs';
import { readZip } from '../../../scripts/release/zip.mjs';

const root = resolve(import.meta.dirname, '../../..');
const bytes = (text: string) => Buffer.from(text);

/** CRC-32 as zip files use it. */
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip as JSZip and Info-ZIP write them: each entry stored or deflated, a folder entry, a central directory. */
function makeZip(entries: { name: string; content?: string; deflate?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, content, deflate } of entries) {
    const raw = Buffer.from(content ?? '');
    const data = deflate ? deflateRawSync(raw) : raw;
    const fileName = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(deflate ? 8 : 0, 8);
    header.writeUInt32LE(crc32(raw), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(raw.length, 22);
    header.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, fileName, data);
    centrals.push(central, fileName);
    offset += header.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('readZip', () => {
  it('reads stored and deflated files, UTF-8 names, and leaves folders out', () => {
    const files = readZip(
      makeZip([
        { name: 'stored.txt', content: 'stored as it is\n' },
        { name: 'folder/' },
        { name: 'folder/deflated.txt', content: 'deflated '.repeat(200), deflate: true },
        { name: 'folder/näme.txt', content: 'é\n' },
      ]),
    );
    expect([...files.keys()].sort()).toEqual(['folder/deflated.txt', 'folder/näme.txt', 'stored.txt']);
    expect(files.get('stored.txt')!.toString()).toBe('stored as it is\n');
    expect(files.get('folder/deflated.txt')!.toString()).toBe('deflated '.repeat(200));
    expect(files.get('folder/näme.txt')!.toString()).toBe('é\n');
  });

  it('refuses what is not a zip', () => {
    expect(() => readZip(bytes('not a zip'))).toThrow(/not a zip/);
  });
});

describe('compareFiles', () => {
  it('finds files missing, extra and different, and nothing when the two are the same', () => {
    const expected = new Map([
      ['manifest.json', bytes('{}')],
      ['background.js', bytes('a')],
      ['icon/16.png', bytes('png')],
    ]);
    const actual = new Map([
      ['manifest.json', bytes('{}')],
      ['background.js', bytes('b')],
      ['extra.js', bytes('x')],
    ]);
    const comparison = compareFiles(expected, actual);
    expect(comparison).toEqual({ missing: ['icon/16.png'], extra: ['extra.js'], different: ['background.js'] });
    expect(describeDifferences(comparison)).toEqual([
      'missing from the rebuild: icon/16.png',
      'only in the rebuild: extra.js',
      'differs: background.js',
    ]);
    expect(describeDifferences(compareFiles(expected, new Map(expected)))).toEqual([]);
  });
});

describe('the release report', () => {
  it('gives each file its size and SHA-256, aligned', () => {
    const empty = describeFile('a.zip', new Uint8Array());
    expect(empty).toEqual({
      name: 'a.zip',
      size: 0,
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    });
    const text = formatFiles([
      { ...empty, note: 'Chrome' },
      { ...describeFile('longer.zip', bytes('x'.repeat(12_345))), note: 'Firefox' },
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`a.zip            0 bytes  ${empty.sha256}  Chrome`);
    expect(lines[1]).toMatch(/^longer\.zip {2}12,345 bytes {2}[0-9a-f]{64} {2}Firefox$/);
  });
});

describe('PNG reading', () => {
  it('reads a screenshot’s header: size and no alpha', () => {
    const info = pngInfo(readFileSync(resolve(root, 'store/images/promo-small-440x280.png')));
    expect(info).toMatchObject({ width: 440, height: 280, bitDepth: 8, hasAlpha: false });
  });

  it('decodes the store icon’s pixels: transparent around its artwork', () => {
    const image = decodePng(readFileSync(resolve(root, 'store/images/icon-128.png')));
    expect(image.rgba.length).toBe(128 * 128 * 4);
    expect(image.rgba[3]).toBe(0);
    const centre = (64 * 128 + 64) * 4;
    expect(image.rgba[centre + 3]).toBe(255);
    expect(opaqueBounds(image)).toEqual({ left: 16, top: 16, right: 111, bottom: 111 });
  });

  it('decodes filtered rows the way a browser does: the packaged icon, drawn by another encoder', () => {
    const image = decodePng(readFileSync(resolve(root, 'public/icon/128.png')));
    const bounds = opaqueBounds(image)!;
    expect(bounds.right - bounds.left).toBeGreaterThan(100);
  });

  it('refuses what is not a PNG', () => {
    expect(() => pngInfo(bytes('GIF89a and more bytes to be long enough'))).toThrow(/not a PNG/);
  });
});
