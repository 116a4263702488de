// Reads PNG files without a dependency: the store images are checked for their exact size,
// for an alpha channel where a store refuses one, and for the icon's transparent padding.
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Colour types: 2 is RGB, 6 is RGB with alpha (the only two Chromium writes). */
/** @type {Record<number, number | undefined>} */
const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * The header of a PNG: its size, bit depth and colour type.
 * @param {Uint8Array} file
 */
export function pngInfo(file) {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  const colorType = bytes[25];
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes[24],
    colorType,
    hasAlpha: colorType === 4 || colorType === 6,
    interlaced: bytes[28] !== 0,
  };
}

/**
 * Every pixel of an 8-bit, non-interlaced greyscale or RGB(A) PNG, as RGBA.
 * @param {Uint8Array} file
 * @returns {{ width: number, height: number, rgba: Uint8Array }}
 */
export function decodePng(file) {
  const info = pngInfo(file);
  const channels = CHANNELS[info.colorType];
  if (info.bitDepth !== 8 || info.interlaced || !channels) {
    throw new Error(`unsupported PNG: bit depth ${info.bitDepth}, colour type ${info.colorType}`);
  }
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const data = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') data.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = info.width * channels;
  const pixels = new Uint8Array(info.height * stride);
  for (let y = 0; y < info.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[row + x - channels] : 0;
      const up = y > 0 ? pixels[row - stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[row - stride + x - channels] : 0;
      pixels[row + x] = (line[x] + predict(filter, left, up, upLeft)) & 0xff;
    }
  }
  const rgba = new Uint8Array(info.width * info.height * 4);
  for (let pixel = 0; pixel < info.width * info.height; pixel++) {
    const source = pixel * channels;
    const grey = channels <= 2;
    rgba[pixel * 4] = pixels[source];
    rgba[pixel * 4 + 1] = pixels[grey ? source : source + 1];
    rgba[pixel * 4 + 2] = pixels[grey ? source : source + 2];
    rgba[pixel * 4 + 3] = channels === 4 ? pixels[source + 3] : channels === 2 ? pixels[source + 1] : 255;
  }
  return { width: info.width, height: info.height, rgba };
}

/** @param {number} filter @param {number} left @param {number} up @param {number} upLeft */
function predict(filter, left, up, upLeft) {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const estimate = left + up - upLeft;
      const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
      return a <= b && a <= c ? left : b <= c ? up : upLeft;
    }
    default:
      throw new Error(`bad PNG filter ${filter}`);
  }
}

/**
 * The smallest rectangle holding every pixel that is not fully transparent.
 * @param {{ width: number, height: number, rgba: Uint8Array }} image
 */
export function opaqueBounds({ width, height, rgba }) {
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (rgba[(y * width + x) * 4 + 3] === 0) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return right < 0 ? null : { left, top, right, bottom };
}
