import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

import { inject } from "vitest";

const require = createRequire(import.meta.url);
const TSX_CLI = require.resolve("tsx/cli");

/** Changes an account's role the way an operator does: `npm run user:role`, against the test site's database. */
export async function setRoleFromCommandLine(email: string, role: "learner" | "instructor" | "admin"): Promise<string> {
  const { dataDir, databaseUrl } = inject("siteDatabase");
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const { stdout } = await promisify(execFile)(process.execPath, [TSX_CLI, "--conditions=react-server", "scripts/user-role.ts", email, role], { env });
  return stdout;
}
