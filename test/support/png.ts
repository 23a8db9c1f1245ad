import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA colour of the pixel at (x, y). */
export type Painter = (x: number, y: number) => [number, number, number, number];

/** Encodes an RGBA image as PNG; small enough for icons and test images, no dependency. */
export function encodePng(width: number, height: number, paint: Painter): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) raw.set(paint(x, y), row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A test photo stand-in: a diagonal gradient whose hue comes from `seed`, so images differ visibly. */
export function gradientPng(width: number, height: number, seed = 0): Buffer {
  const hue = (seed * 47) % 360;
  const [r, g, b] = [hue, hue + 120, hue + 240].map((h) =>
    Math.round(127 + 100 * Math.cos((h * Math.PI) / 180)),
  );
  return encodePng(width, height, (x, y) => {
    const t = (x / width + y / height) / 2;
    return [
      Math.round(r! * (1 - t) + 40 * t),
      Math.round(g! * (1 - t) + 40 * t),
      Math.round(b! * (1 - t) + 60 * t),
      255,
    ];
  });
}

/**
 * A landscape for the demo page: sky, sun, two mountain ridges and a lake, varied by `seed`; close
 * enough to a photo that the popup's grid looks like a real page's.
 */
export function scenePng(width: number, height: number, seed = 0): Buffer {
  const rand = (n: number) => {
    const x = Math.sin(seed * 97.13 + n * 13.7) * 43758.5453;
    return x - Math.floor(x);
  };
  const warm = rand(1) > 0.5;
  const sky: [number, number, number] = warm ? [250, 170, 110] : [120, 180, 235];
  const high: [number, number, number] = warm ? [70, 60, 120] : [40, 90, 170];
  const sun = {
    x: width * (0.2 + 0.6 * rand(2)),
    y: height * (0.18 + 0.2 * rand(3)),
    r: Math.min(width, height) * 0.07,
  };
  const horizon = height * 0.68;
  const ridge = (x: number, layer: number) =>
    height *
    (0.42 +
      0.1 * layer +
      0.08 * Math.sin(x / (width * (0.11 + 0.05 * rand(4 + layer))) + rand(5 + layer) * 6) +
      0.04 * Math.sin(x / (width * 0.037) + layer));
  const mix = (a: number[], b: number[], t: number) => a.map((v, i) => Math.round(v * (1 - t) + b[i]! * t));
  return encodePng(width, height, (x, y) => {
    const sy = y < horizon ? y : 2 * horizon - y; // the lake mirrors the land above it
    let colour: number[];
    if (Math.hypot(x - sun.x, sy - sun.y) < sun.r) colour = [255, 236, 180];
    else colour = mix(high, sky, Math.min(1, sy / horizon));
    if (sy > ridge(x, 0)) colour = warm ? [90, 70, 100] : [70, 100, 120];
    if (sy > ridge(x, 1.2)) colour = warm ? [60, 50, 70] : [40, 80, 60];
    if (y >= horizon) colour = mix(colour, [30, 60, 90], 0.35 + 0.1 * Math.sin(y * 0.9 + x * 0.05));
    return [colour[0]!, colour[1]!, colour[2]!, 255];
  });
}
