// The whole publication's newest posts as JSON Feed (see lib/feeds).
import { serveFeed } from "@/lib/feeds/serve";

export function GET(request: Request) {
  return serveFeed(request, "json", "site");
}
