// „Antworten“ sets the comment form for a thread in place and „Abbrechen“ clears it (components/site/comment-reply.tsx).
// Reader pages load no framework; without this file both links open the article with the form set.
document.addEventListener("click", function (event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  var link = event.target instanceof Element && event.target.closest("a[data-antwort-id], a[data-antwort-abbrechen]");
  var form = document.getElementById("kommentar-formular");
  var note = document.getElementById("kommentar-antwort-auf");
  if (!link || !form || !note) return;
  event.preventDefault();
  var id = link.getAttribute("data-antwort-id") || "";
  form.elements.namedItem("parentId").value = id;
  note.querySelector("bdi").textContent = link.getAttribute("data-antwort-name") || "";
  note.hidden = !id;
  if (id) form.scrollIntoView({ block: "start" });
  document.getElementById("kommentar-text").focus();
});
