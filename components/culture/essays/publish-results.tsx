import { ActionButton } from "@/components/ui/action-button";
import { publishEssayResults } from "@/lib/culture/essays/actions";
import { ESSAY_MESSAGES } from "@/lib/culture/essays/labels";

/** 政治处's irreversible step: publish the awards, notify the winners. (A server component: no function props to ActionButton.) */
export function PublishResults({ callId, recused }: { callId: string; recused: boolean }) {
  if (recused) return <p className="text-sm text-amber-700">{ESSAY_MESSAGES.recused}</p>;
  return (
    <div className="space-y-2 text-sm">
      <p className="text-slate-600">
        在“评审与评奖”中为作品选定奖项后公布结果。公布后获奖名单向全院公开，获奖作者收到通知，评分和奖项不能再修改。
      </p>
      <ActionButton
        action={publishEssayResults}
        fields={{ callId }}
        label="公布评选结果"
        variant="primary"
        confirm="公布后奖项和评分不能再修改，获奖作者将收到通知。确定公布吗？"
      />
    </div>
  );
}
