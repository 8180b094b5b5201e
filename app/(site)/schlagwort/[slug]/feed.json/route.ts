// A tag's newest posts as JSON Feed (see lib/feeds).
import { serveFeed } from "@/lib/feeds/serve";

export function GET(request: Request, { params }: RouteContext<"/schlagwort/[slug]/feed.json">) {
  return serveFeed(request, "json", "tag", params);
}
