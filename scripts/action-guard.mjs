// The server action body guard of scripts/server.mjs (issue 11 item 4).
//
// Next.js parses a server action's body itself, and answers 500 (with a stack
// trace in the log) when the body is empty, is not JSON, nests deeper than its
// recursive decoder can follow (a 20,000-deep [[[…]]] overflows the stack), is
// larger than its limit, or is a broken multipart form. Such a request never
// reaches our action wrapper. The server therefore buffers the body of every
// request that Next.js could take for a server action, checks it here, answers
// 400 (413 when too large) with a short Chinese text, and only then replays a
// body that passed to Next.js.
//
// Which requests: POSTs with a `Next-Action` header (actions called from the
// browser's JavaScript), and multipart POSTs outside /api/ and /_next/ (a form
// posted before the page's JavaScript ran: Next.js tries those as actions too).
// Nothing else is buffered: pages, route handlers and sign-in are untouched.
//
// Which bodies:
//   - text (`text/plain;charset=UTF-8`, what React sends for plain arguments):
//     at most 2 MiB, valid JSON, nesting at most 64 deep. The depth is counted
//     by scanning brackets outside strings, never by recursion;
//   - multipart/form-data (FormData arguments, and so every upload): at most
//     11 MiB, like Next's own `serverActions.bodySizeLimit` (next.config.ts;
//     an upload is at most 10 MB, lib/attachments/types.ts). A boundary in the
//     header, the body opening with it and closing with the final delimiter;
//     and React's JSON parts (fields named by a number, without a file name)
//     at most 64 deep, with the root part "0" valid JSON.

export const TEXT_LIMIT = 2 * 1024 * 1024;
export const MULTIPART_LIMIT = 11 * 1024 * 1024;
export const MAX_DEPTH = 64;
/** Past this the rest of an oversized body is not even read: the connection is cut. */
export const DRAIN_LIMIT = 64 * 1024 * 1024;

export const MESSAGES = {
  malformed: "请求格式有误",
  tooLarge: "请求内容过大",
};

/** Whether Next.js could treat this request as a server action, so its body is checked first. */
export function isGuardedRequest(method, url, headers) {
  if (method !== "POST") return false;
  if (headers["next-action"] !== undefined) return true;
  const path = (url ?? "/").split("?")[0];
  if (path.startsWith("/api/") || path.startsWith("/_next/")) return false;
  return isMultipart(headers["content-type"]);
}

export function isMultipart(contentType) {
  return typeof contentType === "string" && /^\s*multipart\/form-data\b/i.test(contentType);
}

export function sizeLimit(contentType) {
  return isMultipart(contentType) ? MULTIPART_LIMIT : TEXT_LIMIT;
}

/**
 * Whether JSON text nests deeper than `limit`: counts [ and { outside strings,
 * in one pass, without recursion. Not a validator (JSON.parse is, once the
 * depth is known to be safe).
 */
export function nestsDeeperThan(text, limit) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** JSON.parse, once the nesting is known to be shallow; undefined when not JSON. */
function parseShallow(text) {
  if (nestsDeeperThan(text, MAX_DEPTH)) return undefined;
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/** React's own limit on a server action's arguments (Next.js throws past it). */
export const MAX_ARGS = 1000;

// The strings that React's reply encoding (processReply) writes for a value
// without another part: an escaped "$…" string, undefined, NaN, ±Infinity, -0,
// a Date, a BigInt, a temporary reference, a FormData (its fields, if any,
// are parts), and a path into the root part (a value passed twice).
const SCALAR_REFERENCE =
  /^\$(?:\$[\s\S]*|undefined|NaN|Infinity|-Infinity|-0|D[\s\S]*|n-?\d+|T|K[0-9a-f]+|0(?::[^:]*)*)$/;
// A reference to another part: a tag letter (or none) and the part's id in hex.
const PART_REFERENCE = /^\$([A-Za-z@]?)([0-9a-f]{1,8})(?::[^:]*)*$/;

/**
 * Whether a path reference into the root ("$0:1:items", which React writes
 * for an object passed a second time) leads through own properties to an
 * object or array. Otherwise Next.js throws "Invalid reference.".
 */
function resolvesInRoot(root, keys) {
  let at = root;
  for (const k of keys) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, k)) return false;
    at = at[k];
  }
  return at !== null && typeof at === "object";
}

