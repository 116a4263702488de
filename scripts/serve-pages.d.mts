export interface PageServer {
  origin: string;
  route(path: string, html: string): void;
  close(): Promise<void>;
}

export function servePages(options: {
  folders: Record<string, string>;
  port?: number;
  headers?: Record<string, string>;
}): Promise<PageServer>;
