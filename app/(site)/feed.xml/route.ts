// The whole publication's newest posts as RSS (see lib/feeds).
import { serveFeed } from "@/lib/feeds/serve";

export function GET(request: Request) {
  return serveFeed(request, "rss", "site");
}
