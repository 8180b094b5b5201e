// Runs once when the server starts: stamps each request with its socket address (lib/http/peer-stamp.ts), opens the
// database and applies pending migrations before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampPeerAddress } = await import("./lib/http/peer-stamp");
  stampPeerAddress();
  const { getDatabaseHandle } = await import("./db/connection");
  await getDatabaseHandle();
}
