// Answers GET and HEAD /_next/static/ requests from the build's files on disk, sending the .br or
// .gz written at build time when the client accepts it. Whatever it does not answer is left to Next.
import type { Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";

import { chooseEncoding, type ContentCoding } from "./accept-encoding";
import { contentTypeOf, worthPrecompressing } from "./static-file-types";
import { staticFilePath } from "./static-path";

// What Next sends for these content-hashed files.
const CACHE_CONTROL = "public, max-age=31536000, immutable";
const SUFFIXES: ReadonlyArray<readonly [ContentCoding, string]> = [
  ["br", ".br"],
  ["gzip", ".gz"],
  ["identity", ""],
];

type Variant = { file: string; size: number; etag: string };
type StaticFile = { contentType: string; codings: ContentCoding[]; variants: Map<ContentCoding, Variant> };

function statIfFile(file: string): Promise<Stats | null> {
  return stat(file).then(
    (info) => (info.isFile() ? info : null),
    () => null,
  );
}

/** The file's variants on disk, in order of preference; null when this handler should not answer for it. */
async function findStaticFile(file: string): Promise<StaticFile | null> {
  const contentType = contentTypeOf(file);
  if (!contentType) return null;
  const variants = new Map<ContentCoding, Variant>();
  for (const [coding, suffix] of SUFFIXES) {
    const info = await statIfFile(file + suffix);
    if (info) variants.set(coding, { file: file + suffix, size: info.size, etag: `"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}${suffix}"` });
  }
  const plain = variants.get("identity");
  if (!plain) return null;
  // Built without precompression (a bare `next build`), or compression did not shrink it: Next
  // answers, compressing per request as before, rather than sending a large text file unencoded.
  if (variants.size === 1 && worthPrecompressing(file, plain.size)) return null;
  return { contentType, codings: [...variants.keys()], variants };
}

/** If-None-Match uses the weak comparison: W/ prefixes do not matter. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** A handler that resolves to true when it answered the request, false when Next should. */
export function servePrecompressedStatic(staticDir: string): StaticHandler {
  // These files never change under a running server (new builds get new names), and only files
  // that exist are remembered, so the cache is bounded by the build.
  const known = new Map<string, StaticFile>();

  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    // Byte ranges are rare for these files; Next answers them.
    if (req.headers.range !== undefined) return false;
    const file = staticFilePath(staticDir, req.url ?? "");
    if (!file) return false;
    const found = known.get(file) ?? (await findStaticFile(file));
    if (!found) return false;
    known.set(file, found);
    const coding = chooseEncoding(req.headers["accept-encoding"], found.codings);
    if (!coding) return false;
    const variant = found.variants.get(coding)!;

    const notModified = etagMatches(req.headers["if-none-match"], variant.etag);
    const handle = req.method === "GET" && !notModified ? await open(variant.file).catch(() => null) : undefined;
    if (handle === null) {
      // Removed since it was found (a new build in the same folder): let Next decide.
      known.delete(file);
      return false;
    }

    res.setHeader("Cache-Control", CACHE_CONTROL);
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("ETag", variant.etag);
    if (notModified) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    res.setHeader("Content-Type", found.contentType);
    if (coding !== "identity") res.setHeader("Content-Encoding", coding);
    res.setHeader("Content-Length", variant.size);
    if (!handle) {
      res.end();
      return true;
    }
    // A client that goes away mid-file ends the stream; there is nothing left to answer.
    await pipeline(handle.createReadStream(), res).catch(() => undefined);
    return true;
  };
}
