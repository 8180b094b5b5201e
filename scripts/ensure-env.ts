// For `npm run demo`: gives a fresh clone its own AUTH_SECRET in .env.local (never committed) when none is set.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { exitOnConfigError, getConfig } from "@/lib/config";

const file = ".env.local";
// A blank `AUTH_SECRET=` (as in a copy of .env.example) is no secret: that counts as unset, as everywhere else.
const setIn = (envFile: string) => existsSync(envFile) && /^AUTH_SECRET=["']?[^\s"'#]/m.test(readFileSync(envFile, "utf8"));
const present = exitOnConfigError(getConfig).authSecret || setIn(".env") || setIn(file);
if (!present) {
  appendFileSync(file, `AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
  console.log(`Wrote a random AUTH_SECRET to ${file}.`);
}
