// A comment's text: paragraphs, line breaks and links built from data, so no character a reader typed becomes markup.
// dir="auto" isolates each paragraph, so a right-to-left override cannot reorder the text around it.
import { commentParagraphs } from "@/lib/comments";

export function CommentText({ body }: { body: string }) {
  return (
    <div className="mt-2 flex flex-col gap-3 break-words">
      {commentParagraphs(body).map((pieces, index) => (
        <p key={index} dir="auto">
          {pieces.map((piece, i) =>
            "lineBreak" in piece ? (
              <br key={i} />
            ) : "href" in piece ? (
              <a key={i} href={piece.href} rel="nofollow ugc noopener" className="text-brand underline">
                {piece.text}
              </a>
            ) : (
              <span key={i}>{piece.text}</span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
