// The nomination form posts its evidence rows as JSON in one field; each bad
// row gets a Chinese message on its own field key.
import { describe, expect, it } from "vitest";

import { NominateInput } from "@/lib/appraisal/honours/schemas";

const base = {
  batchId: "b1",
  nomineeId: "u1",
  deeds: "全年办理重大疑难案件十余件，所办案件无一错案。",
};

describe("NominateInput evidence", () => {
  it("reads the rows from JSON, or an array, or nothing", () => {
    const rows = [{ label: "考评表", href: "/appraisal/c/sheets/s" }];
    expect(NominateInput.parse({ ...base, evidence: JSON.stringify(rows) }).evidence).toEqual(rows);
    expect(NominateInput.parse({ ...base, evidence: rows }).evidence).toEqual(rows);
    expect(NominateInput.parse({ ...base, evidence: "" }).evidence).toEqual([]);
    expect(NominateInput.parse(base).evidence).toEqual([]);
  });

  it("refuses outside links, empty labels and malformed JSON in Chinese", () => {
    const bad = (evidence: unknown) => {
      const r = NominateInput.safeParse({ ...base, evidence });
      expect(r.success).toBe(false);
      return Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    };
    expect(
      bad(JSON.stringify([{ label: "外链", href: "https://example.com/x" }]))["evidence.0.href"],
    ).toBe("事迹材料链接须为本系统内的页面");
    expect(bad(JSON.stringify([{ label: "", href: "//evil.example" }]))).toEqual({
      "evidence.0.label": "请填写材料名称",
      "evidence.0.href": "事迹材料链接须为本系统内的页面",
    });
    expect(bad("{not json")).toEqual({ evidence: "事迹材料链接格式有误" });
  });
});
