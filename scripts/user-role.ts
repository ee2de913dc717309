// npm run user:role -- <email> <role>: changes an account's role (learner, instructor, admin).
import { z } from "zod";

import { roleSchema, signInSchema } from "../lib/validation/auth";
import { withDatabase } from "./lib/with-database";

const argsSchema = z.tuple([signInSchema.shape.email, roleSchema]);

async function main(): Promise<number> {
  const parsed = argsSchema.safeParse(process.argv.slice(2));
  if (!parsed.success) {
    process.stderr.write(
      `error: ${parsed.error.issues.map((i) => i.message).join(" ")}\nUsage: npm run user:role -- <email> <learner|instructor|admin>\n`,
    );
    return 2;
  }
  const [email, role] = parsed.data;
  return withDatabase(async () => {
    const { setUserRole } = await import("../lib/server/data/users/set-user-role");
    const user = await setUserRole({ email, role });
    if (!user) {
      process.stderr.write(`error: no account with email "${email}". The user must sign up first.\n`);
      return 1;
    }
    process.stdout.write(`${user.email} is now ${user.role}.\n`);
    return 0;
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
