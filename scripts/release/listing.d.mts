export type Manifest = Record<string, any>;
export interface Justification {
  heading: string;
  entries: string[];
  browsers: string[];
  text: string;
}
export function length(text: string): number;
export const LIMITS: {
  chromeName: number;
  firefoxName: number;
  edgeName: number;
  chromeSummary: number;
  firefoxSummary: number;
  chromeDescription: number;
  chromePrivacyField: number;
};
export const CHROME_FIELDS: string[];
export const FIREFOX_FIELDS: string[];
export function fieldsOf(markdown: string): Map<string, string>;
export function undocumentedPlaceholders(text: string, documented: string[]): string[];
export function documentedPlaceholders(markdown: string): string[];
export function accessOf(manifest: Manifest): string[];
export function justificationsOf(markdown: string): Justification[];
export function permissionProblems(justifications: Justification[], manifests: Record<string, Manifest>): string[];
export function tableEntries(markdown: string, heading: string): string[];
export const IMAGE_RULES: { prefix: string; sizes: [number, number][]; alpha: boolean; padding?: number }[];
export function imageProblems(images: Map<string, Uint8Array>, minScreenshots?: number): string[];
export function listedImages(markdown: string): string[];
export const LISTING_LOCALES: string[];
export const LOCALIZED_CHROME_FIELDS: string[];
export const LOCALIZED_FIREFOX_FIELDS: string[];
export function localizedListingProblems(listing: {
  locale: string;
  chrome: string;
  firefox: string;
  description: string;
  name: string;
  summary: string;
}): string[];
