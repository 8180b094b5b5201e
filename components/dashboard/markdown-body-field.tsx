"use client";

// The post's Markdown body: the formatting toolbar over it, its shortcuts, the word count under it, and images
// dropped onto or pasted into it, which go through the image dialog (upload, alt text) to the drop or caret position.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import type { MediaChoice } from "@/db/queries/media";
import { tEditorial } from "@/lib/i18n";
import { ImageInsertDialog, type DescribeUploadedImage, type ImageRequest } from "./image-insert-dialog";
import { MarkdownToolbar } from "./markdown-toolbar";
import type { PostEditorState } from "./post-fields";
import type { MarkdownCommands, Selection } from "./use-markdown-commands";
import { WordCount } from "./word-count";

const t = tEditorial.editor;
const tw = tEditorial.writing;

let nextRequest = 0;

/** The offset in the field under a point, where the browser can say (caretPositionFromPoint knows text fields). */
function offsetAt(area: HTMLTextAreaElement, x: number, y: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y);
  return position && position.offsetNode === area ? position.offset : null;
}

function imageFiles(files: FileList | null | undefined): File[] {
  return Array.from(files ?? []).filter((file) => file.type === "" || file.type.startsWith("image/"));
}

export function MarkdownBodyField({
  editor,
  bodyRef,
  commands,
  images,
  canUpload,
  describeUpload,
}: {
  editor: PostEditorState;
  bodyRef: React.RefObject<HTMLTextAreaElement | null>;
  commands: MarkdownCommands;
  images: MediaChoice[];
  canUpload: boolean;
  describeUpload: DescribeUploadedImage;
}) {
  const { input, change, fieldErrors } = editor;
  const router = useRouter();
  const [request, setRequest] = useState<(ImageRequest & { at: Selection }) | null>(null);
  const [dragging, setDragging] = useState(false);

  function ask(at: Selection, file?: File) {
    setRequest({ key: ++nextRequest, file, at });
  }

  function done(markdown: string | null) {
    const at = request?.at;
    setRequest(null);
    if (!at) return;
    if (markdown) {
      commands.insertImage(markdown, at);
      // A new upload joins the library's lists (cover, „Bild in den Text einfügen“).
      router.refresh();
      return;
    }
    // Cancelled: back to the text where it was, nothing changed.
    const area = bodyRef.current;
    area?.focus();
    area?.setSelectionRange(at.start, at.end);
  }

  return (
    <>
      <Field id="text" label={t.body} hint={tw.bodyHint} error={fieldErrors.body}>
        {(describedBy, invalid) => (
          <div className="flex flex-col">
            <MarkdownToolbar commands={commands} controls="text" onImage={() => ask(commands.selection())} />
            <textarea
              id="text"
              ref={bodyRef}
              rows={18}
              className={`${inputClass} rounded-t-none font-mono text-sm ${dragging ? "outline-2 outline-dashed outline-brand" : ""}`}
              value={input.body}
              aria-invalid={invalid}
              aria-describedby={[describedBy, "text-umfang"].filter(Boolean).join(" ")}
              onChange={(event) => change("body", event.target.value)}
              onFocus={(event) => (event.currentTarget.dataset.cursor = "gesetzt")}
              onKeyDown={commands.onKeyDown}
              onPaste={(event) => {
                // Text (also text that comes with a picture of itself, as from a word processor) pastes as text.
                if (event.clipboardData.types.includes("text/plain")) return;
                const [file] = imageFiles(event.clipboardData.files);
                if (!file) return;
                event.preventDefault();
                ask({ start: event.currentTarget.selectionStart, end: event.currentTarget.selectionEnd }, file);
              }}
              onDragOver={(event) => {
                if (!event.dataTransfer.types.includes("Files")) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = "copy";
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={(event) => {
                setDragging(false);
                if (event.dataTransfer.files.length === 0) return;
                event.preventDefault();
                const area = event.currentTarget;
                area.dataset.cursor = "gesetzt";
                const offset = offsetAt(area, event.clientX, event.clientY);
                const at = offset === null ? { start: area.selectionStart, end: area.selectionEnd } : { start: offset, end: offset };
                // A refused type is said in the dialog, with the chance to choose another file.
                ask(at, imageFiles(event.dataTransfer.files)[0] ?? event.dataTransfer.files[0]);
              }}
            />
          </div>
        )}
      </Field>
      <WordCount id="text-umfang" text={input.body} />
      <ImageInsertDialog request={request} images={images} canUpload={canUpload} describe={describeUpload} onDone={done} />
    </>
  );
}
