// A tag's newest posts as Atom (see lib/feeds).
import { serveFeed } from "@/lib/feeds/serve";

export function GET(request: Request, { params }: RouteContext<"/schlagwort/[slug]/feed.atom">) {
  return serveFeed(request, "atom", "tag", params);
}
