import { inject } from "vitest";

// Imported first by integration tests: points the data layer at the run's database.
process.env.DATABASE_URL = inject("databaseUrl");
// As `npm start` says when it serves the embedded Postgres, so the data layer connects to it as the site does.
process.env.ACADEMY_EMBEDDED_DB = inject("databaseKind") === "embedded" ? "1" : "0";
