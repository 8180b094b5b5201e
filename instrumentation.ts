// Runs once when the server starts: hooks into incoming requests (socket address, methods Next cannot take;
// lib/http/incoming.ts), opens the database and applies pending migrations before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { guardIncomingRequests } = await import("./lib/http/incoming");
  guardIncomingRequests();
  const { getDatabaseHandle } = await import("./db/connection");
  await getDatabaseHandle();
}
