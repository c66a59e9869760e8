// The CJK font the PDF writer embeds and the chart renderer draws its text
// with: Noto Serif SC (SIL Open Font License 1.1), shipped as TrueType files
// by the npm package @expo-google-fonts/noto-serif-sc, so nothing is fetched
// at run time and no system font is needed. pdfkit embeds only the glyphs a
// document uses (fontkit subsets), so a PDF stays small. Read once per process.
import "server-only";

import fs from "node:fs";
import path from "node:path";

import * as fontkit from "fontkit";

export type FontWeight = "regular" | "bold";

const FILES: Record<FontWeight, string> = {
  regular: "400Regular/NotoSerifSC_400Regular.ttf",
  bold: "700Bold/NotoSerifSC_700Bold.ttf",
};

const PACKAGE_DIR = ["node_modules", "@expo-google-fonts", "noto-serif-sc"];

/** The font file on disk; the project root is the working directory of the server and tests. */
export function fontPath(weight: FontWeight): string {
  return path.join(process.cwd(), ...PACKAGE_DIR, FILES[weight]);
}

const buffers = new Map<FontWeight, Buffer>();
const faces = new Map<FontWeight, fontkit.Font>();

export function fontBuffer(weight: FontWeight): Buffer {
  let buf = buffers.get(weight);
  if (!buf) {
    const file = fontPath(weight);
    if (!fs.existsSync(file))
      throw new Error(
        `缺少中文字体文件 ${file}：请运行 npm install（@expo-google-fonts/noto-serif-sc）`,
      );
    buf = fs.readFileSync(file);
    buffers.set(weight, buf);
  }
  return buf;
}

/** The parsed font, for laying out text as outlines (charts). */
export function fontFace(weight: FontWeight): fontkit.Font {
  let face = faces.get(weight);
  if (!face) {
    const parsed = fontkit.create(fontBuffer(weight));
    if (!("layout" in parsed)) throw new Error("字体文件是字体集合，不是单个字体");
    face = parsed;
    faces.set(weight, face);
  }
  return face;
}
