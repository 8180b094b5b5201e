// Where the keyboard was, so a page that replaces the editor mid-sentence can put it back.

export type Focus = { focusId: string | null; selection: [number, number] | null };

export function focusOf(root: HTMLElement | null): Focus {
  const active = document.activeElement;
  if (!root || !(active instanceof HTMLElement) || !root.contains(active) || !active.id) return { focusId: null, selection: null };
  const field = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active : null;
  const start = field?.selectionStart ?? null;
  return { focusId: active.id, selection: field && start !== null ? [start, field.selectionEnd ?? start] : null };
}

export function restoreFocus(root: HTMLElement | null, focus: Focus): void {
  // Next keeps the replaced page hidden in the document, with the same ids: look only inside this editor.
  const element = focus.focusId && root ? root.querySelector<HTMLElement>(`#${CSS.escape(focus.focusId)}`) : null;
  if (!element) return;
  element.focus();
  if (focus.selection && (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    try {
      element.setSelectionRange(...focus.selection);
    } catch {
      // Some input types (number, date) have no selection.
    }
  }
}
