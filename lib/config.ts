// The app's configuration: every variable of .env.example the app reads, checked once per process, typed, defaulted.
// A blank value counts as unset, so a plain copy of .env.example works; a wrong one stops the start with one line
// naming the variable. Read elsewhere, on purpose: NODE_ENV, NEXT_PHASE and NEXT_RUNTIME, which Next sets for itself;
// Auth.js's own AUTH_* (AUTH_SECRET is here too, for the app's signatures); the Redis cache handlers
// (lib/cache/*.mjs), which Next loads unbundled, after next.config.ts has checked their variables here; and variables
// only tools read (CLUSTER_*, DEMO_PASSWORD, TEST_DATABASE_URL, CHROMIUM_PATH).
// Not marked server-only, since next.config.ts and the scripts import it outside Next; still no client component may
// import it: values reach the browser as props (the time zone of the editors' forms).
import path from "node:path";
import { z } from "zod";
import type { S3Settings } from "./media/s3-storage";

export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {}

/** One variable: blank or absent gives the fallback; any other value must parse, or the issue says what it must be. */
function setting<T, F extends T | undefined>(parse: (raw: string) => T | undefined, expected: string, fallback: F) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T | F => {
      if (raw === undefined || raw.trim() === "") return fallback;
      const value = parse(raw);
      if (value === undefined) {
        ctx.addIssue(`must be ${expected}, got "${withoutCredentials(raw)}"`);
        return z.NEVER;
      }
      return value;
    });
}

/** A URL's user and password never reach a log: "postgres://u:pw@host" → "postgres://…@host". */
function withoutCredentials(raw: string): string {
  return raw.replace(/\/\/[^/@]*@/, "//…@");
}

const text = (raw: string) => raw;

function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (raw: string) => {
    const value = raw.trim();
    if (!/^\d+$/.test(value)) return undefined;
    const n = Number(value);
    return n >= min && n <= max ? n : undefined;
  };
}

function nonNegativeNumber(raw: string): number | undefined {
  const value = raw.trim();
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
}

function yesNo(raw: string): boolean | undefined {
  const value = raw.trim().toLowerCase();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return undefined;
}

function urlWith(...protocols: string[]) {
  return (raw: string) => {
    const value = raw.trim();
    try {
      return protocols.includes(new URL(value).protocol) ? value : undefined;
    } catch {
      return undefined;
    }
  };
}

