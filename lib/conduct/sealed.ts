// Discipline records at rest (docs/sanhe.md, 履职表现记录): the person is
// stored only as a keyed token, base64url HMAC-SHA256 of "<userId>" under a
// key derived from DATA_KEY, and what the record says (title, 文号,
// description, the formal category, and the person's id for those allowed
// to read it) only inside one AES-256-GCM envelope. Without DATA_KEY a copy
// of the database cannot say whose a discipline row is.
import "server-only";

import { createHmac, hkdfSync } from "node:crypto";

import { decryptText, encryptText } from "../crypto";
import { getDataKey } from "../env";

const LABEL = "conduct.subject.v1";
let cached: { data: Buffer; key: Buffer } | null = null;

function tokenKey(): Buffer {
  const data = getDataKey();
  if (!cached || !cached.data.equals(data))
    cached = { data, key: Buffer.from(hkdfSync("sha256", data, Buffer.alloc(0), LABEL, 32)) };
  return cached.key;
}

/** The subject token of a person (43 base64url characters). */
export function subjectToken(userId: string): string {
  return createHmac("sha256", tokenKey()).update(userId).digest("base64url");
}

export type SealedDiscipline = {
  subjectUserId: string;
  title: string;
  docNo: string;
  description: string;
  sanctionCategory: string | null;
};

export function sealDiscipline(s: SealedDiscipline): string {
  return encryptText(JSON.stringify(s));
}

export function unsealDiscipline(stored: string): SealedDiscipline {
  const v = JSON.parse(decryptText(stored)) as Partial<SealedDiscipline>;
  return {
    subjectUserId: String(v.subjectUserId ?? ""),
    title: String(v.title ?? ""),
    docNo: String(v.docNo ?? ""),
    description: String(v.description ?? ""),
    sanctionCategory: v.sanctionCategory ? String(v.sanctionCategory) : null,
  };
}

/** The row's columns for what a record says: in plain, or sealed for DISCIPLINE. */
export function storedContent(r: {
  category: string;
  subjectUserId: string | null;
  subjectDepartmentId: string | null;
  title: string;
  docNo: string | null;
  description: string | null;
  sanctionCategory: string | null;
}) {
  if (r.category !== "DISCIPLINE")
    return {
      subjectUserId: r.subjectUserId,
      subjectDepartmentId: r.subjectDepartmentId,
      subjectToken: null,
      title: r.title,
      docNo: r.docNo ?? "",
      description: r.description ?? "",
      sealed: null,
    };
  const userId = r.subjectUserId ?? "";
  return {
    subjectUserId: null,
    subjectDepartmentId: null,
    subjectToken: subjectToken(userId),
    title: "",
    docNo: "",
    description: "",
    sealed: sealDiscipline({
      subjectUserId: userId,
      title: r.title,
      docNo: r.docNo ?? "",
      description: r.description ?? "",
      sanctionCategory: r.sanctionCategory,
    }),
  };
}

/** A stored row as it reads: the sealed part opened for DISCIPLINE. */
export function openContent<
  T extends {
    category: string;
    subjectUserId: string | null;
    title: string;
    docNo: string;
    description: string;
    sealed: string | null;
  },
>(row: T): Omit<T, "sealed"> & { sanctionCategory: string | null } {
  const { sealed, ...rest } = row;
  if (row.category !== "DISCIPLINE" || !sealed) return { ...rest, sanctionCategory: null };
  const s = unsealDiscipline(sealed);
  return {
    ...rest,
    subjectUserId: s.subjectUserId,
    title: s.title,
    docNo: s.docNo,
    description: s.description,
    sanctionCategory: s.sanctionCategory,
  };
}
