// One file in the media library: thumbnail, facts, where it is used, its details form, replacing the file, and delete.
import Link from "next/link";
import { ActionForm, FieldError, type FormState } from "@/components/dashboard/action-form";
import { inputClass } from "@/components/ui/field";
import type { MediaListItem } from "@/db/queries/media";
import { tEditorial } from "@/lib/i18n";
import { commonLicences } from "@/lib/media/licences";
import { acceptAttributeOf } from "@/lib/media/types";
import { formatFileSize } from "@/lib/media/view";
import { MediaDelete, type DeleteMedia } from "./media-delete";
import { MediaReplace } from "./media-replace";

const t = tEditorial.media;

function TextField({ id, name, label, defaultValue, hint, placeholder, disabled }: { id: string; name: string; label: string; defaultValue: string; hint?: string; placeholder?: string; disabled: boolean }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">{label}</label>
      <input id={id} name={name} defaultValue={defaultValue} placeholder={placeholder} className={inputClass} disabled={disabled}
        aria-describedby={[hint ? `${id}-hinweis` : "", `${id}-fehler`].filter(Boolean).join(" ")} />
      {hint && <p id={`${id}-hinweis`} className="text-xs text-muted">{hint}</p>}
      <FieldError name={name} id={`${id}-fehler`} />
    </div>
  );
}

/** Server actions, passed down from the route so that components never import from app/. */
export type MediaCardActions = { updateDetails: (form: FormData) => Promise<FormState>; remove: DeleteMedia };

export function MediaCard({ item, actions }: { item: MediaListItem; actions: MediaCardActions }) {
  const id = (field: string) => `${field}-${item.id}`;
  const name = item.title || item.originalName;
  const missingAlt = item.kind === "image" && !item.decorative && item.alt === "";
  return (
    <li className="flex flex-col gap-3 rounded border border-slate-300 bg-white p-4" data-testid="medium" aria-labelledby={id("name")}>
      <div className="flex gap-3">
        {item.thumbnail ? (
          // eslint-disable-next-line @next/next/no-img-element -- the library's own 480 px variant
          <img src={item.thumbnail} alt="" width={160} height={Math.round(160 * ((item.height ?? 9) / (item.width ?? 16)))} className="h-24 w-40 rounded bg-sand object-cover" />
        ) : (
          <span className="flex h-24 w-40 items-center justify-center rounded bg-sand text-sm font-bold">{item.mimeType === "application/pdf" ? "PDF" : item.originalName.split(".").pop()?.toUpperCase()}</span>
        )}
        <div className="min-w-0 text-sm">
          <h2 id={id("name")} className="break-words text-base font-bold">{name}</h2>
          <p className="text-muted">
            {item.originalName} · {formatFileSize(item.byteSize)}
            {item.width && item.height ? ` · ${item.width} × ${item.height} px` : ""}
          </p>
          <p><a href={item.url} className="text-brand underline">{item.kind === "image" ? "Bild öffnen" : "Datei öffnen"}</a></p>
          {missingAlt && <p className="mt-1 font-semibold text-red-800">{t.missingAlt}</p>}
        </div>
      </div>
      <div className="text-sm">
        <span className="font-semibold">{t.usedIn}: </span>
        {item.usedIn.length === 0 ? (
          <span className="text-muted">{t.unused}</span>
        ) : (
          item.usedIn.map((post, index) => (
            <span key={post.id}>
              {index > 0 && ", "}
              <Link prefetch={false} href={`/dashboard/beitraege/${post.id}`} className="text-brand underline">{post.title}</Link>
            </span>
          ))
        )}
      </div>
      {item.canEdit && (
        <>
          <ActionForm action={actions.updateDetails} className="flex flex-col gap-3" label={`${t.save}: ${name}`}>
            <input type="hidden" name="id" value={item.id} />
            <TextField id={id("titel")} name="title" label={t.fileTitle} defaultValue={item.title} disabled={false} />
            {item.kind === "image" && (
              <>
                <TextField id={id("alt")} name="alt" label={t.alt} hint={t.altHint} defaultValue={item.alt} disabled={false} />
                <div className="flex items-center gap-2">
                  <input id={id("dekorativ")} name="decorative" type="checkbox" defaultChecked={item.decorative} className="h-4 w-4" />
                  <label htmlFor={id("dekorativ")} className="text-sm">{t.decorative}</label>
                </div>
                <TextField id={id("unterschrift")} name="caption" label={t.caption} defaultValue={item.caption} disabled={false} />
                <TextField id={id("nachweis")} name="credit" label={t.credit} defaultValue={item.credit} placeholder={t.creditPlaceholder} disabled={false} />
                <div className="flex flex-col gap-1">
                  <label htmlFor={id("lizenz")} className="text-sm font-semibold">{t.licence}</label>
                  <input id={id("lizenz")} name="licence" list="lizenzen" defaultValue={item.licence} className={inputClass} aria-describedby={id("lizenz-fehler")} />
                  <FieldError name="licence" id={id("lizenz-fehler")} />
                </div>
                <TextField id={id("lizenzlink")} name="licenceUrl" label={t.licenceUrl} defaultValue={item.licenceUrl} placeholder="https://" disabled={false} />
                <fieldset className="grid grid-cols-2 gap-2" aria-describedby={id("fokus-hinweis")}>
                  <legend className="sr-only">{t.focalHint}</legend>
                  {(["focalX", "focalY"] as const).map((field) => (
                    <div key={field} className="flex flex-col gap-1">
                      <label htmlFor={id(field)} className="text-sm font-semibold">{t[field]}</label>
                      <input id={id(field)} name={field} type="number" min={0} max={100} step={1} defaultValue={item[field]} className={inputClass}
                        aria-describedby={id(`${field}-fehler`)} />
                      <FieldError name={field} id={id(`${field}-fehler`)} />
                    </div>
                  ))}
                  <p id={id("fokus-hinweis")} className="col-span-2 text-xs text-muted">{t.focalHint}</p>
                </fieldset>
              </>
            )}
            <div>
              <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">{t.save}</button>
            </div>
          </ActionForm>
          <MediaReplace id={item.id} hash={item.hash} name={name} kind={item.kind} accept={acceptAttributeOf[item.kind]} />
          <MediaDelete id={item.id} name={name} kind={item.kind} action={actions.remove} />
        </>
      )}
    </li>
  );
}

export function LicenceOptions() {
  return (
    <datalist id="lizenzen">
      {commonLicences.map((licence) => (
        <option key={licence.name} value={licence.name} />
      ))}
    </datalist>
  );
}
