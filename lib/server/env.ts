import "server-only";

import { z } from "zod";

const serverEnvSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  ACADEMY_EMBEDDED_DB: z.enum(["0", "1"]).default("0"),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("OpenID Connect"),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

/** The validated server environment; throws with every problem listed if it is invalid. */
export function getServerEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

export function isEmbeddedDatabase(): boolean {
  return getServerEnv().ACADEMY_EMBEDDED_DB === "1";
}

export function getDatabaseUrl(): string {
  const url = getServerEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the site with `npm start`, which sets it (embedded Postgres) when you have no server.");
  return url;
}
