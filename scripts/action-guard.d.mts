import type { IncomingHttpHeaders } from "node:http";

export const TEXT_LIMIT: number;
export const MULTIPART_LIMIT: number;
export const MAX_DEPTH: number;
export const DRAIN_LIMIT: number;
export const MESSAGES: { malformed: string; tooLarge: string };
export function isGuardedRequest(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): boolean;
export function isMultipart(contentType: string | undefined): boolean;
export function sizeLimit(contentType: string | undefined): number;
export function nestsDeeperThan(text: string, limit: number): boolean;
export function boundaryOf(contentType: string | undefined): string | null;
export function checkActionBody(
  headers: IncomingHttpHeaders,
  body: Buffer,
): { status: number; message: string } | null;
