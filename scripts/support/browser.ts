import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';

/** Where Debian's Chromium lives; CHROMIUM_PATH overrides it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts Debian's Chromium headless, as this workplace allows, or fails saying how to install it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}. Install it with \`sudo apt-get install chromium\` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary. Browser tests never skip.`,
    );
  }
  // Playwright gives every launch a fresh, empty profile; the background-networking flags keep
  // Chromium from calling home, which this machine's closed network refuses.
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A built site served over HTTP on localhost, under an optional base path. */
export interface SiteServer {
  /** The site's root address, ending in the base path, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves a built site folder on 127.0.0.1 at a free port, under `base` (default `/`). */
export async function serveSite(siteDir: string, base = '/'): Promise<SiteServer> {
  const files = sirv(siteDir, { dev: true, etag: true });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      response.end('Not under the base path');
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
