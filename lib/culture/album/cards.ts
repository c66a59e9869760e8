// How a photo is shown: the fields read for a card, its URLs, and the card
// the grid, the lightbox and the moderation queue share.
import "server-only";

import type { PhotoStatus } from "./labels";

export const thumbUrl = (photoId: string) => `/api/culture/photos/${photoId}/thumb`;
export const imageUrl = (attachmentId: string) => `/api/attachments/${attachmentId}`;

export const photoSelect = {
  id: true,
  albumId: true,
  attachmentId: true,
  width: true,
  height: true,
  caption: true,
  status: true,
  createdAt: true,
  uploadedById: true,
  uploadedBy: { select: { realName: true } },
  album: { select: { title: true } },
  tags: {
    orderBy: { createdAt: "asc" },
    select: { userId: true, taggedById: true, user: { select: { realName: true } } },
  },
} as const;

export type PhotoCard = {
  id: string;
  albumId: string;
  albumTitle: string;
  thumbUrl: string;
  imageUrl: string;
  width: number;
  height: number;
  caption: string;
  status: PhotoStatus;
  createdAt: Date;
  uploadedById: string;
  uploaderName: string;
  tags: { userId: string; name: string; taggedById: string | null }[];
};

type PhotoRow = {
  id: string;
  albumId: string;
  attachmentId: string;
  width: number;
  height: number;
  caption: string;
  status: string;
  createdAt: Date;
  uploadedById: string;
  uploadedBy: { realName: string };
  album: { title: string };
  tags: { userId: string; taggedById: string | null; user: { realName: string } }[];
};

export function toCard(p: PhotoRow): PhotoCard {
  return {
    id: p.id,
    albumId: p.albumId,
    albumTitle: p.album.title,
    thumbUrl: thumbUrl(p.id),
    imageUrl: imageUrl(p.attachmentId),
    width: p.width,
    height: p.height,
    caption: p.caption,
    status: p.status as PhotoStatus,
    createdAt: p.createdAt,
    uploadedById: p.uploadedById,
    uploaderName: p.uploadedBy.realName,
    tags: p.tags.map((t) => ({
      userId: t.userId,
      name: t.user.realName,
      taggedById: t.taggedById,
    })),
  };
}

export const photoOrder = [{ createdAt: "asc" as const }, { id: "asc" as const }];
