// The album's vocabulary: photo statuses and their Chinese labels and tones.
export const PHOTO_STATUSES = ["PENDING", "APPROVED", "HIDDEN"] as const;
export type PhotoStatus = (typeof PHOTO_STATUSES)[number];

export const PHOTO_STATUS_LABELS: Record<PhotoStatus, string> = {
  PENDING: "待审核",
  APPROVED: "已发布",
  HIDDEN: "已隐藏",
};

export const PHOTO_STATUS_TONES = { PENDING: "amber", APPROVED: "green", HIDDEN: "gray" } as const;

/** Photos per page of an album's grid and of the moderation queue. */
export const PHOTOS_PER_PAGE = 24;
export const ALBUMS_PER_PAGE = 12;
