import { defineConfig } from "drizzle-kit";

// Migrations are generated offline from the schema; both drivers apply the same files at start.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
