// An author's newest posts as RSS (see lib/feeds).
import { serveFeed } from "@/lib/feeds/serve";

export function GET(request: Request, { params }: RouteContext<"/autor/[slug]/feed.xml">) {
  return serveFeed(request, "rss", "author", params);
}
