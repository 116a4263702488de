export function readZip(zip: Uint8Array): Map<string, Buffer>;
