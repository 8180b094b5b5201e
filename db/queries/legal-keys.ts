// The site_settings keys of the legal statements, shared by the cached reader query and the admin's writes.
import "server-only";
export const IMPRESSUM_KEY = "impressum";
export const STATEMENT_KEY = "barrierefreiheit";
