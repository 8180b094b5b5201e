// Runs once when the server starts: opens the database and applies pending migrations before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDatabaseHandle } = await import("./db/connection");
  await getDatabaseHandle();
}
