// A series' newest posts as RSS (see lib/feeds).
import { serveFeed } from "@/lib/feeds/serve";

export function GET(request: Request, { params }: RouteContext<"/serie/[slug]/feed.xml">) {
  return serveFeed(request, "rss", "series", params);
}
