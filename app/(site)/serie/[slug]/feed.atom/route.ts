// A series' newest posts as Atom (see lib/feeds).
import { serveFeed } from "@/lib/feeds/serve";

export function GET(request: Request, { params }: RouteContext<"/serie/[slug]/feed.atom">) {
  return serveFeed(request, "atom", "series", params);
}
