// npm run db:generate: generates the Prisma client (no database needed).
import { generateClient } from "./lib/prisma-cli";

await generateClient();
