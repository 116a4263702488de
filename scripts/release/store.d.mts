import type { Manifest } from './listing.mjs';

export function readBuiltManifest(build: string): { manifest: Manifest; name: string; description: string };
export function checkStore(options: { root: string; builds: { Chrome: string; Firefox: string } }): string[];
