// Draws the toolbar and store icons (public/icon/N.png): a red rounded square holding a white map pin.
import { mkdirSync, writeFileSync } from 'node:fs';
import { encodePng } from '../test/support/png';

const RED: [number, number, number] = [200, 0, 30];

/** Coverage (0–1) of a shape at a point, from its signed distance, for smooth edges at any size. */
const cover = (distance: number, pixel: number) => Math.min(1, Math.max(0, 0.5 - distance / pixel));

function roundedSquare(x: number, y: number, radius: number): number {
  const qx = Math.abs(x - 0.5) - (0.5 - radius);
  const qy = Math.abs(y - 0.5) - (0.5 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function pin(x: number, y: number): number {
  const head = Math.hypot(x - 0.5, y - 0.42) - 0.22;
  // The point: a triangle below the head, as the distance to its two slanted sides.
  const tip = Math.max(Math.abs(x - 0.5) * 1.6 + (y - 0.82) * 0.7, 0.42 - y);
  const body = Math.min(head, tip);
  const hole = Math.hypot(x - 0.5, y - 0.42) - 0.08;
  return Math.max(body, -hole);
}

for (const size of [16, 32, 48, 128]) {
  const px = 1 / size;
  const png = encodePng(size, size, (ix, iy) => {
    const x = (ix + 0.5) / size;
    const y = (iy + 0.5) / size;
    const bg = cover(roundedSquare(x, y, 0.2), px);
    const fg = cover(pin(x, y), px);
    const [r, g, b] = RED.map((c) => Math.round(c * (1 - fg) + 255 * fg));
    return [r!, g!, b!, Math.round(255 * bg)];
  });
  mkdirSync('public/icon', { recursive: true });
  writeFileSync(`public/icon/${size}.png`, png);
}
