// Where a follow-up comes from. Plain data, so the list filter, the schemas
// and client components share it with openFollowUp (lib/follow-ups/open.ts).
export const FOLLOW_UP_SOURCES = [
  "CONCERN",
  "MANUAL",
  "MEETING",
  "DEPLOYMENT",
  "MAILBOX",
  "TALK",
  "CONSULTATION",
  "WARNING",
] as const;
export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];
