// The sealed pool (docs/security.md item 17): while a round is open, an answer is one
// PulseSealed row whose only plaintext is the round. Everything else (the
// department, the age layer, the answers and the comment) is AES-256-GCM
// ciphertext of JSON padded to one length, so that not even the size of a
// row says which age layer or department it comes from, or whether it has a
// comment. lib/pulse/release.ts opens the pool when the round closes.
import "server-only";

import { decryptText, encryptText } from "../crypto";
import { AGE_LAYERS, type AgeLayer } from "../people/age";

export type SealedAnswer = {
  departmentId: string | null;
  ageLayer: AgeLayer | null;
  answers: { questionId: string; value: number }[];
  comment: string | null;
};

/** Every sealed plaintext is padded to a multiple of this many bytes (one block for any valid answer). */
export const SEALED_BLOCK = 4096;

export function seal(a: SealedAnswer): string {
  const body = JSON.stringify({
    d: a.departmentId,
    l: a.ageLayer,
    a: a.answers.map((x) => [x.questionId, x.value]),
    c: a.comment,
  });
  const size = Buffer.byteLength(body, "utf8");
  const padded =
    body + " ".repeat(Math.ceil(Math.max(size, 1) / SEALED_BLOCK) * SEALED_BLOCK - size);
  return encryptText(padded);
}

export function unseal(stored: string): SealedAnswer {
  const v = JSON.parse(decryptText(stored)) as {
    d: string | null;
    l: string | null;
    a: [string, number][];
    c: string | null;
  };
  const layer =
    v.l !== null && (AGE_LAYERS as readonly string[]).includes(v.l) ? (v.l as AgeLayer) : null;
  return {
    departmentId: v.d,
    ageLayer: layer,
    answers: v.a.map(([questionId, value]) => ({ questionId, value })),
    comment: v.c,
  };
}
