"use client";

// A small form bound to a server action: shows the action's message, marks fields, keeps what was typed.
import { createContext, useContext, useRef, useState, useTransition, type ReactNode } from "react";

export type FormState = { ok?: boolean; message?: string; fieldErrors?: Record<string, string> };

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
}: {
  action: (form: FormData) => Promise<FormState>;
  children: ReactNode;
  className?: string;
  label?: string;
  resetOnSuccess?: boolean;
}) {
  const [state, setState] = useState<FormState>({});
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={formRef}
      aria-label={label}
      className={className}
      aria-busy={pending}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        // Handled by hand rather than with <form action>: React would reset the fields even when saving failed.
        startTransition(async () => {
          const result = await action(data);
          setState(result);
          if (result.ok && resetOnSuccess) formRef.current?.reset();
        });
      }}
    >
      <ErrorsContext value={state.fieldErrors ?? {}}>
        <fieldset disabled={pending} className="contents">
          {children}
        </fieldset>
      </ErrorsContext>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={`mt-2 text-sm font-semibold ${state.ok ? "text-brand" : "text-red-800"}`}>
          {state.message}
        </p>
      )}
    </form>
  );
}
