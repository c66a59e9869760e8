// 电子相册 (deterministic): the album of the "奔跑吧，青春的力量！" 徒步行 with
// 12 photos (10 approved, 2 waiting for 政治处) and some people tagged in
// them, linked to the hike event when the events seed has made it; and the
// 全院干警电子相册 with 4 approved photos. The photos are drawn with sharp
// (./albums/images.ts) and written to the upload folder (UPLOAD_DIR, default
// data/uploads) under a key derived from their bytes: a reseed, which empties
// the tables but not that folder, finds the same files and writes nothing new.
import { createHash } from "node:crypto";
import { access } from "node:fs/promises";
import path from "node:path";

import { uploadDir, writeStoredFile } from "../../lib/attachments/storage";
import type { Tx } from "../../lib/db-client";
import { drawPhoto, type Scene } from "./albums/images";
import { SEED_ANCHOR, storyAt } from "./clock";
import type { Organisation } from "./org";
import { Rng, stableId } from "./random";

const HOUR = 3600_000;

/** Writes the bytes under a key that is their hash, unless that file is already there. */
async function storeSeedFile(bytes: Buffer): Promise<{ key: string; sha256: string }> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const key = createHash("sha256").update(`seed:${sha256}`).digest("hex").slice(0, 32);
  const exists = await access(path.join(uploadDir(), key)).then(
    () => true,
    () => false,
  );
  if (!exists) await writeStoredFile(key, bytes);
  return { key, sha256 };
}

type PhotoPlan = { scene: Scene; caption: string; pending?: boolean; tags: number };

const SKIES: [string, string][] = [
  ["#7fb3e6", "#dff0ff"],
  ["#f6b26b", "#fde9cf"],
  ["#6fa8dc", "#cfe2f3"],
  ["#93c47d", "#e7f5de"],
];

const HIKE_CAPTIONS = [
  "出发前合影",
  "沿河步道",
  "青年干警方阵",
  "半程补给点",
  "登上观景台",
  "山顶合影",
  "互相加油",
  "林间小路",
  "检察蓝队旗",
  "终点冲刺",
  "完赛合影",
  "返程路上",
];

const ALL_CAPTIONS = ["五四青年节座谈", "宪法宣传日", "读书分享会", "新春联欢"];

function hikePlans(): PhotoPlan[] {
  return HIKE_CAPTIONS.map((caption, i) => ({
    scene: {
      sky: SKIES[i % SKIES.length],
      hill: ["#3d8b5a", "#4f7942", "#2e7d32"][i % 3],
      people: 3 + (i % 6),
      label: `Liangxi Procuratorate  Youth Hike  ${String(i + 1).padStart(2, "0")}/12`,
      seed: i + 1,
    },
    caption,
    pending: i >= 10,
    tags: i < 10 ? [2, 1, 3, 0, 2, 4, 1, 0, 2, 3][i] : 0,
  }));
}

function allStaffPlans(): PhotoPlan[] {
  return ALL_CAPTIONS.map((caption, i) => ({
    scene: {
      sky: SKIES[(i + 2) % SKIES.length],
      hill: "#5b7fa6",
      people: 6 + i,
      label: `Liangxi Procuratorate  Staff Album  ${i + 1}/4`,
      seed: 20 + i,
    },
    caption,
    tags: i % 2 === 0 ? 2 : 0,
  }));
}

