// Reader comments of the demo publication, written for Blattwerk: a few approved ones, one reply by the editorial
// team, one waiting for moderation. Names and addresses are invented (example.org).
export type DemoComment = {
  post: string;
  /** Index of the comment this one answers, in this list. */
  replyTo?: number;
  name: string;
  email: string;
  /** Written from the dashboard by this demo account (shown as „Redaktion“). */
  staff?: string;
  body: string;
  status: "approved" | "pending";
  hoursAfterPublication: number;
};

export const demoComments: DemoComment[] = [
  {
    post: "kommentarmoderation-loeschen-verbergen-antworten",
    name: "Sabine Krüger",
    email: "s.krueger@example.org",
    body: "Danke für die klare Unterscheidung zwischen Verbergen und Löschen. Bei uns im Kreishaus wurde bisher alles gelöscht, was irgendwie kritisch klang – das hat mehr Ärger gemacht als die Kommentare selbst.",
    status: "approved",
    hoursAfterPublication: 5,
  },
  {
    post: "kommentarmoderation-loeschen-verbergen-antworten",
    replyTo: 0,
    name: "Jana Wiesner",
    email: "",
    staff: "jana-wiesner",
    body: "Genau diese Erfahrung hören wir oft. Eine veröffentlichte Netiquette hilft, weil sie vorher sagt, was entfernt wird – dann wirkt das Löschen nicht mehr willkürlich.\n\nMehr dazu: https://amtsblatt-digital.example/artikel/netiquette-formulieren-die-gelesen-wird",
    status: "approved",
    hoursAfterPublication: 7,
  },
  {
    post: "kommentarmoderation-loeschen-verbergen-antworten",
    name: "M. Özdemir",
    email: "",
    body: "Wie handhaben Sie das am Wochenende? Wir sind zu zweit und können nicht rund um die Uhr moderieren.",
    status: "approved",
    hoursAfterPublication: 26,
  },
  {
    post: "willkommen-bei-amtsblatt-digital",
    name: "Peter Lindner",
    email: "p.lindner@example.org",
    body: "Schön, dass es endlich ein Blog speziell für die Verwaltung gibt. Ich freue mich auf die Interviews!",
    status: "approved",
    hoursAfterPublication: 3,
  },
  {
    post: "willkommen-bei-amtsblatt-digital",
    name: "Carla Nowak",
    email: "carla.nowak@example.org",
    body: "Gibt es die Beiträge auch als Newsletter? Im Büro lese ich lieber per E-Mail als im Browser.",
    status: "pending",
    hoursAfterPublication: 30,
  },
];
