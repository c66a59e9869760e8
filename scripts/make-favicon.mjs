// Writes public/favicon.ico (16, 32 and 48 px PNGs in one ICO) and
// public/apple-touch-icon.png from public/logo-mark.svg. Run it again after
// changing the mark: node scripts/make-favicon.mjs
import fs from "node:fs";

import sharp from "sharp";

const svg = fs.readFileSync("public/logo-mark.svg");
const sizes = [16, 32, 48];
const pngs = await Promise.all(
  sizes.map((s) => sharp(svg, { density: 300 }).resize(s, s).png().toBuffer()),
);
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(sizes.length, 4);
let offset = 6 + 16 * sizes.length;
const dir = sizes.map((s, i) => {
  const e = Buffer.alloc(16);
  e.writeUInt8(s, 0);
  e.writeUInt8(s, 1);
  e.writeUInt8(0, 2);
  e.writeUInt8(0, 3);
  e.writeUInt16LE(1, 4);
  e.writeUInt16LE(32, 6);
  e.writeUInt32LE(pngs[i].length, 8);
  e.writeUInt32LE(offset, 12);
  offset += pngs[i].length;
  return e;
});
fs.writeFileSync("public/favicon.ico", Buffer.concat([header, ...dir, ...pngs]));
await sharp(svg, { density: 300 }).resize(180, 180).png().toFile("public/apple-touch-icon.png");
