import type { getRound } from "@/lib/quota/queries";

/** A round as its page reads it. */
export type Round = NonNullable<Awaited<ReturnType<typeof getRound>>>;
