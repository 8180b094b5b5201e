// The active UI language; switching languages means importing another messages file here.
import { de, type Messages } from "./de";

export const t: Messages = de;
