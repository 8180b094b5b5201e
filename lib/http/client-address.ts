// The sender's address as the rate limits see it (feedback, comments). It only ever goes into a salted hash.
export function clientAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "unknown";
}
