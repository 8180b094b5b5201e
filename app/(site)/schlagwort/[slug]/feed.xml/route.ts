// A tag's newest posts as RSS (see lib/feeds).
import { serveFeed } from "@/lib/feeds/serve";

export function GET(request: Request, { params }: RouteContext<"/schlagwort/[slug]/feed.xml">) {
  return serveFeed(request, "rss", "tag", params);
}
