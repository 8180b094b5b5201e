// An author's newest posts as JSON Feed (see lib/feeds).
import { serveFeed } from "@/lib/feeds/serve";

export function GET(request: Request, { params }: RouteContext<"/autor/[slug]/feed.json">) {
  return serveFeed(request, "json", "author", params);
}
