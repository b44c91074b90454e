// Draws the ribbon and add-in icons (16, 32, 80 px) as real PNG files with node:zlib only:
// a green rounded square with a white check mark (validate) and a red one with a cross (clear).
// Run `node addin/scripts/make-icons.mjs` to regenerate addin/assets/*.png.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES = [16, 32, 80];
const ASSETS = fileURLToPath(new URL('../assets/', import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (size*size*4) -> PNG bytes (8-bit RGBA, no interlace). */
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Shapes in a 0..1 box; 4x4 supersampling keeps the small sizes smooth. */
function draw(size, background, strokes) {
  const rgba = Buffer.alloc(size * size * 4);
  const S = 4;
  const radius = 0.18;
  const width = 0.11;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          const qx = Math.max(Math.abs(u - 0.5) - (0.5 - radius), 0);
          const qy = Math.max(Math.abs(v - 0.5) - (0.5 - radius), 0);
          if (Math.hypot(qx, qy) > radius) continue;
          bg++;
          if (strokes.some(([ax, ay, bx, by]) => segmentDistance(u, v, ax, ay, bx, by) < width / 2)) fg++;
        }
      }
      const i = (y * size + x) * 4;
      const cover = bg / (S * S);
      const ink = bg === 0 ? 0 : fg / bg;
      rgba[i] = Math.round(background[0] * (1 - ink) + 255 * ink);
      rgba[i + 1] = Math.round(background[1] * (1 - ink) + 255 * ink);
      rgba[i + 2] = Math.round(background[2] * (1 - ink) + 255 * ink);
      rgba[i + 3] = Math.round(255 * cover);
    }
  }
  return encodePng(size, rgba);
}

const ICONS = {
  icon: {
    background: [0x10, 0x7c, 0x41],
    strokes: [
      [0.24, 0.52, 0.42, 0.7],
      [0.42, 0.7, 0.77, 0.3],
    ],
  },
  clear: {
    background: [0xc4, 0x31, 0x4b],
    strokes: [
      [0.3, 0.3, 0.7, 0.7],
      [0.7, 0.3, 0.3, 0.7],
    ],
  },
};

/** Writes every icon; with `onlyMissing`, keeps files already committed. */
export function makeIcons({ onlyMissing = false } = {}) {
  mkdirSync(ASSETS, { recursive: true });
  const written = [];
  for (const [name, spec] of Object.entries(ICONS)) {
    for (const size of ICON_SIZES) {
      const file = `${ASSETS}${name}-${size}.png`;
      if (onlyMissing && existsSync(file)) continue;
      writeFileSync(file, draw(size, spec.background, spec.strokes));
      written.push(file);
    }
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const f of makeIcons()) console.log(`wrote ${f}`);
}
