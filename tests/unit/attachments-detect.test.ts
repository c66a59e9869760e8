// Upload checks that need no database: the type comes from the bytes (never
// the name), only PDF, DOCX, JPEG, PNG and WebP pass, names are made safe and
// carry the real extension, and downloads name the file per RFC 5987.
import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { contentDisposition, detectAllowedType, safeFileName } from "@/lib/attachments/detect";
import { formatFileSize, isAllowedMime, MAX_UPLOAD_BYTES } from "@/lib/attachments/types";

import { makeDocx, makeJpegWithExif, makePdf, makeZip } from "../support/files";

const image = (format: "png" | "webp" | "gif" | "tiff") =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } })
    .toFormat(format)
    .toBuffer();

describe("detectAllowedType", () => {
  it("recognises the five allowed types from their bytes", async () => {
    expect(await detectAllowedType(makePdf())).toBe("application/pdf");
    expect(await detectAllowedType(makeDocx())).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(await detectAllowedType(await makeJpegWithExif())).toBe("image/jpeg");
    expect(await detectAllowedType(await image("png"))).toBe("image/png");
    expect(await detectAllowedType(await image("webp"))).toBe("image/webp");
  });

  it("refuses known but disallowed types: GIF, TIFF, a plain ZIP, an XLSX, an executable", async () => {
    expect(await detectAllowedType(await image("gif"))).toBeNull();
    expect(await detectAllowedType(await image("tiff"))).toBeNull();
    expect(await detectAllowedType(makeZip({ "readme.txt": "hello" }))).toBeNull();
    const xlsx = makeZip({
      "[Content_Types].xml":
        '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      "xl/workbook.xml": "<workbook/>",
    });
    expect(await detectAllowedType(xlsx)).toBeNull();
    expect(
      await detectAllowedType(Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)])),
    ).toBeNull();
  });

  it("refuses text, HTML and SVG whatever they claim to be", async () => {
    expect(
      await detectAllowedType(Buffer.from("<html><script>alert(1)</script></html>")),
    ).toBeNull();
    expect(
      await detectAllowedType(
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      ),
    ).toBeNull();
    expect(await detectAllowedType(Buffer.from("就是一段文字，改名为 .pdf"))).toBeNull();
    expect(await detectAllowedType(new Uint8Array())).toBeNull();
  });
});

describe("limits and names", () => {
  it("allows exactly 10 MB", () => {
    expect(MAX_UPLOAD_BYTES).toBe(10 * 1024 * 1024);
    expect(isAllowedMime("image/svg+xml")).toBe(false);
    expect(isAllowedMime("application/pdf")).toBe(true);
    expect(formatFileSize(MAX_UPLOAD_BYTES)).toBe("10.0 MB");
    expect(formatFileSize(2048)).toBe("2 KB");
  });

  it("keeps a matching extension and appends the real one otherwise", () => {
    expect(safeFileName("学习提纲.pdf", "application/pdf")).toBe("学习提纲.pdf");
    expect(safeFileName("照片.JPEG", "image/jpeg")).toBe("照片.JPEG");
    expect(safeFileName("讲稿.docx", "application/pdf")).toBe("讲稿.docx.pdf");
    expect(safeFileName("noext", "image/png")).toBe("noext.png");
  });

  it("drops paths, control and bidi characters, and caps the length at 100", () => {
    expect(safeFileName("C:\\Users\\x\\..\\secret.pdf", "application/pdf")).toBe("secret.pdf");
    expect(safeFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeFileName("a\u202Efdp.exe", "application/pdf")).toBe("afdp.exe.pdf");
    expect(safeFileName('bad\r\nname".pdf', "application/pdf")).toBe("badname.pdf");
    expect(safeFileName("...", "application/pdf")).toBe("附件.pdf");
    const long = safeFileName(`${"长".repeat(300)}.pdf`, "application/pdf");
    expect([...long]).toHaveLength(100);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("encodes a Chinese name as RFC 5987 filename* with an ASCII fallback", () => {
    const h = contentDisposition("学习 提纲(1).pdf");
    expect(h).toBe(
      "attachment; filename=\"__ __(1).pdf\"; filename*=UTF-8''%E5%AD%A6%E4%B9%A0%20%E6%8F%90%E7%BA%B2%281%29.pdf",
    );
    expect(h).not.toMatch(/[^\x20-\x7e]/);
    expect(decodeURIComponent(h.split("UTF-8''")[1])).toBe("学习 提纲(1).pdf");
  });
});
