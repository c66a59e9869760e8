import { notFound, redirect } from "next/navigation";

import { mySheetId } from "@/lib/appraisal/queries";
import { requirePagePermission } from "@/lib/auth/session";

/** 我的考评表: the viewer's own sheet in this cycle, or not found. */
export default async function MyAppraisalSheetPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const user = await requirePagePermission("appraisal.score", "/appraisal/[id]/mine");
  const sheetId = await mySheetId(user, id);
  if (!sheetId) notFound();
  redirect(`/appraisal/${id}/sheets/${sheetId}`);
}
