// Tells a database that is away (restarting, unreachable, refusing connections) from every other failure, so a
// dashboard save can answer 503 with a German message and the editor keeps the text.
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
// PostgreSQL SQLSTATEs: connection exceptions (08…), and the server shutting down or starting (57P01–57P03).
const SQLSTATES = /^(08\d{3}|57P0[123])$/;
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string" && (CONNECTION_CODES.has(code) || SQLSTATES.test(code))) return true;
  if (typeof message === "string" && MESSAGES.test(message)) return true;
  // drizzle wraps the driver's error in `cause`; a failed connect to several addresses is an AggregateError.
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
