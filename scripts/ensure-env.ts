// For `npm run demo`: gives a fresh clone its own AUTH_SECRET in .env.local (never committed) when none is set.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";

const file = ".env.local";
const present = process.env.AUTH_SECRET || (existsSync(file) && /^AUTH_SECRET=/m.test(readFileSync(file, "utf8")));
if (!present) {
  appendFileSync(file, `AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
  console.log(`Wrote a random AUTH_SECRET to ${file}.`);
}
