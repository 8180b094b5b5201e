// The demo publication's categories, authors and series; the posts live in posts.ts beside this file.
export const demoCategories = [
  { slug: "allgemein", name: "Allgemein", description: "Neuigkeiten, Gedanken und alles, was in keine Schublade passt." },
  { slug: "basics", name: "Basics", description: "Grundlagen für Teams, die mit Social Media in der Verwaltung anfangen." },
  { slug: "best-practice", name: "Best Practice", description: "Was andere Behörden gut machen – und was man davon übernehmen kann." },
  { slug: "interviews", name: "Interviews", description: "Gespräche mit Menschen, die Verwaltungskommunikation täglich gestalten." },
  { slug: "rechtliches", name: "Rechtliches", description: "Impressum, Datenschutz, Bildrechte und andere Pflichten im Netz." },
  { slug: "redaktionsalltag", name: "Redaktionsalltag", description: "Planung, Abstimmung und Werkzeuge für die tägliche Redaktionsarbeit." },
  { slug: "strategie", name: "Strategie", description: "Ziele, Zielgruppen und Kanäle: wie aus Einzelaktionen ein Konzept wird." },
] as const;

/** The demo's sign-in: printed by `npm run db:seed`; the demo authors share the password to try the roles. */
export const demoAdmin = {
  slug: "redaktion",
  displayName: "Demo-Administration",
  email: "admin@amtsblatt-digital.example",
  role: "admin",
  bio: "",
} as const;
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "Amtsblatt-Demo-2026";

export const demoAuthors = [
  {
    slug: "jana-wiesner",
    displayName: "Jana Wiesner",
    email: "jana.wiesner@amtsblatt-digital.example",
    role: "editor",
    bio: "Jana Wiesner leitet seit vielen Jahren Online-Redaktionen in Kommunalverwaltungen und schreibt hier über Strategie und Praxis.",
  },
  {
    slug: "tobias-brandt",
    displayName: "Tobias Brandt",
    email: "tobias.brandt@amtsblatt-digital.example",
    role: "author",
    bio: "Tobias Brandt ist Verwaltungsjurist und erklärt, was Recht und Datenschutz für die Arbeit in sozialen Netzwerken bedeuten.",
  },
  {
    slug: "aylin-kaya",
    displayName: "Aylin Kaya",
    email: "aylin.kaya@amtsblatt-digital.example",
    role: "author",
    bio: "Aylin Kaya berät Behörden bei Bewegtbild, Barrierefreiheit und Community-Management.",
  },
  {
    slug: "martin-ohlsen",
    displayName: "Martin Ohlsen",
    email: "martin.ohlsen@amtsblatt-digital.example",
    role: "author",
    bio: "Martin Ohlsen führt die Interviewreihe „5 Fragen an …“ und sammelt gute Beispiele aus Städten und Landkreisen.",
  },
] as const;

export const demoSeries = [
  {
    slug: "fuenf-fragen-an",
    title: "5 Fragen an …",
    description: "Unsere Interviewreihe: fünf Fragen an Menschen, die in Behörden Social Media machen.",
  },
] as const;
