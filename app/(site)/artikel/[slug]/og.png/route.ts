// An article's Open Graph image: title, category, publication name and cover, 1200×630 PNG.
import { connection } from "next/server";
import { imageResponse, notFoundResponse } from "@/lib/http/document";
import { parseSlug } from "@/lib/route-params";
import { articleSocialImage } from "@/lib/social-image";

export async function GET(request: Request, { params }: RouteContext<"/artikel/[slug]/og.png">) {
  await connection();
  const slug = parseSlug((await params).slug);
  const image = slug === null ? null : await articleSocialImage(slug);
  return image ? imageResponse(request, image, 3600) : notFoundResponse();
}
