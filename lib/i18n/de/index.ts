// The German messages as one set, one part per area; a new language is a folder of the same shape beside this one.
import { comments } from "./comments";
import { dashboard } from "./dashboard";
import { reader } from "./reader";
import { taxonomy } from "./taxonomy";
import { wordpress } from "./wordpress";

export const de = { reader, dashboard, comments, wordpress, taxonomy };
