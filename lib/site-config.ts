// Publication-wide settings: name and description from the configuration (lib/config.ts), read when first used.
import { getConfig } from "./config";

export const siteConfig = {
  get name(): string {
    return getConfig().siteName;
  },
  get description(): string {
    return getConfig().siteDescription;
  },
  postsPerPage: 10,
};
