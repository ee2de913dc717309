import path from "node:path";

/** Where `next build` writes, per checkout state (see next.config.mjs). */
export const DIST_DIR = process.env.ACADEMY_DIST_DIR ?? ".next";

/** The build's hashed client files, served under /_next/static/. */
export function staticDirOf(distDir: string): string {
  return path.join(distDir, "static");
}
