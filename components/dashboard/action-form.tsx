"use client";

// A small form bound to a server action: shows the action's message, marks fields, keeps what was typed.
import { createContext, useContext, useEffect, useRef, useState, useTransition, type ReactNode } from "react";

/**
 * An action's answer. `undo` offers „Rückgängig“ beside the message: a submit button carrying its name and value,
 * with the hidden fields it needs (e.g. the posts just moved to the trash, which the list no longer shows).
 */
export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  undo?: { label: string; name: string; value: string; fields: { name: string; value: string }[] };
};

const ErrorsContext = createContext<Record<string, string>>({});

/** The error for one field of the surrounding ActionForm, for use under that field. */
export function FieldError({ name, id }: { name: string; id: string }) {
  const error = useContext(ErrorsContext)[name];
  return error ? (
    <p id={id} className="text-sm font-semibold text-red-800">
      {error}
    </p>
  ) : null;
}

export function ActionForm({
  action,
  children,
  className,
  label,
  resetOnSuccess = false,
  onSuccess,
  messageFirst = false,
}: {
  action: (form: FormData) => Promise<FormState>;
  children: ReactNode;
  className?: string;
  label?: string;
  resetOnSuccess?: boolean;
  /** Called with the submitted data after a successful action, e.g. to move focus when the form goes away. */
  onSuccess?: (data: FormData) => void;
  /** Shows the answer above the fields, for forms that end in a long list (the post list's bulk action). */
  messageFirst?: boolean;
}) {
  const [state, setState] = useState<FormState>({});
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const refocus = useRef<{ element: HTMLElement; index: number; until: number } | null>(null);

  // The fieldset is disabled while the action runs, and a reordered list moves this form in the DOM: either drops
  // keyboard focus to the page's start. Once done, the field or button that had it (or the button now in the place
  // of one that went away, like „Nach oben“ at the top) gets it back.
  useEffect(() => {
    const want = refocus.current;
    const form = formRef.current;
    if (!want || pending || !form) return;
    if (Date.now() > want.until) {
      refocus.current = null;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body && active !== form) return;
    if (form.contains(want.element)) {
      want.element.focus();
      return;
    }
    const buttons = [...form.querySelectorAll<HTMLButtonElement>("button[type=submit]")];
    buttons[Math.min(want.index, buttons.length - 1)]?.focus();
  });
  const undo = state.undo;
  const message = state.message && (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      <p role={state.ok ? "status" : "alert"} className={`text-sm font-semibold ${state.ok ? "text-brand" : "text-red-800"}`}>
        {state.message}
      </p>
      {undo && (
        <>
          {undo.fields.map((field, index) => (
            <input key={index} type="hidden" name={field.name} value={field.value} />
          ))}
          <button type="submit" name={undo.name} value={undo.value} className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand">
            {undo.label}
          </button>
        </>
      )}
    </div>
  );
  return (
    <form
      ref={formRef}
      aria-label={label}
      className={className}
      aria-busy={pending}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const data = new FormData(event.currentTarget, submitter);
        const focused = document.activeElement;
        if (focused instanceof HTMLElement && event.currentTarget.contains(focused)) {
          const buttons = [...event.currentTarget.querySelectorAll("button[type=submit]")];
          refocus.current = { element: focused, index: Math.max(0, buttons.indexOf(focused as HTMLButtonElement)), until: Date.now() + 5000 };
        }
        // The last answer belongs to the last submission: it must not stand beside the next one.
        setState({});
        // Handled by hand rather than with <form action>: React would reset the fields even when saving failed.
        startTransition(async () => {
          const result = await action(data);
          setState(result);
          if (result.ok && resetOnSuccess) formRef.current?.reset();
          if (result.ok) onSuccess?.(data);
        });
      }}
    >
      {messageFirst && message}
      <ErrorsContext value={state.fieldErrors ?? {}}>
        <fieldset disabled={pending} className="contents">
          {children}
        </fieldset>
      </ErrorsContext>
      {!messageFirst && message}
    </form>
  );
}
