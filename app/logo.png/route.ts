// The publisher logo named in structured data and feeds (512×512 PNG).
import { connection } from "next/server";
import { imageResponse } from "@/lib/http/document";
import { logoImage } from "@/lib/social-image";

export async function GET(request: Request) {
  // Drawn from SITE_NAME/SITE_DESCRIPTION as set when serving, not at build time.
  await connection();
  return imageResponse(request, await logoImage(), 86400);
}
