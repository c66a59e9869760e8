// The global search's pure parts (issue 15 item 6): which kinds each role may
// search — each kind exactly when the role holds its list's permission in the
// one table — and how ?q= is read, with a Chinese message for what cannot be
// searched.
import { describe, expect, it } from "vitest";

import { can, type Permission } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/auth/roles";
import { maySearch, SEARCH_KINDS, searchableKinds } from "@/lib/search/access";
import { parseSearchQuery, SEARCH_MAX } from "@/lib/search/schemas";

describe("searchable kinds", () => {
  const records = [
    "conduct",
    "consult",
    "activity",
    "studyLog",
    "studyReview",
    "event",
    "pastEvent",
  ];
  // Every business role finds its own major matters, the essay calls, the 专栏 articles and
  // its appraisal cycles; 人员 is 政治处's, 院领导's and (their own departments') heads' and
  // liaisons'; staff find no one.
  const tail = ["essayCall", "essayEntry", "article", "cycle"];
  const expected: Record<Role, string[]> = {
    LEADER: ["colleague", "report", "followUp", "talk", "letter", "myMatter", ...records, ...tail],
    POLITICAL_OFFICE: [
      "colleague",
      "report",
      "followUp",
      "talk",
      "letter",
      "matter",
      "myMatter",
      ...records,
      ...tail,
    ],
    DEPT_HEAD: ["colleague", "report", "followUp", "talk", "myMatter", ...records, ...tail],
    LIAISON: ["colleague", "report", "followUp", "myMatter", ...records, ...tail],
    STAFF: ["followUp", "myMatter", ...records, ...tail],
    SYS_ADMIN: ["person"],
    AUDITOR: [],
  };

  it.each(ROLES)("%s searches exactly the lists its permissions open", (role) => {
    expect(searchableKinds([role])).toEqual(expected[role]);
    expect(maySearch([role])).toBe(expected[role].length > 0);
  });

  it("follows the permission table, kind by kind", () => {
    for (const role of ROLES)
      for (const [kind, perms] of Object.entries(SEARCH_KINDS))
        expect(searchableKinds([role]).includes(kind as keyof typeof SEARCH_KINDS)).toBe(
          (perms as readonly Permission[]).some((p) => can([role], p)),
        );
  });

  it("a person with several roles searches the union", () => {
    expect(searchableKinds(["DEPT_HEAD", "STAFF"])).toEqual(expected.DEPT_HEAD);
  });
});

describe("parseSearchQuery", () => {
  it("trims a keyword and passes it on", () => {
    expect(parseSearchQuery("  张三 ")).toEqual({ ok: true, q: "张三" });
    expect(parseSearchQuery("梁检政〔2026〕9号")).toEqual({ ok: true, q: "梁检政〔2026〕9号" });
    expect(parseSearchQuery("%_'\"<b>")).toEqual({ ok: true, q: "%_'\"<b>" });
    expect(parseSearchQuery(["甲", "乙"])).toEqual({ ok: true, q: "甲" });
    expect(parseSearchQuery("长".repeat(SEARCH_MAX))).toMatchObject({ ok: true });
  });

  it("refuses what cannot be searched, in Chinese, keeping what can be shown", () => {
    expect(parseSearchQuery(undefined)).toMatchObject({
      ok: false,
      message: "请输入要搜索的关键词",
    });
    expect(parseSearchQuery("   ")).toMatchObject({
      ok: false,
      q: "",
      message: "请输入要搜索的关键词",
    });
    const long = parseSearchQuery("长".repeat(SEARCH_MAX + 1));
    expect(long).toMatchObject({ ok: false, message: `关键词不能超过 ${SEARCH_MAX} 个字符` });
    expect(long.q).toHaveLength(SEARCH_MAX);
    expect(parseSearchQuery("x".repeat(100_000))).toMatchObject({ ok: false });
    expect(parseSearchQuery("甲\u0000乙")).toEqual({
      ok: false,
      q: "甲乙",
      message: "关键词含有无法识别的字符",
    });
    expect(parseSearchQuery("甲\n乙")).toMatchObject({
      ok: false,
      message: "关键词含有无法识别的字符",
    });
  });
});
