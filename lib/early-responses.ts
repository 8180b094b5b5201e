// Plain answers given before any page renders: 410 for an article deleted for good (search engines drop it for good
// too), 400 for an address that is not even well-formed, 503 with a form to send again when the database is down.
// Like every page, they link the legal pages.
import { LEGAL_FOOTER_LINKS } from "./footer";
import { t, tEditorial } from "./i18n";
import { siteConfig } from "./site-config";

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, text: string, extra = "", back: { href: string; label: string } = { href: "/", label: t.backHome }): string {
  return `<!DOCTYPE html>
<html lang="${t.htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)} – ${escape(siteConfig.name)}</title>
<style>label{display:block;font-weight:600;margin-top:1rem}input,textarea{width:100%;font:inherit}button{margin-top:1rem;font:inherit}body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1d252c;line-height:1.5}a{color:#1f4d3a}footer ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem}</style>
</head><body><main><p>${escape(siteConfig.name)}</p><h1>${escape(title)}</h1><p>${escape(text)}</p>${extra}
<p><a href="${back.href}">${escape(back.label)}</a></p></main>
<footer><nav aria-label="${escape(t.footerNavigation)}"><ul>${LEGAL_FOOTER_LINKS.map((link) => `<li><a href="${link.href}">${escape(link.label)}</a></li>`).join("")}</ul></nav></footer></body></html>`;
}

const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=300" };

export function goneResponse(): Response {
  return new Response(page(t.goneTitle, t.goneText), { status: 410, headers });
}

export function badRequestResponse(): Response {
  return new Response(page(t.badRequestTitle, t.badRequestText), { status: 400, headers });
}

export type ResubmitField = { name: string; label: string; value: string; multiline?: boolean; hidden?: boolean };

/**
 * When a form's submission could neither be saved nor kept as a draft (the database is down), the answer is the
 * form itself with the reader's text in it, ready to send again: nothing is stored, and nothing is lost.
 */
export function resubmitResponse(text: string, action: string, fields: ResubmitField[]): Response {
  const inputs = fields
    .map((field, index) => {
      if (field.hidden) return `<input type="hidden" name="${escape(field.name)}" value="${escape(field.value)}">`;
      const id = `feld-${index}`;
      const control = field.multiline
        ? `<textarea id="${id}" name="${escape(field.name)}" rows="8">${escape(field.value)}</textarea>`
        : `<input id="${id}" type="text" name="${escape(field.name)}" value="${escape(field.value)}">`;
      return `<label for="${id}">${escape(field.label)}</label>${control}`;
    })
    .join("");
  const form = `<form method="post" action="${escape(action)}">${inputs}<button type="submit">${escape(t.resubmit)}</button></form>`;
  return new Response(page(t.errorTitle, text, form), {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": "30" },
  });
}

/** A dashboard address naming nothing this user may see; never cached, since the answer depends on who asks. */
/** A shareable preview link that expired, was revoked or never existed: no hint which. */
export function sharedPreviewNotFoundResponse(): Response {
  return new Response(page(t.notFoundTitle, tEditorial.postTools.share.gone), {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store", "x-robots-tag": "noindex" },
  });
}

export function dashboardNotFoundResponse(): Response {
  return new Response(page(t.notFoundTitle, tEditorial.errors.notFoundScreen, "", { href: "/dashboard/beitraege", label: tEditorial.errors.backToPosts }), {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" },
  });
}
