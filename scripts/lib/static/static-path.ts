import path from "node:path";

export const STATIC_URL_PREFIX = "/_next/static/";

/**
 * The file under `staticDir` that a /_next/static/ request URL names, or null when the URL is
 * anything else: another path, a malformed escape, or one that could reach outside the folder
 * (`..` or `.` segments, also percent-encoded, backslashes, NUL bytes, empty segments).
 */
export function staticFilePath(staticDir: string, url: string): string | null {
  if (!url.startsWith(STATIC_URL_PREFIX)) return null;
  const query = url.indexOf("?");
  const encoded = url.slice(STATIC_URL_PREFIX.length, query === -1 ? undefined : query);
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  if (decoded.includes("\\") || decoded.includes("\0")) return null;
  const segments = decoded.split("/");
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) return null;
  const root = path.resolve(staticDir);
  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}
