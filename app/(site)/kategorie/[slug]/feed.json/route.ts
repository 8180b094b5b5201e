// A category's newest posts as JSON Feed (see lib/feeds).
import { serveFeed } from "@/lib/feeds/serve";

export function GET(request: Request, { params }: RouteContext<"/kategorie/[slug]/feed.json">) {
  return serveFeed(request, "json", "category", params);
}