/** The zone's canonical name ("europe/berlin" → "Europe/Berlin"), or undefined for a zone Intl does not know. */
function timeZone(raw: string): string | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: raw.trim() }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** "https://example.org/" → "https://example.org". The app has no basePath: a path here would break every link. */
function origin(raw: string): string | undefined {
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
    if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

const MB = 1024 * 1024;

const envSchema = z.object({
  DATABASE_URL: setting(urlWith("postgres:", "postgresql:"), "a PostgreSQL URL such as postgres://user@host:5432/blattwerk", undefined),
  DATA_DIR: setting(text, "a folder", ".data"),
  UPLOAD_DIR: setting(text, "a folder", undefined),
  DATABASE_POOL_SIZE: setting(wholeNumber(1, 1000), "a whole number from 1 to 1000", 10),
  DATABASE_CONNECT_TIMEOUT_MS: setting(wholeNumber(0), "a whole number of milliseconds", 5000),
  REDIS_URL: setting(urlWith("redis:", "rediss:"), "a Redis URL such as redis://127.0.0.1:6379", undefined),
  REDIS_KEY_PREFIX: setting(text, "a prefix", "blattwerk:"),
  REDIS_COMMAND_TIMEOUT_MS: setting(wholeNumber(1), "a whole number of milliseconds above 0", 500),
  PAGE_CACHE_LOCAL_BYTES: setting(wholeNumber(0), "a whole number of bytes", 64 * MB),
  DATA_CACHE_LOCAL_BYTES: setting(wholeNumber(0), "a whole number of bytes", 32 * MB),
  S3_BUCKET: setting(text, "a bucket name", undefined),
  S3_ENDPOINT: setting(urlWith("https:", "http:"), "an http(s) URL such as https://minio.example:9000", undefined),
  S3_REGION: setting(text, "a region", "us-east-1"),
  S3_ACCESS_KEY_ID: setting(text, "a key id", undefined),
  S3_SECRET_ACCESS_KEY: setting(text, "a secret", undefined),
  S3_FORCE_PATH_STYLE: setting(yesNo, "true or false", false),
  UPLOAD_TEMP_DIR: setting(text, "a folder", undefined),
  SITE_URL: setting(origin, "an origin such as https://amtsblatt.example (scheme, host, optional port; no path)", undefined),
  COMPRESS_RESPONSES: setting(yesNo, "true or false", true),
  FRONT_CACHE: setting(yesNo, "true or false", true),
  READER_RENDERS_AT_ONCE: setting(wholeNumber(1, 1000), "a whole number from 1 to 1000", 4),
  FRONT_THREAD_PORT_OFFSET: setting(wholeNumber(0, 60000), "a whole number from 0 to 60000", 0),
  FRONT_THREAD_HOST: setting(text, "an address such as 127.0.0.1", "127.0.0.1"),
  PORT: setting(wholeNumber(1, 65535), "a port from 1 to 65535", 3000),
  SITE_NAME: setting(text, "a name", "Amtsblatt digital"),
  SITE_DESCRIPTION: setting(text, "a description", "Praxiswissen über Social Media für Behörden, Kommunen und öffentliche Einrichtungen."),
  SITE_TIME_ZONE: setting(timeZone, "a known time zone such as Europe/Berlin", "Europe/Berlin"),
  REVALIDATE_TOKEN: setting(text, "a token", undefined),
  TRUSTED_PROXIES: setting(wholeNumber(0, 10), "a whole number from 0 to 10 (nginx in front: 1)", 0),
  // Required by Auth.js when a session is read in production, as before; the demo writes one to .env.local.
  AUTH_SECRET: setting(text, "a secret", undefined),
  COMMENT_MIN_FILL_SECONDS: setting(nonNegativeNumber, "a number of seconds, 0 or more", undefined),
});

/** The variables read here; each has its line in .env.example. */
export const configVariables = Object.keys(envSchema.shape);

const configSchema = envSchema
  .superRefine((env, context) => {
    // The thread's copies follow their pages' cache tags, and only Redis shares those (lib/http/front-thread-host.ts).
    if (env.FRONT_THREAD_PORT_OFFSET > 0 && !env.REDIS_URL)
      context.addIssue({ code: "custom", path: ["FRONT_THREAD_PORT_OFFSET"], message: "needs REDIS_URL (the front thread follows the cache tags shared there)" });
  })
  .transform((env) => {
    const dataDir = path.resolve(/* turbopackIgnore: true */ env.DATA_DIR);
    const s3: S3Settings | null = env.S3_BUCKET
      ? {
          bucket: env.S3_BUCKET,
          endpoint: env.S3_ENDPOINT,
          region: env.S3_REGION,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
          tempDir: env.UPLOAD_TEMP_DIR,
        }
      : null;
    return {
      /** Unset: embedded PGlite in dataDir. */
      databaseUrl: env.DATABASE_URL,
      dataDir,
      uploadDir: env.UPLOAD_DIR ? path.resolve(/* turbopackIgnore: true */ env.UPLOAD_DIR) : path.join(dataDir, "uploads"),
      databasePoolSize: env.DATABASE_POOL_SIZE,
      databaseConnectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      /** Unset: each process keeps Next's in-memory caches. */
      redisUrl: env.REDIS_URL,
      redisKeyPrefix: env.REDIS_KEY_PREFIX,
      redisCommandTimeoutMs: env.REDIS_COMMAND_TIMEOUT_MS,
      pageCacheLocalBytes: env.PAGE_CACHE_LOCAL_BYTES,
      dataCacheLocalBytes: env.DATA_CACHE_LOCAL_BYTES,
      /** Unset (no S3_BUCKET): media stay on disk in uploadDir. */
      s3,
      /** The configured public origin; lib/site-url.ts falls back to localhost outside production start. */
      siteUrl: env.SITE_URL,
      compressResponses: env.COMPRESS_RESPONSES,
      /** Cached reader pages answered before Next's pipeline (lib/http/front-cache.ts). */
      frontCache: env.FRONT_CACHE,
      /** Reader pages one instance hands to Next at the same time; the others wait in line (lib/http/render-slots.ts). */
      readerRendersAtOnce: env.READER_RENDERS_AT_ONCE,
      /** 0: off. Else the front thread answers cached reader pages on Next's port plus this (lib/http/front-thread.mjs). */
      frontThreadPortOffset: env.FRONT_THREAD_PORT_OFFSET,
    /** Where the front thread listens: loopback unless nginx runs elsewhere (deploy/compose.yaml: 0.0.0.0). */
    frontThreadHost: env.FRONT_THREAD_HOST,
      port: env.PORT,
      siteName: env.SITE_NAME,
      siteDescription: env.SITE_DESCRIPTION,
      siteTimeZone: env.SITE_TIME_ZONE,
      /** Unset: POST /api/revalidate does not exist. */
      revalidateToken: env.REVALIDATE_TOKEN,
      trustedProxies: env.TRUSTED_PROXIES,
      authSecret: env.AUTH_SECRET,
      /** Unset: the comment rules' own minimum (db/mutations/comments.ts). */
      commentMinFillSeconds: env.COMMENT_MIN_FILL_SECONDS,
    };
  });

export type Config = z.output<typeof configSchema>;

/** The configuration an environment gives, or a ConfigError with one line per wrong variable. */
export function parseConfig(env: Env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `Invalid configuration: ${issue.path.join(".")} ${issue.message}.`).join("\n"));
}

const globalForConfig = globalThis as unknown as { blattwerkConfig?: Config };

/** This process's configuration, read from its environment on first use. */
export function getConfig(): Config {
  // The browser has no such environment: a client component importing this would silently get every default.
  if (typeof window !== "undefined") throw new Error("lib/config.ts is server-side: pass the value as a prop.");
  return (globalForConfig.blattwerkConfig ??= parseConfig(process.env));
}

/** Runs the code under test with the configuration of `env`; without it, the next read takes the environment again. */
export function setConfigForTests(env?: Env): void {
  globalForConfig.blattwerkConfig = env ? parseConfig(env) : undefined;
}

/** For start-up code: a wrong configuration ends the process with its message, not with a stack trace. */
export function exitOnConfigError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
