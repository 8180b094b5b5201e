import type { Metadata, Viewport } from "next";
import { t } from "@/lib/i18n";
import { siteConfig } from "@/lib/site-config";
import { siteUrl } from "@/lib/site-url";
import { headingSerif } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: siteConfig.name, template: `%s – ${siteConfig.name}` },
  description: siteConfig.description,
  openGraph: { siteName: siteConfig.name, locale: "de_DE", type: "website" },
  // Drawn by scripts/draw-icons.ts and served from public/.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/favicon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

export const viewport: Viewport = { themeColor: "#1f4d3a", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={t.htmlLang} className={headingSerif.variable}>
      <body className="min-h-screen flex flex-col">{children}</body>
    </html>
  );
}
