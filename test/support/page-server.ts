import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gradientPng, scenePng } from './png';

export interface PageServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// `/img/640x480-3.png` draws a 640×480 test picture; the number after the dash picks its colours.
// `/scene/1200x800-2.png`: a landscape for the demo page.
const SCENE_PATH = /^\/scene\/(\d{1,4})x(\d{1,4})(?:-(\d+))?\.png$/;
const IMAGE_PATH = /^\/img\/(\d{1,4})x(\d{1,4})(?:-(\d+))?\.png$/;

/** An MP4 header and filler: enough for type checks and uploads, not for playback. */
function fakeMp4(): Buffer {
  const header = Buffer.from([
    0,
    0,
    0,
    0x18,
    ...Buffer.from('ftypisom'),
    0,
    0,
    2,
    0,
    ...Buffer.from('isomiso2'),
  ]);
  return Buffer.concat([header, Buffer.alloc(4096, 7)]);
}

async function respond(
  dir: string,
  path: string,
): Promise<{ status: number; type: string; body: Buffer | string }> {
  if (path === '/video/clip.mp4') return { status: 200, type: 'video/mp4', body: fakeMp4() };
  const scene = SCENE_PATH.exec(path);
  if (scene) {
    const [, w, h, seed] = scene;
    return { status: 200, type: 'image/png', body: scenePng(Number(w), Number(h), Number(seed ?? 0)) };
  }
  const image = IMAGE_PATH.exec(path);
  if (image) {
    const [, w, h, seed] = image;
    return { status: 200, type: 'image/png', body: gradientPng(Number(w), Number(h), Number(seed ?? 0)) };
  }
  const file = normalize(join(dir, decodeURIComponent(path)));
  if (!file.startsWith(dir)) return { status: 403, type: 'text/plain', body: 'forbidden' };
  try {
    return {
      status: 200,
      type: TYPES[extname(file)] ?? 'application/octet-stream',
      body: await readFile(file),
    };
  } catch {
    return { status: 404, type: 'text/plain', body: 'not found' };
  }
}

/** Serves test pages from `dir` and generated PNGs on 127.0.0.1, on a free port. */
export async function startPageServer(dir: string): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    void respond(dir, path).then(({ status, type, body }) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
