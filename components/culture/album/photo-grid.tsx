"use client";

import { useState } from "react";

import { StatusBadge } from "@/components/ui/status-badge";
import type { PhotoCard } from "@/lib/culture/album/cards";
import { PHOTO_STATUS_LABELS, PHOTO_STATUS_TONES } from "@/lib/culture/album/labels";

import { Lightbox, type Viewing } from "./lightbox";

/** Thumbnails in a grid; a click (or Enter) opens the lightbox on that photo. */
export function PhotoGrid({
  photos,
  focus,
  viewing,
  showAlbum,
}: {
  photos: PhotoCard[];
  focus?: string | null;
  viewing: Viewing;
  showAlbum?: boolean;
}) {
  // The open photo by id, so that a refresh after a tag or a moderation keeps it open.
  const [openId, setOpenId] = useState<string | null>(focus ?? null);
  const index = openId ? photos.findIndex((p) => p.id === openId) : -1;
  return (
    <>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {photos.map((p, i) => (
          <li key={p.id} className="overflow-hidden rounded-md border border-slate-200 bg-slate-50">
            <button
              type="button"
              onClick={() => setOpenId(p.id)}
              aria-label={`查看照片 ${i + 1}${p.caption ? `：${p.caption}` : ""}`}
              className="block aspect-[3/2] w-full overflow-hidden focus:ring-2 focus:ring-brand-600 focus:outline-none"
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- an authorised route, not a static asset */}
              <img
                src={p.thumbUrl}
                alt={p.caption || `照片 ${i + 1}`}
                loading="lazy"
                className="h-full w-full object-cover transition hover:scale-105"
              />
            </button>
            <div className="space-y-1 px-2 py-1.5 text-xs text-slate-600">
              <div className="flex items-center justify-between gap-2">
                <span className="truncate">{p.caption || p.uploaderName}</span>
                {p.status !== "APPROVED" ? (
                  <StatusBadge
                    status={p.status}
                    labels={PHOTO_STATUS_LABELS}
                    tones={PHOTO_STATUS_TONES}
                  />
                ) : null}
              </div>
              {showAlbum ? <p className="truncate text-slate-500">{p.albumTitle}</p> : null}
              {p.tags.length > 0 ? (
                <p className="truncate text-slate-500">
                  标记：{p.tags.map((t) => t.name).join("、")}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {index >= 0 ? (
        <Lightbox
          photos={photos}
          index={index}
          onMove={(i) => setOpenId(photos[i].id)}
          onClose={() => setOpenId(null)}
          viewing={viewing}
        />
      ) : null}
    </>
  );
}
