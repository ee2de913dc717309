import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

import { createPgPool } from "./lib/server/pg-pool";

// Runs the bundled Wasm schema engine through the pg driver, so no native
// engine binary is ever downloaded.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    return new PrismaPg(createPgPool(connectionString, { max: 2 }));
  },
});
