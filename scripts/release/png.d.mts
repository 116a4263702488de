export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  hasAlpha: boolean;
  interlaced: boolean;
}
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}
export function pngInfo(file: Uint8Array): PngInfo;
export function decodePng(file: Uint8Array): Pixels;
export function opaqueBounds(image: Pixels): { left: number; top: number; right: number; bottom: number } | null;
