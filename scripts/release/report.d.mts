export interface FileReport {
  name: string;
  size: number;
  sha256: string;
  note?: string;
}
export function describeFile(name: string, bytes: Uint8Array): FileReport;
export function formatFiles(files: FileReport[]): string;
