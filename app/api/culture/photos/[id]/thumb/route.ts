// A photo's thumbnail, under the photo's own rule (lib/culture/album/access.ts):
// approved photos for every business user, pending and hidden ones for 政治处
// and the uploader. No session, no access or no file: the same 404. Denials
// are audited as the attachment route's are (anonymous ones throttled per
// address); a successful view is not, since one album page shows dozens of
// thumbnails (the full image, fetched through /api/attachments, is audited).
import { signedInForFile } from "@/lib/attachments/route-guard";
import { openStoredFile } from "@/lib/attachments/storage";
import { writeAudit } from "@/lib/audit/log";
import { findVisiblePhoto } from "@/lib/culture/album/access";
import { requestMeta } from "@/lib/request";

const NOSNIFF = { "X-Content-Type-Options": "nosniff" };
const NO_STORE = { ...NOSNIFF, "Cache-Control": "no-store, max-age=0" };

function notFound(): Response {
  return new Response("照片不存在或您无权查看", {
    status: 404,
    headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
  });
}

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id: rawId } = await params;
  const id = rawId.slice(0, 40);
  const { ip } = await requestMeta();
  const base = { action: "culture.photo.thumb", objectType: "Photo", objectId: id, ip };
  const signedIn = await signedInForFile(base, notFound, NO_STORE);
  if ("response" in signedIn) return signedIn.response;
  const { user } = signedIn;
  const photo = await findVisiblePhoto(user, id);
  const file = photo ? await openStoredFile(photo.thumbKey) : null;
  if (!photo || !file) {
    await writeAudit({
      ...base,
      userId: user.id,
      username: user.username,
      roles: user.roles,
      result: photo ? "ERROR" : "NOT_FOUND",
      detail: photo ? { reason: "fileMissing" } : null,
    });
    return notFound();
  }
  return new Response(file.stream, {
    headers: {
      ...NOSNIFF,
      // Only this browser may keep it, briefly: a photo hidden later stops
      // showing within minutes, and no shared cache ever holds it.
      "Cache-Control": "private, max-age=300",
      Vary: "Cookie",
      "Content-Type": "image/webp",
      "Content-Length": String(file.size),
    },
  });
}