export async function seedAlbums(tx: Tx, org: Organisation) {
  const rng = new Rng(20261207);
  const business = org.users.filter(
    (u) =>
      u.roles.includes("STAFF") && !["locktest", "disabletest", "resettest"].includes(u.username),
  );
  const byName = (username: string) => org.users.find((u) => u.username === username)!;
  const zzc = byName("zzc");
  const staff1 = byName("staff1");

  const hikeEventId = stableId("culture-event:hike");
  const hike = await tx.cultureEvent.findUnique({
    where: { id: hikeEventId },
    select: { id: true, startsAt: true },
  });
  const hikeOn = hike?.startsAt ?? storyAt("2026-04-18T08:30");

  const albums = [
    {
      id: stableId("album:hike"),
      title: "奔跑吧，青春的力量！徒步行",
      description:
        "院团支部组织的青年干警徒步行活动照片。欢迎参加活动的同事上传照片并标记照片中的人员。",
      eventOn: hikeOn,
      eventId: hike?.id ?? null,
      plans: hikePlans(),
    },
    {
      id: stableId("album:all-staff"),
      title: "全院干警电子相册",
      description: "记录全院干警日常工作、学习和文体活动的精彩瞬间。",
      eventOn: null,
      eventId: null,
      plans: allStaffPlans(),
    },
  ];

  let photos = 0;
  let pending = 0;
  let tags = 0;
  const drawn = await Promise.all(albums.flatMap((a) => a.plans.map((p) => drawPhoto(p.scene))));
  let n = 0;
  for (const album of albums) {
    // Photos come after their event; an event still ahead gets last week's date instead.
    const latest = SEED_ANCHOR.getTime() - 7 * 24 * HOUR;
    const base = new Date(
      Math.min((album.eventOn ?? storyAt("2026-06-01T10:00")).getTime(), latest),
    );
    await tx.album.create({
      data: {
        id: album.id,
        title: album.title,
        description: album.description,
        eventOn: album.eventOn,
        eventId: album.eventId,
        createdById: zzc.id,
        createdAt: new Date(base.getTime() - 48 * HOUR),
      },
    });
    for (const [i, plan] of album.plans.entries()) {
      const { jpeg, thumb } = drawn[n++];
      const full = await storeSeedFile(jpeg);
      const small = await storeSeedFile(thumb);
      const photoId = stableId(`photo:${album.id}:${i}`);
      const uploader = i === 1 ? staff1 : rng.pick(business);
      const createdAt = new Date(base.getTime() + (6 + i) * HOUR);
      await tx.attachment.create({
        data: {
          id: stableId(`photo-file:${album.id}:${i}`),
          ownerType: "Photo",
          ownerId: photoId,
          fileName: `photo-${String(i + 1).padStart(2, "0")}.jpg`,
          mimeType: "image/jpeg",
          size: jpeg.length,
          sha256: full.sha256,
          storageKey: full.key,
          uploadedById: uploader.id,
          createdAt,
        },
      });
      await tx.photo.create({
        data: {
          id: photoId,
          albumId: album.id,
          attachmentId: stableId(`photo-file:${album.id}:${i}`),
          thumbKey: small.key,
          width: 1200,
          height: 800,
          caption: plan.caption,
          status: plan.pending ? "PENDING" : "APPROVED",
          uploadedById: uploader.id,
          moderatedById: plan.pending ? null : zzc.id,
          moderatedAt: plan.pending ? null : new Date(createdAt.getTime() + 20 * HOUR),
          createdAt,
        },
      });
      photos++;
      if (plan.pending) pending++;
      const tagged = rng.shuffle(business.filter((u) => u.id !== uploader.id)).slice(0, plan.tags);
      // staff1 is in the hike's summit photo, and was told so.
      if (album.plans === albums[0].plans && i === 5 && !tagged.includes(staff1))
        tagged.push(staff1);
      for (const u of tagged) {
        await tx.photoTag.create({
          data: { photoId, userId: u.id, taggedById: uploader.id, createdAt },
        });
        tags++;
      }
      if (tagged.includes(staff1))
        await tx.notification.create({
          data: {
            userId: staff1.id,
            title: `${uploader.realName} 在相册“${album.title}”的照片中标记了您`,
            body: "如照片中不是您，可在照片中取消标记。",
            link: `/culture/albums/${album.id}?photo=${photoId}`,
            createdAt: new Date(createdAt.getTime() + 21 * HOUR),
          },
        });
    }
  }
  return { albums: albums.length, photos, pending, tags, linked: hike !== null };
}
