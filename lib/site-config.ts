// Publication-wide settings that come from the environment.
export const siteConfig = {
  name: process.env.SITE_NAME ?? "Amtsblatt digital",
  description:
    process.env.SITE_DESCRIPTION ??
    "Praxiswissen über Social Media für Behörden, Kommunen und öffentliche Einrichtungen.",
  postsPerPage: 10,
};
