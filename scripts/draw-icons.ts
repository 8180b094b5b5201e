// Draws the site's favicon and Apple touch icon (a leaf on the brand colour) into public/; their output is committed.
// Run after changing the drawing: npx tsx scripts/draw-icons.ts
import { writeFileSync } from "node:fs";
import sharp from "sharp";

const BRAND = "#1f4d3a";
const SAND = "#efe6d2";

// A leaf leaning right with its midrib and two pairs of veins, on a 64-unit grid.
const LEAF = `
  <g transform="rotate(35 32 32)">
    <path d="M32 6 C47 16 50 36 32 58 C14 36 17 16 32 6 Z" fill="${SAND}"/>
    <path d="M32 14 V58 M32 28 L41 21 M32 28 L23 21 M32 40 L43 32 M32 40 L21 32"
          stroke="${BRAND}" stroke-width="2.6" stroke-linecap="round" fill="none"/>
  </g>`;

function svg(cornerRadius: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="${cornerRadius}" fill="${BRAND}"/>${LEAF}
</svg>
`;
}

/** An ICO file holding PNG images (allowed since Windows Vista, read by every current browser). */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

async function main() {
  const rounded = svg(12);
  writeFileSync("public/favicon.svg", rounded);
  const pngs = await Promise.all(
    [16, 32, 48].map(async (size) => ({
      size,
      data: await sharp(Buffer.from(rounded), { density: (72 * size) / 64 }).resize(size, size).png().toBuffer(),
    })),
  );
  writeFileSync("public/favicon.ico", ico(pngs));
  // iOS rounds the corners itself and shows transparency as black: a full square.
  await sharp(Buffer.from(svg(0)), { density: (72 * 180) / 64 }).resize(180, 180).flatten({ background: BRAND })
    .png().toFile("public/apple-touch-icon.png");
}

await main();
