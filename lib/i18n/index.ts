// The active UI language: the one place that picks a messages set; everything else imports its strings from here.
// Each part is re-exported on its own so that a reader page's client code bundles only the reader strings.
import type { de } from "./de";
import type { Messages } from "./messages";

/** Reader site. */
export { reader as t } from "./de/reader";
/** Dashboard and the editorial data layer. */
export { dashboard as tEditorial } from "./de/dashboard";
/** Reader comments and their moderation. */
export { comments as tComments } from "./de/comments";
/** WordPress import and export. */
export { wordpress as tWordpress } from "./de/wordpress";
/** Tags, subcategories and pinned posts, for readers and the dashboard. */
export { taxonomy as tTaxonomy } from "./de/taxonomy";

/** Fails to compile when the active set lacks a message or a message has another signature. */
type Conforms<T extends Messages> = T;
export type ActiveMessages = Conforms<typeof de>;
export type { Messages } from "./messages";
