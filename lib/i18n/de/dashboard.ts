// German strings of the dashboard and the editorial data layer, kept in three files by area.
import { dashboardAdmin } from "./dashboard-admin";
import { dashboardEditing } from "./dashboard-editing";
import { dashboardRedirects } from "./dashboard-redirects";

export const dashboard = { ...dashboardEditing, ...dashboardAdmin, redirects: dashboardRedirects } as const;
