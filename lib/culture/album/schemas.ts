// zod schemas shared by the album forms and actions, with Chinese messages.
import { z } from "zod";

import {
  id,
  keyword,
  optionalDate,
  optionalId,
  optionalText,
  page,
  sortFields,
  text,
} from "../../forms/fields";

export const ALBUM_MESSAGES = {
  eventTaken: "该活动已有相册，请直接在原相册中上传照片",
  eventMissing: "所选活动不存在",
  notApproved: "只能在已发布的照片中标记人员",
  personInvalid: "只能标记在职干警",
  alreadyTagged: "该人员已被标记在这张照片中",
  untagOthers: "只能取消对自己的标记（政治处和标记人可以移除他人标记）",
  notTagged: "该人员未被标记在这张照片中",
  sameStatus: "照片已是该状态",
} as const;

export const CreateAlbumInput = z.object({
  title: text("相册名称", 60),
  description: optionalText("相册说明", 500),
  eventOn: optionalDate("活动日期"),
  eventId: optionalId("关联活动"),
});
export type CreateAlbumInput = z.infer<typeof CreateAlbumInput>;

export const UploadPhotoInput = z.object({
  albumId: id("相册"),
  file: z.instanceof(File, { error: "请选择要上传的照片" }),
  caption: optionalText("照片说明", 200),
});

export const ModeratePhotoInput = z.object({
  photoId: id("照片"),
  status: z.enum(["APPROVED", "HIDDEN"], { error: "审核结果无效" }),
});

export const TagPhotoInput = z.object({
  photoId: id("照片"),
  userId: id("人员"),
});

/**
 * The columns the album list sorts by (?sort=). Not the photo count: it counts
 * what the viewer may see, and an order by every photo would tell how many
 * pending ones others have.
 */
export const ALBUM_SORTS = ["eventOn", "title"] as const;
export type AlbumSort = (typeof ALBUM_SORTS)[number];

export const AlbumListFilter = z.object({ page, q: keyword, ...sortFields(ALBUM_SORTS) });
export type AlbumListFilter = z.infer<typeof AlbumListFilter>;

export const AlbumPageFilter = z.object({
  page,
  photo: z.string().trim().max(40).optional().catch(undefined),
});

export const ReviewFilter = z.object({
  status: z.enum(["PENDING", "HIDDEN"]).catch("PENDING"),
  page,
});
