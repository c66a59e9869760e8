"use client";

import { ActionButton } from "@/components/ui/action-button";
import { changeLetterStatus, openLetterFollowUp, replyLetter } from "@/lib/mailbox/actions";
import { nextLetterStatus } from "@/lib/mailbox/state";

import { BodyForm } from "./body-form";

/** The 检察长's or delegate's controls on one letter. */
export function HandlerPanel({
  id,
  status,
  followUpId,
}: {
  id: string;
  status: string;
  followUpId: string | null;
}) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        {nextLetterStatus(status, "acknowledge") ? (
          <ActionButton
            action={changeLetterStatus}
            fields={{ id, command: "acknowledge" }}
            label="签收"
          />
        ) : null}
        {nextLetterStatus(status, "start") ? (
          <ActionButton
            action={changeLetterStatus}
            fields={{ id, command: "start" }}
            label="转为办理中"
          />
        ) : null}
        {nextLetterStatus(status, "close") ? (
          <ActionButton
            action={changeLetterStatus}
            fields={{ id, command: "close" }}
            label="办结"
            confirm="办结后来信人不能再追加留言。确认办结？"
          />
        ) : null}
        {!followUpId && status !== "CLOSED" ? (
          <ActionButton
            action={openLetterFollowUp}
            fields={{ id }}
            label="转督办"
            confirm="将在督办台新建一项督办（标题不含来信内容）。确认？"
            success={() => <span className="text-xs text-green-700">已转督办</span>}
          />
        ) : null}
      </div>
      {nextLetterStatus(status, "reply") ? (
        <BodyForm
          action={replyLetter}
          fields={{ id }}
          label="答复内容"
          submit="发送答复"
          success="答复已发送"
        />
      ) : (
        <p className="text-sm text-slate-500">来信已办结。</p>
      )}
    </div>
  );
}
