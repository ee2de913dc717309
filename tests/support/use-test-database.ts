import { inject } from "vitest";

// Imported first by integration tests: points the data layer at the run's database.
process.env.DATABASE_URL = inject("databaseUrl");
