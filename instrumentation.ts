// Runs once when the server starts: checks the configuration (lib/config.ts), hooks into incoming requests (socket
// address, methods Next cannot take; lib/http/incoming.ts), starts the front thread when configured
// (lib/http/front-thread-host.ts), opens the database and applies pending migrations before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A wrong variable stops the start with one line naming it, instead of failing in some request later.
  const { exitOnConfigError, getConfig } = await import("./lib/config");
  exitOnConfigError(getConfig);
  const { guardIncomingRequests } = await import("./lib/http/incoming");
  guardIncomingRequests();
  const { frontThreadPortOffset, frontThreadHost } = getConfig();
  if (process.env.NODE_ENV === "production" && frontThreadPortOffset > 0) {
    const { startFrontThread } = await import("./lib/http/front-thread-host");
    startFrontThread(frontThreadHost, frontThreadPortOffset);
  }
  const { getDatabaseHandle } = await import("./db/connection");
  await getDatabaseHandle();
}
