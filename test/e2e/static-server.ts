import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

export interface StaticServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  readonly url: string;
  /** Serves another build from now on, behind the same origin (a new version deployed). */
  setRoot(dir: string): void;
  /** Stops the server and cuts every open connection: the network is gone for the app. */
  stop(): Promise<void>;
}

/**
 * A tiny static server for a built app, as a host would run it: files as they are, index.html for
 * the app's own paths. The tests own it, so they can swap the build behind it or stop it.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  let dir = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // A deep link (/a/<id>/grid) gets the app; a missing file is a 404.
      if (extname(path)) {
        res.writeHead(404).end();
        return;
      }
      file = join(dir, 'index.html');
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setRoot: (next) => {
      dir = resolve(next);
    },
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
