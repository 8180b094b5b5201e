"use client";
// „Antworten“ without JavaScript is a link that opens the article with the form set for that thread; with JavaScript
// it sets the form in place (no page load) and moves the focus into the text field.
import { useEffect, useState } from "react";
import { t } from "@/lib/i18n";

const c = t.comments;
const EVENT = "blattwerk:kommentar-antwort";
type ReplyDetail = { id: number; name: string } | null;

export function ReplyLink({ href, commentId, name }: { href: string; commentId: number; name: string }) {
  return (
    <p className="mt-2">
      <a
        href={href}
        rel="nofollow"
        className="text-sm font-semibold text-brand underline"
        aria-label={c.replyTo(name)}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
          event.preventDefault();
          window.dispatchEvent(new CustomEvent<ReplyDetail>(EVENT, { detail: { id: commentId, name } }));
        }}
      >
        {c.reply}
      </a>
    </p>
  );
}

/** Inside the form: the thread it answers (hidden field) and the note saying so, switchable in place. */
export function ReplyTarget({ initial, cancelHref }: { initial: ReplyDetail; cancelHref: string }) {
  const [target, setTarget] = useState<ReplyDetail>(initial);
  useEffect(() => {
    const onReply = (event: Event) => {
      setTarget((event as CustomEvent<ReplyDetail>).detail);
      const field = document.getElementById("kommentar-text");
      document.getElementById("kommentar-formular")?.scrollIntoView({ block: "start" });
      field?.focus();
    };
    window.addEventListener(EVENT, onReply);
    return () => window.removeEventListener(EVENT, onReply);
  }, []);
  return (
    <>
      <input type="hidden" name="parentId" value={target ? String(target.id) : ""} />
      {target && (
        <p className="rounded bg-sand/60 p-3" data-testid="kommentar-antwort-auf">
          {c.replyingTo} <bdi className="font-semibold">{target.name}</bdi>.{" "}
          <a
            href={cancelHref}
            className="font-semibold text-brand underline"
            onClick={(event) => {
              event.preventDefault();
              setTarget(null);
              document.getElementById("kommentar-text")?.focus();
            }}
          >
            {c.cancelReply}
          </a>
        </p>
      )}
    </>
  );
}
