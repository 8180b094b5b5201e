import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, configVariables, getConfig, parseConfig, setConfigForTests, type Env } from "./config";

/** What Next puts into process.env from a .env that is a plain copy of .env.example. */
function copyOfEnvExample(): Env {
  const text = readFileSync(path.join(import.meta.dirname, "..", ".env.example"), "utf8");
  return Object.fromEntries([...text.matchAll(/^([A-Z0-9_]+)=(.*)$/gm)].map(([, name, value]) => [name, value]));
}

function messageOf(env: Env): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${JSON.stringify(env)}`);
}

describe("parseConfig", () => {
  it("gives every default for an empty environment", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      databaseUrl: undefined,
      dataDir: path.resolve(".data"),
      uploadDir: path.resolve(".data", "uploads"),
      databasePoolSize: 10,
      databaseConnectTimeoutMs: 5000,
      redisUrl: undefined,
      redisKeyPrefix: "blattwerk:",
      redisCommandTimeoutMs: 500,
      s3: null,
      siteUrl: undefined,
      compressResponses: true,
      port: 3000,
      siteName: "Amtsblatt digital",
      siteTimeZone: "Europe/Berlin",
      revalidateToken: undefined,
      trustedProxies: 0,
      authSecret: undefined,
      commentMinFillSeconds: undefined,
    });
  });

  it("reads a copy of .env.example, blank values and all, as the defaults", () => {
    const copy = copyOfEnvExample();
    expect(copy.SITE_TIME_ZONE).toBe("");
    expect(copy.DATA_DIR).toBe("");
    const config = parseConfig(copy);
    expect(config).toEqual(parseConfig({}));
    // A blank DATA_DIR once put the database into the working folder itself.
    expect(config.dataDir).toBe(path.resolve(".data"));
  });

  it("counts whitespace as blank", () => {
    expect(parseConfig({ SITE_TIME_ZONE: "  ", PORT: " ", SITE_NAME: "\t" })).toMatchObject({
      siteTimeZone: "Europe/Berlin",
      port: 3000,
      siteName: "Amtsblatt digital",
    });
  });

  it("lists every variable it reads in .env.example", () => {
    expect(Object.keys(copyOfEnvExample())).toEqual(expect.arrayContaining([...configVariables]));
  });

  it("takes set values, normalised", () => {
    const config = parseConfig({
      DATABASE_URL: "postgres://blattwerk@127.0.0.1:5432/blattwerk",
      DATA_DIR: "/srv/blattwerk",
      SITE_URL: "https://amtsblatt.example/",
      SITE_TIME_ZONE: "europe/vienna",
      COMPRESS_RESPONSES: "false",
      TRUSTED_PROXIES: "1",
      COMMENT_MIN_FILL_SECONDS: "0",
      S3_BUCKET: "medien",
      S3_FORCE_PATH_STYLE: "TRUE",
      PORT: "8080",
    });
    expect(config).toMatchObject({
      databaseUrl: "postgres://blattwerk@127.0.0.1:5432/blattwerk",
      dataDir: "/srv/blattwerk",
      uploadDir: "/srv/blattwerk/uploads",
      siteUrl: "https://amtsblatt.example",
      siteTimeZone: "Europe/Vienna",
      compressResponses: false,
      trustedProxies: 1,
      commentMinFillSeconds: 0,
      port: 8080,
      s3: { bucket: "medien", region: "us-east-1", forcePathStyle: true, endpoint: undefined, tempDir: undefined },
    });
  });

  it("keeps AUTH_SECRET optional, also in production: Auth.js asks for it when a session is read, as before", () => {
    expect(parseConfig({ NODE_ENV: "production" }).authSecret).toBeUndefined();
    expect(parseConfig({ NODE_ENV: "production", AUTH_SECRET: "geheim" }).authSecret).toBe("geheim");
  });

  it("names the variable and the value of a time zone it does not know", () => {
    expect(messageOf({ SITE_TIME_ZONE: "Mars/Olympus" })).toBe(
      'Invalid configuration: SITE_TIME_ZONE must be a known time zone such as Europe/Berlin, got "Mars/Olympus".',
    );
  });

  it.each([
    ["SITE_URL", "amtsblatt.example"],
    ["SITE_URL", "https://amtsblatt.example/blog"],
    ["SITE_URL", "ftp://amtsblatt.example"],
    ["SITE_URL", "https://amtsblatt.example/?a=1"],
    ["DATABASE_URL", "mysql://localhost/blattwerk"],
    ["REDIS_URL", "127.0.0.1:6379"],
    ["S3_ENDPOINT", "minio:9000"],
  ])("names %s when it is no fitting URL (%s)", (name, value) => {
    expect(messageOf({ [name]: value })).toMatch(new RegExp(`^Invalid configuration: ${name} must be .*, got "${value.replace(/[?./]/g, "\\$&")}"\\.$`));
  });

  it("never prints a password that is part of a wrong URL", () => {
    const message = messageOf({ DATABASE_URL: "mysql://blattwerk:streng-geheim@db/blattwerk" });
    expect(message).toContain("DATABASE_URL");
    expect(message).not.toContain("streng-geheim");
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["PORT", "80.5"],
    ["DATABASE_POOL_SIZE", "0"],
    ["DATABASE_CONNECT_TIMEOUT_MS", "5s"],
    ["REDIS_COMMAND_TIMEOUT_MS", "0"],
    ["PAGE_CACHE_LOCAL_BYTES", "64 MB"],
    ["TRUSTED_PROXIES", "-1"],
    ["TRUSTED_PROXIES", "eins"],
    ["TRUSTED_PROXIES", "11"],
    ["COMMENT_MIN_FILL_SECONDS", "-3"],
  ])("names %s when it is no fitting number (%s)", (name, value) => {
    expect(messageOf({ [name]: value })).toMatch(new RegExp(`^Invalid configuration: ${name} must be .*, got "${value}"\\.$`));
  });

  it.each([
    ["COMPRESS_RESPONSES", "nein"],
    ["S3_FORCE_PATH_STYLE", "yes"],
  ])("names %s when it is neither true nor false (%s)", (name, value) => {
    expect(messageOf({ [name]: value })).toBe(`Invalid configuration: ${name} must be true or false, got "${value}".`);
  });

  it("refuses a front thread without Redis, whose tag times it follows", () => {
    expect(messageOf({ FRONT_THREAD_PORT_OFFSET: "100" })).toBe(
      "Invalid configuration: FRONT_THREAD_PORT_OFFSET needs REDIS_URL (the front thread follows the cache tags shared there).",
    );
    expect(parseConfig({ FRONT_THREAD_PORT_OFFSET: "100", REDIS_URL: "redis://127.0.0.1:6379" }).frontThreadPortOffset).toBe(100);
  });

  it("gives one line per wrong variable", () => {
    expect(messageOf({ PORT: "x", SITE_TIME_ZONE: "Mars/Olympus", SITE_NAME: "Gut" }).split("\n")).toEqual([
      expect.stringMatching(/^Invalid configuration: PORT /),
      expect.stringMatching(/^Invalid configuration: SITE_TIME_ZONE /),
    ]);
  });
});

describe("getConfig", () => {
  afterEach(() => {
    setConfigForTests();
    vi.unstubAllEnvs();
  });

  it("reads the environment once and keeps what it read", () => {
    setConfigForTests();
    vi.stubEnv("SITE_NAME", "Amtsblatt Nord");
    expect(getConfig().siteName).toBe("Amtsblatt Nord");
    vi.stubEnv("SITE_NAME", "Amtsblatt Süd");
    expect(getConfig().siteName).toBe("Amtsblatt Nord");
  });

  it("throws the message naming the variable when the environment is wrong", () => {
    setConfigForTests();
    vi.stubEnv("SITE_TIME_ZONE", "Mars/Olympus");
    expect(() => getConfig()).toThrow(/SITE_TIME_ZONE/);
  });

  it("takes a given environment in tests", () => {
    setConfigForTests({ SITE_TIME_ZONE: "Asia/Tokyo" });
    expect(getConfig().siteTimeZone).toBe("Asia/Tokyo");
  });
});
