// Runs a command-line task: a known failure prints one clear line instead of a stack trace.
import { DataDirLockedError } from "@/db/data-dir-lock";

export async function runScript(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (error instanceof DataDirLockedError || (error instanceof Error && !process.env.DEBUG)) {
      console.error(`Error: ${(error as Error).message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
