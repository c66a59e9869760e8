"use client";

import { useId, useState } from "react";

import { inputClass } from "@/components/ui/styles";
import { tagPhoto } from "@/lib/culture/album/actions";

export type Person = { id: string; name: string; department: string };

/** Finds a colleague by name or department and tags them in the photo. */
export function TagPicker({
  photoId,
  people,
  tagged,
}: {
  photoId: string;
  people: Person[];
  tagged: string[];
}) {
  const id = useId();
  const [q, setQ] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const term = q.trim();
  const matches = term
    ? people
        .filter((p) => !tagged.includes(p.id))
        .filter((p) => p.name.includes(term) || p.department.includes(term))
        .slice(0, 8)
    : [];
  const tag = async (p: Person) => {
    setBusy(true);
    const r = await tagPhoto({ photoId, userId: p.id }).catch(() => null);
    setBusy(false);
    if (r?.ok) {
      setQ("");
      setMessage({ ok: true, text: `已标记 ${p.name}` });
    } else
      setMessage({
        ok: false,
        text: r ? (r.fieldErrors?.userId ?? r.message) : "标记失败，请重试",
      });
  };
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-q`} className="block text-sm font-medium text-slate-200">
        标记照片中的人员
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={q}
        maxLength={20}
        onChange={(e) => setQ(e.target.value)}
        placeholder="输入姓名或部门搜索"
        className={inputClass}
        autoComplete="off"
      />
      {term && matches.length === 0 ? (
        <p className="text-xs text-slate-300">没有找到匹配的在职干警</p>
      ) : null}
      {matches.length > 0 ? (
        <ul aria-label="搜索结果" className="max-h-48 overflow-y-auto rounded-md bg-white text-sm">
          {matches.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                disabled={busy}
                onClick={() => tag(p)}
                className="w-full px-3 py-1.5 text-left text-slate-800 hover:bg-brand-50 disabled:opacity-60"
              >
                标记 {p.name}
                <span className="ml-2 text-xs text-slate-500">{p.department}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={`text-xs ${message.ok ? "text-green-300" : "text-red-300"}`}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
