// The Open Graph image of every page that is not an article: the publication's name and description.
import { connection } from "next/server";
import { imageResponse } from "@/lib/http/document";
import { siteSocialImage } from "@/lib/social-image";

export async function GET(request: Request) {
  // Drawn from SITE_NAME/SITE_DESCRIPTION as set when serving, not at build time.
  await connection();
  return imageResponse(request, await siteSocialImage(), 86400);
}
