"use client";

// A submit button that asks first: for steps an editor would not want to take by a slip of the finger.
import type { ButtonHTMLAttributes } from "react";

export function ConfirmSubmit({ question, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { question: string }) {
  return (
    <button
      type="submit"
      {...props}
      onClick={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
    />
  );
}
