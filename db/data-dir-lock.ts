// An exclusive lock on a PGlite data folder: PGlite has none of its own, and two processes on one folder silently lose writes.
import path from "node:path";
import lockfile from "proper-lockfile";

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The database folder ${dataDir} is in use by another process (a running server, seed or migration). ` +
        `Stop that process first, or point DATA_DIR at another folder. Nothing was written.`,
    );
    this.name = "DataDirLockedError";
  }
}

/** Takes the lock or throws DataDirLockedError at once; resolves to the function that releases it. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, "blattwerk.lock"),
      // The holder refreshes the lock every 5 s; one left by a crashed process counts as stale after 30 s.
      stale: 30_000,
      update: 5_000,
      retries: 0,
      realpath: false,
      onCompromised: (error) => {
        console.error(`Lost the lock on ${dataDir}: ${error.message}`);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") throw new DataDirLockedError(dataDir);
    throw error;
  }
}
