import type { CallDetail } from "@/lib/culture/essays/queries";
import { formatDateTime } from "@/lib/format";

/** The call's theme, rules, window, rubric and judges. */
export function CallInfo({ call }: { call: CallDetail }) {
  return (
    <dl className="grid gap-4 text-sm sm:grid-cols-2">
      <div className="sm:col-span-2">
        <dt className="text-slate-500">主题</dt>
        <dd className="mt-1 whitespace-pre-wrap">{call.theme}</dd>
      </div>
      {call.rules ? (
        <div className="sm:col-span-2">
          <dt className="text-slate-500">征文规则</dt>
          <dd className="mt-1 leading-6 whitespace-pre-wrap">{call.rules}</dd>
        </div>
      ) : null}
      <div>
        <dt className="text-slate-500">征集时间</dt>
        <dd className="mt-1">
          {formatDateTime(call.opensAt)} 至 {formatDateTime(call.closesAt)}
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">作品数</dt>
        <dd className="mt-1">{call._count.entries} 篇</dd>
      </div>
      <div>
        <dt className="text-slate-500">评分标准（每项 1–10 分）</dt>
        <dd className="mt-1">{call.criteria.map((c) => c.label).join("、") || "—"}</dd>
      </div>
      <div>
        <dt className="text-slate-500">评委</dt>
        <dd className="mt-1">
          {call.judges.map((j) => j.user.realName).join("、") || "政治处"}
          <span className="block text-xs text-slate-500">匿名评审，评委不评本人作品（回避）</span>
        </dd>
      </div>
      {call.column ? (
        <div>
          <dt className="text-slate-500">获奖作品发布专栏</dt>
          <dd className="mt-1">{call.column.name}</dd>
        </div>
      ) : null}
    </dl>
  );
}
