import { z } from "zod";

/** The `q` of /search: first value if repeated, trimmed, bounded. */
export const searchQuerySchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim().slice(0, 200));
