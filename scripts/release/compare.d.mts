export interface Comparison {
  missing: string[];
  extra: string[];
  different: string[];
}
export function compareFiles(expected: Map<string, Uint8Array>, actual: Map<string, Uint8Array>): Comparison;
export function describeDifferences(comparison: Comparison): string[];
