"use client";

import { useEffect, useRef, useState } from "react";

import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { moderatePhoto, untagPhoto } from "@/lib/culture/album/actions";
import type { PhotoCard } from "@/lib/culture/album/cards";
import { PHOTO_STATUS_LABELS, PHOTO_STATUS_TONES } from "@/lib/culture/album/labels";

import { TagPicker, type Person } from "./tag-picker";

export type Viewing = { viewerId: string; manages: boolean; people: Person[] };

/**
 * One photo at full size in a modal dialog: ←/→ move, Esc closes. Shows the
 * caption, the uploader and the people tagged; tags and untags, and lets
 * 政治处 approve or hide.
 */
export function Lightbox({
  photos,
  index,
  onMove,
  onClose,
  viewing,
}: {
  photos: PhotoCard[];
  index: number;
  onMove: (index: number) => void;
  onClose: () => void;
  viewing: Viewing;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // The error belongs to the photo it was about; moving on drops it.
  const [error, setError] = useState<{ photoId: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const photo = photos[index];
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  if (!photo) return null;
  const prev = index > 0 ? index - 1 : null;
  const next = index < photos.length - 1 ? index + 1 : null;
  const onKeyDown = (e: React.KeyboardEvent) => {
    if ((e.target as HTMLElement).tagName === "INPUT") return;
    if (e.key === "ArrowLeft" && prev !== null) onMove(prev);
    if (e.key === "ArrowRight" && next !== null) onMove(next);
  };
  const run = async (fn: () => Promise<{ ok: boolean; message?: string }>) => {
    setBusy(true);
    const r = await fn().catch(() => ({ ok: false, message: "操作失败，请重试" }));
    setBusy(false);
    setError(r.ok ? null : { photoId: photo.id, text: r.message ?? "操作失败，请重试" });
  };
  const mayUntag = (t: PhotoCard["tags"][number]) =>
    t.userId === viewing.viewerId || t.taggedById === viewing.viewerId || viewing.manages;
  const title = photo.caption || `照片 ${index + 1}`;
  return (
    <dialog
      ref={ref}
      aria-label={`照片查看：${title}`}
      onClose={onClose}
      onKeyDown={onKeyDown}
      className="m-0 h-dvh max-h-none w-screen max-w-none bg-slate-950/95 p-0 text-slate-100 backdrop:bg-black/80"
    >
      <div className="flex h-full flex-col lg:flex-row">
        <div className="relative flex min-h-0 flex-1 items-center justify-center p-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- an authorised route, not a static asset */}
          <img
            key={photo.id}
            src={photo.imageUrl}
            alt={title}
            width={photo.width}
            height={photo.height}
            className="max-h-full max-w-full object-contain"
          />
          <button
            type="button"
            aria-label="上一张"
            disabled={prev === null}
            onClick={() => prev !== null && onMove(prev)}
            className="absolute top-1/2 left-2 -translate-y-1/2 rounded-full bg-black/50 px-3 py-2 text-2xl disabled:opacity-30"
          >
            ‹
          </button>
          <button
            type="button"
            aria-label="下一张"
            disabled={next === null}
            onClick={() => next !== null && onMove(next)}
            className="absolute top-1/2 right-2 -translate-y-1/2 rounded-full bg-black/50 px-3 py-2 text-2xl disabled:opacity-30"
          >
            ›
          </button>
        </div>
        <aside className="w-full shrink-0 space-y-4 overflow-y-auto border-t border-slate-800 p-4 text-sm lg:w-80 lg:border-t-0 lg:border-l">
          <div className="flex items-center justify-between">
            <span className="text-slate-400">
              {index + 1} / {photos.length}
            </span>
            <button
              type="button"
              onClick={() => ref.current?.close()}
              className="rounded px-2 py-1 hover:bg-slate-800"
            >
              关闭（Esc）
            </button>
          </div>
          <div className="space-y-1">
            <p className="text-base font-medium">{photo.caption || "（无说明）"}</p>
            <p className="text-slate-400">上传人：{photo.uploaderName}</p>
            {photo.status !== "APPROVED" ? (
              <StatusBadge
                status={photo.status}
                labels={PHOTO_STATUS_LABELS}
                tones={PHOTO_STATUS_TONES}
              />
            ) : null}
          </div>
          <section aria-label="照片中的人员" className="space-y-2">
            <h3 className="font-medium">照片中的人员</h3>
            {photo.tags.length === 0 ? <p className="text-slate-400">尚未标记人员</p> : null}
            <ul className="flex flex-wrap gap-2">
              {photo.tags.map((t) => (
                <li
                  key={t.userId}
                  className="inline-flex items-center gap-1 rounded-full bg-slate-800 px-2 py-0.5"
                >
                  {t.name}
                  {mayUntag(t) ? (
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => run(() => untagPhoto({ photoId: photo.id, userId: t.userId }))}
                      className="text-xs text-slate-300 underline hover:text-white"
                    >
                      {t.userId === viewing.viewerId ? "取消标记我" : `移除${t.name}`}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
          {photo.status === "APPROVED" ? (
            <TagPicker
              key={photo.id}
              photoId={photo.id}
              people={viewing.people}
              tagged={photo.tags.map((t) => t.userId)}
            />
          ) : (
            <p className="text-xs text-slate-400">照片经政治处审核发布后可以标记人员。</p>
          )}
          {viewing.manages ? (
            <div className="flex gap-2">
              {photo.status !== "APPROVED" ? (
                <button
                  type="button"
                  disabled={busy}
                  className={`${buttonClass.primary} px-3 py-1`}
                  onClick={() =>
                    run(() => moderatePhoto({ photoId: photo.id, status: "APPROVED" }))
                  }
                >
                  {photo.status === "HIDDEN" ? "恢复发布" : "审核通过"}
                </button>
              ) : null}
              {photo.status !== "HIDDEN" ? (
                <button
                  type="button"
                  disabled={busy}
                  className={`${buttonClass.secondary} px-3 py-1`}
                  onClick={() => run(() => moderatePhoto({ photoId: photo.id, status: "HIDDEN" }))}
                >
                  隐藏
                </button>
              ) : null}
            </div>
          ) : null}
          {error?.photoId === photo.id ? (
            <p role="alert" className="text-red-300">
              {error.text}
            </p>
          ) : null}
        </aside>
      </div>
    </dialog>
  );
}
