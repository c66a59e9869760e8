// Demo photos drawn with sharp: a sky gradient, hills, a path, a group of
// figures and a caption line in Latin text (no download, no CJK font needed).
// Deterministic: the same scene gives the same bytes.
import sharp from "sharp";

export type Scene = {
  sky: [string, string];
  hill: string;
  people: number;
  label: string;
  seed: number;
};

const W = 1200;
const H = 800;

function figures(n: number, seed: number): string {
  let out = "";
  for (let i = 0; i < n; i++) {
    const x = 220 + ((i * 97 + seed * 31) % 760);
    const y = 560 + ((i * 53 + seed * 17) % 90);
    const colour = ["#c0392b", "#2c3e50", "#f39c12", "#16a085", "#8e44ad"][(i + seed) % 5];
    out += `<circle cx="${x}" cy="${y - 58}" r="13" fill="#f1c27d"/>`;
    out += `<rect x="${x - 13}" y="${y - 45}" width="26" height="46" rx="8" fill="${colour}"/>`;
    out += `<rect x="${x - 11}" y="${y}" width="8" height="30" fill="#34495e"/>`;
    out += `<rect x="${x + 3}" y="${y}" width="8" height="30" fill="#34495e"/>`;
  }
  return out;
}

function svg(s: Scene): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${s.sky[0]}"/><stop offset="1" stop-color="${s.sky[1]}"/>
    </linearGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#sky)"/>
  <circle cx="${900 - (s.seed % 5) * 90}" cy="150" r="60" fill="#fff6c8" opacity="0.9"/>
  <path d="M0 520 Q 250 ${380 + (s.seed % 4) * 20} 520 500 T 1200 470 V 800 H 0 Z" fill="${s.hill}" opacity="0.75"/>
  <path d="M0 600 Q 300 540 640 610 T 1200 580 V 800 H 0 Z" fill="${s.hill}"/>
  <path d="M560 800 C 600 700 700 650 760 600" stroke="#e8d8b0" stroke-width="40" fill="none"/>
  ${figures(s.people, s.seed)}
  <rect x="0" y="730" width="${W}" height="70" fill="#000" opacity="0.35"/>
  <text x="40" y="777" font-family="DejaVu Sans, sans-serif" font-size="34" fill="#fff">${s.label}</text>
</svg>`;
}

/** A 1200 × 800 JPEG of the scene, without metadata, and its 400 px WebP thumbnail. */
export async function drawPhoto(s: Scene): Promise<{ jpeg: Buffer; thumb: Buffer }> {
  const jpeg = await sharp(Buffer.from(svg(s)))
    .jpeg({ quality: 82 })
    .toBuffer();
  const thumb = await sharp(jpeg).resize({ width: 400 }).webp({ quality: 72 }).toBuffer();
  return { jpeg, thumb };
}
