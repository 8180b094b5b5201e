// Buttons in the dashboard's three weights; disabled while an action is pending.
import type { ComponentProps } from "react";

const styles = {
  primary: "bg-brand text-white hover:bg-brand-dark",
  secondary: "border border-brand/40 bg-white text-brand hover:bg-brand/5",
  danger: "border border-red-800 bg-white text-red-800 hover:bg-red-50",
};

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<"button"> & { variant?: keyof typeof styles }) {
  return (
    <button
      type="button"
      {...props}
      className={`inline-flex items-center justify-center rounded px-4 py-2 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-60 ${styles[variant]} ${className}`}
    />
  );
}
