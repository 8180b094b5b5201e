"use client";

// Warnings while writing Markdown, not errors: a text with them can still be saved. Announced politely as they change.
import { tEditorial } from "@/lib/i18n";
import { accessibilityWarnings } from "@/lib/markdown-checks";

export function AccessibilityHints({ body }: { body: string }) {
  const warnings = accessibilityWarnings(body);
  return (
    <div role="status" aria-live="polite" data-testid="barrierefreiheit-hinweise">
      {warnings.length > 0 && (
        <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">{tEditorial.checks.heading}</p>
          <ul className="mt-1 list-disc pl-5">
            {warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
