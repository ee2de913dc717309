import path from "node:path";

// What Next sends for the same files, so answering them ourselves changes no header a browser sees.
const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=UTF-8",
  ".mjs": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".json": "application/json; charset=UTF-8",
  ".map": "application/json; charset=UTF-8",
  ".txt": "text/plain; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".wasm": "application/wasm",
};

// Text formats only; source maps are not shipped to browsers, so they are not worth the build time.
const COMPRESSIBLE = new Set([".js", ".mjs", ".css", ".json", ".svg", ".txt"]);

/** Below this size the compressed file saves less than the extra response headers cost. */
export const MIN_PRECOMPRESS_BYTES = 1024;

/** The Content-Type header for a static file, or undefined for a kind this server leaves to Next. */
export function contentTypeOf(file: string): string | undefined {
  return CONTENT_TYPES[path.extname(file).toLowerCase()];
}

export function worthPrecompressing(file: string, size: number): boolean {
  return size >= MIN_PRECOMPRESS_BYTES && COMPRESSIBLE.has(path.extname(file).toLowerCase());
}