/**
 * Checks the decoded arguments of a reply: the root is an array of at most
 * MAX_ARGS, and every "$…" string is one React writes, pointing only at parts
 * that exist (`parts`: the body's part names; none for a text body). A
 * reference to a missing part leaves Next.js waiting for it ("Connection
 * closed"), and an unknown tag throws inside its decoder: both were 500s.
 */
function isSoundReply(root, parts) {
  if (!Array.isArray(root) || root.length > MAX_ARGS) return false;
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (v.startsWith("$0:") && !resolvesInRoot(root, v.slice(3).split(":"))) return false;
      if (v[0] !== "$" || SCALAR_REFERENCE.test(v)) continue;
      const m = parts ? PART_REFERENCE.exec(v) : null;
      if (!m) return false;
      const id = String(parseInt(m[2], 16));
      if (!parts.has(id) && !parts.has(`S${id}`)) return false;
    } else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === "object") stack.push(...Object.values(v));
  }
  return true;
}

export function boundaryOf(contentType) {
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s"]{1,70}))/i.exec(contentType ?? "");
  return m ? (m[1] ?? m[2]) : null;
}

/**
 * Splits a multipart body into its parts ({ name, isFile, value }), or gives
 * null when the frame is broken: no opening delimiter, a part without its
 * headers or without a form-data name, or no closing delimiter.
 */
function multipartParts(body, boundary) {
  const delimiter = Buffer.from(`--${boundary}`);
  if (body.indexOf(delimiter) !== 0) return null;
  const next = Buffer.from(`\r\n--${boundary}`);
  const parts = [];
  let at = delimiter.length;
  for (;;) {
    if (body[at] === 45 && body[at + 1] === 45) return parts; // "--": the closing delimiter
    if (body[at] !== 13 || body[at + 1] !== 10) return null;
    const start = at + 2;
    const stop = body.indexOf(next, start);
    if (stop < 0) return null;
    const headEnd = body.indexOf("\r\n\r\n", start);
    if (headEnd < 0 || headEnd > stop) return null;
    const head = body.subarray(start, headEnd).toString("utf8");
    const disposition = /content-disposition:\s*form-data\s*;([^\r\n]*)/i.exec(head);
    const name = disposition && /(?:^|;)\s*name="([^"]*)"/i.exec(disposition[1])?.[1];
    if (name == null) return null;
    parts.push({
      name,
      isFile: /(?:^|;)\s*filename\*?=/i.test(disposition[1]),
      start: headEnd + 4,
      stop,
    });
    at = stop + next.length;
  }
}

/**
 * A multipart body: a sound frame, and React's JSON parts shallow. Those are
 * named by a number ("0" the root, then outlined parts; "$ACTION_1:0" for a
 * form's bound arguments), where a form's own fields carry a prefix
 * ("1_title") or just their name, and files a file name. For a fetch action
 * the root must be there and be a sound reply (see isSoundReply).
 */
function isSoundMultipart(body, boundary, fetchAction) {
  const parts = multipartParts(body, boundary);
  if (!parts) return false;
  const names = new Set(parts.map((p) => p.name));
  const text = (p) => body.subarray(p.start, p.stop).toString("utf8");
  for (const p of parts) {
    if (p.isFile || !/^(?:\$ACTION_\d+:)?\d+$/.test(p.name)) continue;
    if (nestsDeeperThan(text(p), MAX_DEPTH)) return false;
  }
  if (!fetchAction) return true;
  const root = parts.find((p) => p.name === "0" && !p.isFile);
  const parsed = root && parseShallow(text(root));
  return parsed !== undefined && isSoundReply(parsed.value, names);
}

/**
 * Checks a buffered action body. Returns null when it may go on to Next.js,
 * else the answer: `{ status, message }`.
 */
export function checkActionBody(headers, body) {
  const contentType = headers["content-type"];
  if (body.length > sizeLimit(contentType)) return { status: 413, message: MESSAGES.tooLarge };
  if (isMultipart(contentType)) {
    const boundary = boundaryOf(contentType);
    if (!boundary || !isSoundMultipart(body, boundary, headers["next-action"] !== undefined))
      return { status: 400, message: MESSAGES.malformed };
    return null;
  }
  // A fetch action's text body: React's encoding of the arguments as one
  // JSON part, so it references no other part.
  if (headers["next-action"] !== undefined) {
    const parsed = parseShallow(body.toString("utf8"));
    if (parsed === undefined || !isSoundReply(parsed.value, null))
      return { status: 400, message: MESSAGES.malformed };
  }
  return null;
}
