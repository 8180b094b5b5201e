"use client";

// The footer's own links: one form per link (label, target, order, removal) and one to add a link.
import { useEffect, useRef, useState } from "react";
import { ActionForm, FieldError, type FormState } from "@/components/dashboard/action-form";
import { inputClass } from "@/components/ui/field";
import type { FooterChoices, FooterLinkRow } from "@/db/queries/navigation";
import type { FooterLinkKind } from "@/db/schema";
import { tEditorial } from "@/lib/i18n";

const t = tEditorial.footer;
const kinds: FooterLinkKind[] = ["path", "page", "category", "url"];
const LIST_HEADING_ID = "eigene-links-titel";

const buttonClass = "rounded border border-brand/40 px-3 py-1.5 text-sm font-semibold text-brand hover:bg-brand/5";

function LinkFields({ prefix, link, choices }: { prefix: string; link?: FooterLinkRow; choices: FooterChoices }) {
  const initialKind = link?.kind ?? "path";
  const [kind, setKind] = useState<FooterLinkKind>(initialKind);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  // The add form is reset after success: the chosen kind goes back with the fields.
  useEffect(() => {
    const form = fieldsetRef.current?.form;
    const onReset = () => setKind(initialKind);
    form?.addEventListener("reset", onReset);
    return () => form?.removeEventListener("reset", onReset);
  }, [initialKind]);

  // Every target's field stays in the form, only the chosen one is shown: switching back finds the text typed before.
  const shown = (value: FooterLinkKind) => (kind === value ? "flex flex-col gap-1" : "hidden");
  const describe = (name: string, hint?: boolean) => [hint ? `${prefix}-${name}-hinweis` : "", `${prefix}-${name}-fehler`].filter(Boolean).join(" ");
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-label`} className="text-sm font-semibold">{t.label}</label>
        <input id={`${prefix}-label`} name="label" defaultValue={link?.label} maxLength={200} className={inputClass} aria-describedby={describe("label")} />
        <FieldError name="label" id={`${prefix}-label-fehler`} />
      </div>
      <fieldset ref={fieldsetRef} className="flex flex-col gap-2" aria-describedby={`${prefix}-kind-fehler`}>
        <legend className="text-sm font-semibold">{t.target}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {kinds.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="kind" value={value} defaultChecked={value === initialKind} onChange={() => setKind(value)} className="h-4 w-4" />
              {t.kinds[value]}
            </label>
          ))}
        </div>
        <FieldError name="kind" id={`${prefix}-kind-fehler`} />
        <div className={shown("path")}>
          <label htmlFor={`${prefix}-path`} className="text-sm font-semibold">{t.fields.path}</label>
          <input id={`${prefix}-path`} name="path" defaultValue={link?.path} placeholder="/info/ueber-uns" className={inputClass}
            aria-describedby={describe("path", true)} />
          <p id={`${prefix}-path-hinweis`} className="text-xs text-muted">{t.pathHint}</p>
          <FieldError name="path" id={`${prefix}-path-fehler`} />
        </div>
        <div className={shown("page")}>
          <label htmlFor={`${prefix}-page`} className="text-sm font-semibold">{t.fields.page}</label>
          <select id={`${prefix}-page`} name="pageId" defaultValue={link?.pageId ?? ""} className={inputClass} aria-describedby={describe("pageId")}>
            <option value="">{t.choosePage}</option>
            {choices.pages.map((page) => (
              <option key={page.id} value={page.id}>
                {page.status === "draft" ? `${page.title} ${t.draftSuffix}` : page.title}
              </option>
            ))}
          </select>
          <FieldError name="pageId" id={`${prefix}-pageId-fehler`} />
        </div>
        <div className={shown("category")}>
          <label htmlFor={`${prefix}-category`} className="text-sm font-semibold">{t.fields.category}</label>
          <select id={`${prefix}-category`} name="categoryId" defaultValue={link?.categoryId ?? ""} className={inputClass}
            aria-describedby={describe("categoryId")}>
            <option value="">{t.chooseCategory}</option>
            {choices.categories.map((category) => (
              <option key={category.id} value={category.id}>{category.name}</option>
            ))}
          </select>
          <FieldError name="categoryId" id={`${prefix}-categoryId-fehler`} />
        </div>
        <div className={shown("url")}>
          <label htmlFor={`${prefix}-url`} className="text-sm font-semibold">{t.fields.url}</label>
          <input id={`${prefix}-url`} name="url" type="url" defaultValue={link?.url} placeholder="https://" className={inputClass}
            aria-describedby={describe("url", true)} />
          <p id={`${prefix}-url-hinweis`} className="text-xs text-muted">{t.urlHint}</p>
          <FieldError name="url" id={`${prefix}-url-fehler`} />
        </div>
      </fieldset>
    </>
  );
}

function FooterLinkItem({
  link,
  index,
  count,
  choices,
  update,
}: {
  link: FooterLinkRow;
  index: number;
  count: number;
  choices: FooterChoices;
  update: (form: FormData) => Promise<FormState>;
}) {
  const prefix = `link-${link.id}`;
  return (
    <li className="rounded border border-slate-300 bg-white p-4">
      <ActionForm
        action={update}
        label={link.label}
        className="grid gap-3 sm:grid-cols-2"
        onSuccess={(data) => {
          // The removed link's form is gone: keyboard focus continues at the list's heading.
          if (data.get("intent") === "remove") document.getElementById(LIST_HEADING_ID)?.focus();
        }}
      >
        <input type="hidden" name="id" value={link.id} />
        <p className="text-sm text-muted sm:col-span-2">
          {t.position(index + 1, count)} ·{" "}
          {link.href ? (
            <>
              {t.leadsTo} <span className="font-mono text-xs text-ink">{link.href}</span>
            </>
          ) : (
            t.hidden
          )}
        </p>
        <LinkFields prefix={prefix} link={link} choices={choices} />
        <div className="flex flex-wrap items-end gap-2 sm:col-span-2">
          <button type="submit" name="intent" value="save" className="rounded bg-brand px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark">
            {t.save}<span className="sr-only">: {link.label}</span>
          </button>
          {index > 0 && (
            <button type="submit" name="intent" value="up" className={buttonClass}>
              {t.up}<span className="sr-only">: {link.label}</span>
            </button>
          )}
          {index < count - 1 && (
            <button type="submit" name="intent" value="down" className={buttonClass}>
              {t.down}<span className="sr-only">: {link.label}</span>
            </button>
          )}
          <button type="submit" name="intent" value="remove" className="rounded border border-red-800 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50">
            {t.remove}<span className="sr-only">: {link.label}</span>
          </button>
        </div>
      </ActionForm>
    </li>
  );
}

export function FooterLinksEditor({
  links,
  choices,
  create,
  update,
}: {
  links: FooterLinkRow[];
  choices: FooterChoices;
  create: (form: FormData) => Promise<FormState>;
  update: (form: FormData) => Promise<FormState>;
}) {
  return (
    <>
      <section aria-labelledby={LIST_HEADING_ID} className="flex flex-col gap-3">
        <h2 id={LIST_HEADING_ID} tabIndex={-1} className="text-xl font-bold">{t.ownHeading}</h2>
        {links.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {links.map((link, index) => (
              <FooterLinkItem key={link.id} link={link} index={index} count={links.length} choices={choices} update={update} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="neuer-link-titel" className="rounded border border-dashed border-slate-400 p-4">
        <h2 id="neuer-link-titel" className="mb-2 text-xl font-bold">{t.add}</h2>
        <ActionForm action={create} label={t.add} className="grid gap-3 sm:grid-cols-2" resetOnSuccess>
          <LinkFields prefix="neuer-link" choices={choices} />
          <div className="sm:col-span-2">
            <button type="submit" className="rounded bg-brand px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark">
              {t.add}
            </button>
          </div>
        </ActionForm>
      </section>
    </>
  );
}
