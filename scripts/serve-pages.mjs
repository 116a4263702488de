// A static file server on 127.0.0.1 for the demo page (`npm run dev`) and the browser tests.
import { createServer } from 'node:http';
/** @import { IncomingMessage, ServerResponse } from 'node:http' */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
};

/**
 * @typedef {object} PageServer
 * @property {string} origin
 * @property {(path: string, html: string) => void} route
 * @property {() => Promise<void>} close
 */

/**
 * Serves each folder under its own prefix, e.g. { '/': 'tests/fixtures/pages' }.
 * `headers` are added to every response (tests use them for a Content-Security-Policy).
 * Routes registered later with `server.route(path, html)` answer from memory.
 * @param {{ folders: Record<string, string>, port?: number, headers?: Record<string, string> }} options
 * @returns {Promise<PageServer>}
 */
export async function servePages({ folders, port = 0, headers = {} }) {
  /** @type {Map<string, string>} */
  const routes = new Map();
  /** @type {(request: IncomingMessage, response: ServerResponse) => Promise<void>} */
  const answer = async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const body = routes.get(path) ?? (await readFromFolders(folders, path));
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html; charset=utf-8', ...headers });
    response.end(body);
  };
  const server = createServer((request, response) => {
    answer(request, response).catch((/** @type {unknown} */ error) => {
      response.writeHead(500, { 'content-type': 'text/plain', ...headers }).end(String(error));
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    /** @param {string} path @param {string} html */
    route(path, html) {
      routes.set(path, html);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * @param {Record<string, string>} folders
 * @param {string} path
 */
async function readFromFolders(folders, path) {
  for (const [prefix, folder] of Object.entries(folders)) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(folder, path.slice(prefix.length)));
    if (!file.startsWith(normalize(folder) + sep) && file !== normalize(folder)) continue;
    try {
      return await readFile(file);
    } catch {
      // Not in this folder: try the next.
    }
  }
  return undefined;
}
