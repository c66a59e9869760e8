// 检察长信箱 on a real database, part 3: tracking a letter with its access
// code, signed out, and the code's hourly throttle per address.
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { changeLetterStatus, replyLetter } from "@/lib/mailbox/actions";
import { setPublicClock, TOO_MANY_TRIES } from "@/lib/mailbox/public-action";
import { openTrackedLetter, postTrackedFollowUp } from "@/lib/mailbox/track-actions";

import { anonymousLetter, makeMailboxPeople, resetPublicRequest, type U } from "./fixtures/mailbox";
import { actAs } from "./helpers";
import { dataOf } from "./result";
import { testRequest } from "./setup";

let chief: U, writer: U;

beforeAll(async () => {
  ({ chief, writer } = await makeMailboxPeople());
});

afterEach(resetPublicRequest);

describe("tracking with the access code", () => {
  it("shows the thread with the right code, refuses a wrong one, and lets the writer follow up", async () => {
    const { id, code } = await anonymousLetter(writer, "匿名：办案区空调损坏");
    await actAs(chief);
    await replyLetter({ id, body: "已安排后勤维修。" });
    testRequest.sid = null; // the tracking page is used signed out
    testRequest.ip = "10.66.0.1";
    const seen = await openTrackedLetter({ code: code.toLowerCase().replace(/-/g, " ") });
    expect(seen).toMatchObject({ ok: true, data: { status: "REPLIED", subject: "反映食堂问题" } });
    const entries = dataOf(seen).entries;
    expect(entries.map((e) => e.kind)).toEqual(["WRITER", "REPLY"]);
    expect(entries[1].body).toBe("已安排后勤维修。");
    expect(JSON.stringify(seen)).not.toContain(id);

    expect(await openTrackedLetter({ code: "ABCD-EFGH-JKMN-PQRS-TUVW" })).toMatchObject({
      ok: false,
      message: "访问码不正确，请核对后重试",
    });
    expect(await openTrackedLetter({ code: "short" })).toMatchObject({
      ok: false,
      fieldErrors: { code: "访问码格式不正确" },
    });
    expect(await postTrackedFollowUp({ code, body: "" })).toMatchObject({
      ok: false,
      fieldErrors: { body: "请填写留言内容" },
    });

    expect(await postTrackedFollowUp({ code, body: "维修后仍有问题。" })).toMatchObject({
      ok: true,
      data: { status: "IN_PROGRESS" },
    });
    const last = await db.mailboxEntry.findMany({ where: { messageId: id, kind: "WRITER" } });
    expect(last).toHaveLength(2);
    for (const e of last) expect(e).toMatchObject({ authorId: null, postedAt: null });
    expect(
      (await db.mailboxMessage.findUniqueOrThrow({ where: { id } })).statusChangedAt,
    ).not.toBeNull(); // set by the chief's reply only

    // Only the wrong code left a counter row, and it names no letter.
    const attempts = await db.loginAttempt.findMany({ where: { ip: { startsWith: "track:" } } });
    expect(attempts.map((a) => a.ip)).toEqual(["track:10.66.0.1"]);
  });

  it("refuses the 11th try in an hour from one address, even with the right code", async () => {
    const { code } = await anonymousLetter(writer);
    testRequest.sid = null;
    testRequest.ip = "10.66.0.2";
    const t0 = new Date(Date.now() + 10 * 24 * 3600_000); // away from other tests' rows
    setPublicClock(() => t0);
    for (let i = 0; i < 10; i++)
      expect(
        await openTrackedLetter({ code: `WRNG-CODE-${String(i).padStart(4, "2")}-XXXX-YYYY` }),
      ).toMatchObject({ ok: false, message: "访问码不正确，请核对后重试" });
    expect(await openTrackedLetter({ code })).toEqual({ ok: false, message: TOO_MANY_TRIES });
    expect(await postTrackedFollowUp({ code, body: "追加" })).toEqual({
      ok: false,
      message: TOO_MANY_TRIES,
    });
    // Another address is not affected.
    testRequest.ip = "10.66.0.3";
    expect(await openTrackedLetter({ code })).toMatchObject({ ok: true });
    // An hour later the first address may try again.
    testRequest.ip = "10.66.0.2";
    setPublicClock(() => new Date(t0.getTime() + 61 * 60_000));
    expect(await openTrackedLetter({ code })).toMatchObject({ ok: true });
  });

  it("checks at most 10 codes from one address when 30 wrong ones arrive at once", async () => {
    testRequest.sid = null;
    testRequest.ip = "10.66.0.7";
    const t0 = new Date(Date.now() + 20 * 24 * 3600_000);
    setPublicClock(() => t0);
    try {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          openTrackedLetter({ code: `WRNG-CODE-${String(i).padStart(4, "3")}-XXXX-YYYY` }),
        ),
      );
      expect(
        results.filter((r) => !r.ok && r.message === "访问码不正确，请核对后重试"),
      ).toHaveLength(10);
      expect(results.filter((r) => !r.ok && r.message === TOO_MANY_TRIES)).toHaveLength(20);
      expect(await db.loginAttempt.count({ where: { ip: "track:10.66.0.7" } })).toBe(10);
    } finally {
      setPublicClock(null);
    }
  });

  it("refuses follow-ups on a closed letter", async () => {
    const { id, code } = await anonymousLetter(writer);
    await actAs(chief);
    await replyLetter({ id, body: "答复" });
    await changeLetterStatus({ id, command: "close" });
    testRequest.sid = null;
    testRequest.ip = "10.66.0.4";
    expect(await postTrackedFollowUp({ code, body: "还有问题" })).toMatchObject({
      ok: false,
      message: "来信已办结，不能再追加留言",
    });
    expect(await db.mailboxEntry.count({ where: { messageId: id } })).toBe(2);
  });
});
