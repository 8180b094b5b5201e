// Demo tags („Schlagwörter“), a subcategory and a pinned post for „Amtsblatt digital“; our own words, like the rest.

/** Subcategories: one level below a top-level category of site.ts. */
export const demoSubcategories = [
  {
    slug: "urheberrecht",
    name: "Urheberrecht",
    description: "Fotos, Musik und fremde Inhalte: was Behörden zeigen und verwenden dürfen.",
    parent: "rechtliches",
  },
] as const;

/** Posts filed under a subcategory instead of the categories posts.ts gives them. */
export const demoRefiled: Record<string, string[]> = {
  "bildrechte-welche-fotos-behoerden-posten-duerfen": ["urheberrecht"],
  "musik-in-videos-was-ist-erlaubt": ["urheberrecht"],
};

/** Tags by post slug, in the order the editor would have typed them. */
export const demoTags: Record<string, string[]> = {
  "instagram-stories-fuer-behoerden": ["Instagram", "Video"],
  "kurzvideos-mit-dem-smartphone-drehen": ["Video", "Smartphone"],
  "untertitel-fuer-videos-in-der-praxis": ["Video", "Barrierefreiheit"],
  "barrierefreie-posts-checkliste": ["Barrierefreiheit", "Checkliste"],
  "alt-texte-schreiben-bilder-in-worte-fassen": ["Barrierefreiheit", "Alternativtext"],
  "leichte-sprache-in-sozialen-netzwerken": ["Barrierefreiheit", "Leichte Sprache"],
  "mastodon-eigene-instanz-oder-gastkonto": ["Mastodon", "Fediverse"],
  "fediverse-im-landratsamt-5-fragen-an-jonas-terhaar": ["Mastodon", "Fediverse"],
  "krisenkommunikation-die-ersten-60-minuten": ["Krisenkommunikation", "Checkliste"],
  "hochwasser-5-fragen-an-henrik-vossberg": ["Krisenkommunikation", "Hochwasser"],
  "shitstorm-vorbereitung": ["Krisenkommunikation", "Moderation"],
  "kommentarmoderation-loeschen-verbergen-antworten": ["Moderation", "Netiquette"],
  "netiquette-formulieren-die-gelesen-wird": ["Netiquette"],
  "bildrechte-welche-fotos-behoerden-posten-duerfen": ["Recht am Bild", "Fotografie"],
  "musik-in-videos-was-ist-erlaubt": ["Video", "GEMA"],
  "dsgvo-pflichten-fuer-behoerden-auf-social-media": ["DSGVO"],
  "messenger-im-vergleich": ["DSGVO", "Messenger"],
  "whatsapp-kanal-im-rathaus-5-fragen-an-petra-olbrich": ["Messenger"],
  "neue-plattformen-pruefen-checkliste": ["Checkliste"],
};

/** Pinned to the head of the front page: the publication's own introduction. */
export const demoPinned = "willkommen-bei-amtsblatt-digital";
