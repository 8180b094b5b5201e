/**
 * Demo-Inhalte für die Publikation „Amtsblatt digital“.
 *
 * Alle Personen, Städte, Landkreise und Behörden in diesem Modul sind frei
 * erfunden. Links verweisen ausschließlich auf example.org oder auf relative
 * Pfade innerhalb der Publikation.
 */

export type DemoPost = {
  slug: string;
  title: string;
  excerpt: string;
  categories: string[];
  author: string;
  daysAgo: number;
  series?: { slug: "fuenf-fragen-an"; position: number };
  /** One of the publication's own illustrations (scripts/demo-content/covers), put into the media library by the seed. */
  cover?: CoverName;
  body: string;
};

export type DemoDraft = Omit<DemoPost, "daysAgo">;

export type CoverName =
  | "smartphone"
  | "rathaus"
  | "sprechblasen"
  | "kalender"
  | "paragraph"
  | "diagramm"
  | "mikrofon"
  | "netzwerk";

/** What each illustration shows: its alt text in the media library. */
export const coverAlt: Record<CoverName, string> = {
  smartphone:
    "Illustration eines dunkelgrauen Smartphones mit einem Beitrag auf dem Bildschirm, umgeben von drei Sprechblasen in Koralle, Dunkelgrün und Schiefergrau",
  rathaus:
    "Illustration eines Rathauses mit Säulen, Giebel und Uhrturm, auf dem eine korallenrote Fahne weht, flankiert von zwei runden Bäumen",
  sprechblasen:
    "Illustration mehrerer sich überlappender Sprechblasen: eine grüne mit Textzeilen, eine korallenrote mit drei Punkten und eine kleine mit einem Herz",
  kalender:
    "Illustration eines Wandkalenders mit grünem Kopf und Ringbindung, ein Tag ist korallenrot mit Häkchen markiert, daneben eine Uhr",
  paragraph:
    "Illustration eines großen dunkelgrünen Paragrafenzeichens auf einem sandfarbenen Blatt, daneben ein korallenroter Richterhammer",
  diagramm:
    "Illustration eines Balkendiagramms mit fünf Balken und einer ansteigenden korallenroten Linie, daneben ein kleines Tortendiagramm",
  mikrofon:
    "Illustration eines dunkelgrünen Studiomikrofons auf einem Ständer, links und rechts davon bogenförmige Schallwellen in Koralle",
  netzwerk:
    "Illustration eines Netzwerks aus runden Knoten in Dunkelgrün, Koralle und Schiefergrau, die durch graue Linien miteinander verbunden sind",
};

/** The credit line of every demo illustration. */
export const COVER_CREDIT = "Illustration: Amtsblatt digital";

export const demoPosts: DemoPost[] = [
  // ---------------------------------------------------------------------------
  {
    slug: "willkommen-bei-amtsblatt-digital",
    title: "Willkommen bei „Amtsblatt digital“",
    excerpt:
      "Warum wir dieses Blog gestartet haben, für wen wir schreiben und was Sie in den kommenden Monaten erwarten dürfen: ein kurzer Rundgang durch Themen, Rubriken und Redaktion.",
    categories: ["allgemein"],
    author: "jana-wiesner",
    daysAgo: 720,
    cover: "rathaus",
    body: `Schön, dass Sie hier sind. „Amtsblatt digital“ ist ein Blog für alle, die in Behörden, Stadtverwaltungen, Landratsämtern oder Ministerien soziale Medien betreuen – ob hauptberuflich, nebenbei oder weil es plötzlich auf dem eigenen Schreibtisch gelandet ist.

## Warum es dieses Blog gibt

Wer in der Verwaltung kommuniziert, bewegt sich in einem besonderen Spannungsfeld. Einerseits sollen Beiträge nahbar, schnell und verständlich sein. Andererseits gelten für öffentliche Stellen strengere Regeln als für Unternehmen: Neutralitätspflicht, Datenschutz, Barrierefreiheit, Haushaltsrecht. Viele Ratgeber im Netz richten sich an Marken und Agenturen. Für die Verwaltung passen sie oft nur zur Hälfte.

Wir wollen diese Lücke schließen – mit Artikeln, die aus der Praxis kommen und in der Praxis funktionieren.

## Was Sie hier finden

Unsere Beiträge ordnen wir in wenige, klare Rubriken:

- **Basics**: Grundlagen für den Einstieg, von Hashtags bis Alt-Text
- **Strategie**: Ziele, Zielgruppen, Kanalwahl und Erfolgsmessung
- **Redaktionsalltag**: Planung, Moderation, Vertretung und Routinen
- **Rechtliches**: Impressum, DSGVO, Bildrechte und Dienstanweisungen
- **Best Practice**: gelungene Beispiele aus Kommunen und Landesbehörden
- **Interviews**: unsere Reihe „5 Fragen an …“ mit Menschen aus Social-Media-Teams

Einen Überblick über die Grundlagen bekommen Sie jederzeit unter [Basics](/kategorie/basics).

## Wer hier schreibt

Unsere Redaktion besteht aus vier Menschen mit unterschiedlichen Hintergründen: Pressestelle einer Großstadt, Öffentlichkeitsarbeit in einem Landkreis, Verwaltungsrecht und Videoproduktion. Wir sind uns nicht immer einig – und das ist gut so. Wo es verschiedene vertretbare Wege gibt, zeigen wir sie auch.

> Gute Behördenkommunikation ist kein Luxus. Sie ist ein Teil der Dienstleistung, die Bürgerinnen und Bürger erwarten dürfen.

## Was wir nicht tun

Wir bewerten keine einzelnen Behörden öffentlich, wir verkaufen keine Beratungspakete und wir geben keine verbindliche Rechtsberatung. Unsere Beiträge zu rechtlichen Fragen sind als Orientierung gedacht. Im Zweifel gehört jede konkrete Frage zu Ihrem Justiziariat oder Ihrer bzw. Ihrem Datenschutzbeauftragten.

## Machen Sie mit

Sie haben ein Projekt, auf das Sie stolz sind? Ein Problem, das Sie seit Monaten beschäftigt? Eine Frage, die Ihnen niemand beantworten kann? Schreiben Sie uns über das [Kontaktformular](https://example.org/kontakt). Viele unserer künftigen Themen werden aus genau solchen Zuschriften entstehen.

Wir freuen uns auf den Austausch – und auf viele Jahre *Amtsblatt digital*.`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "social-media-strategie-in-fuenf-schritten",
    title: "Eine Social-Media-Strategie in fünf Schritten",
    excerpt:
      "Ohne Strategie wird Social Media in der Verwaltung schnell zur Pflichtübung. Fünf überschaubare Schritte helfen, Ziele, Zielgruppen und Kanäle sauber aufeinander abzustimmen.",
    categories: ["strategie"],
    author: "tobias-brandt",
    daysAgo: 702,
    cover: "diagramm",
    body: `„Wir müssen auch auf Instagram sein“ – so beginnen erstaunlich viele Social-Media-Projekte in Behörden. Das ist verständlich, aber kein guter Startpunkt. Wer zuerst den Kanal wählt und erst danach überlegt, was er dort eigentlich will, verbrennt Zeit und Motivation. Die folgenden fünf Schritte helfen, die Reihenfolge umzudrehen.

## 1. Ziele festlegen

Was soll Social Media für Ihre Behörde leisten? Typische Ziele sind:

- Bürgerinnen und Bürger schneller über Service-Themen informieren
- in Krisen eine verlässliche Informationsquelle sein
- Fachkräfte und Auszubildende gewinnen
- Beteiligung an Planungen und Projekten fördern

Wichtig ist, sich auf **zwei bis drei Hauptziele** zu beschränken. Alles andere verwässert die Planung.

## 2. Zielgruppen beschreiben

Schreiben Sie für jedes Ziel auf, wen Sie erreichen wollen. „Alle Bürger“ ist keine Zielgruppe. „Eltern von Kita-Kindern im Stadtgebiet“ oder „Schulabgängerinnen aus dem Landkreis“ schon. Je konkreter die Beschreibung, desto leichter fallen später Themenwahl und Tonfall.

## 3. Kanäle auswählen

Erst jetzt geht es um Plattformen. Fragen Sie sich:

1. Wo hält sich die Zielgruppe tatsächlich auf?
2. Welche Formate verlangt der Kanal, und können wir sie liefern?
3. Ist der Kanal datenschutzrechtlich vertretbar?
4. Haben wir genug Personal, um ihn dauerhaft zu betreuen?

Lieber zwei Kanäle gut bespielen als fünf halbherzig. Ein verwaister Account wirkt schlechter als gar keiner.

## 4. Ressourcen und Abläufe klären

Wer postet, wer gibt frei, wer moderiert am Wochenende? Diese Fragen gehören in die Strategie, nicht in den ersten Krisenfall. Halten Sie Zuständigkeiten, Freigabewege und Vertretungen schriftlich fest – idealerweise in einer [Dienstanweisung](/kategorie/rechtliches).

> Eine Strategie, die das Personal nicht mitdenkt, ist ein Wunschzettel.

## 5. Erfolg messen und nachsteuern

Legen Sie für jedes Ziel fest, woran Sie Fortschritt erkennen. Das müssen nicht immer Follower-Zahlen sein. Für Nachwuchsgewinnung zählen eher Bewerbungen, die sich auf Social Media beziehen. Für Service-Kommunikation vielleicht weniger Anrufe zu einem bestimmten Thema.

Planen Sie außerdem einen festen Termin, etwa halbjährlich, an dem Sie die Strategie überprüfen. Plattformen ändern sich, Zielgruppen ziehen weiter, und manchmal stellt sich heraus, dass ein Kanal einfach nicht funktioniert. Das ist kein Scheitern, sondern Lernen.

## Fazit

Eine gute Strategie passt auf wenige Seiten. Sie muss nicht perfekt sein, sondern *nutzbar*: als Entscheidungshilfe im Alltag und als Argument gegenüber der Hausleitung. Eine Vorlage zum Ausfüllen finden Sie unter [example.org/strategie-vorlage](https://example.org/strategie-vorlage).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "impressum-auf-der-facebook-seite",
    title: "Impressum auf der Facebook-Seite: Was Behörden beachten müssen",
    excerpt:
      "Auch Behördenseiten auf Facebook, Instagram und Co. brauchen eine Anbieterkennzeichnung. Wir erklären, welche Angaben hineingehören und wie Sie das Impressum auf der Plattform leicht auffindbar machen.",
    categories: ["rechtliches", "basics"],
    author: "martin-ohlsen",
    daysAgo: 688,
    cover: "paragraph",
    body: `Das Impressum gehört zu den Themen, über die im Social-Media-Team niemand gern spricht – bis eine Abmahnung oder ein Hinweis der Aufsichtsbehörde kommt. Dabei ist die Sache überschaubar, wenn man sie einmal sauber erledigt.

## Gilt die Impressumspflicht auch für Behörden?

Ja. Wer einen Social-Media-Auftritt betreibt, stellt dort Informationen bereit und muss erkennbar machen, wer dafür verantwortlich ist. Für öffentliche Stellen gilt das nicht weniger als für Unternehmen. Zudem gibt es für journalistisch-redaktionelle Inhalte zusätzliche Angaben zur verantwortlichen Person.

*Hinweis:* Dieser Beitrag ersetzt keine Rechtsberatung. Sprechen Sie konkrete Fragen mit Ihrem Justiziariat ab.

## Welche Angaben gehören hinein?

Für eine Stadtverwaltung sieht ein typisches Impressum so aus:

- vollständiger Name der Behörde, etwa „Stadt Lindenbrück – Der Oberbürgermeister“
- Anschrift mit Straße, Postleitzahl und Ort
- Rechtsform bzw. Hinweis auf die Körperschaft des öffentlichen Rechts
- vertretungsberechtigte Person
- Kontaktmöglichkeiten: Telefon und E-Mail-Adresse
- gegebenenfalls Umsatzsteuer-Identifikationsnummer
- bei redaktionellen Inhalten: verantwortliche Person mit Anschrift

## Wo das Impressum stehen muss

Das Impressum muss **leicht erkennbar, unmittelbar erreichbar und ständig verfügbar** sein. Auf Plattformen bedeutet das in der Praxis:

1. Nutzen Sie das Feld „Website“ oder „Impressum“ im Profil, sofern die Plattform es anbietet.
2. Verlinken Sie direkt auf eine eigene Impressumsseite, zum Beispiel [example.org/impressum-social-media](https://example.org/impressum-social-media).
3. Benennen Sie den Link eindeutig. „Impressum“ ist besser als „Mehr Infos“ oder ein nackter Link.
4. Prüfen Sie, ob der Link auch in der mobilen App mit höchstens zwei Klicks erreichbar ist.

> Die Faustregel: Wer Ihre Seite auf dem Smartphone öffnet, muss das Impressum finden, ohne suchen zu müssen.

## Ein Impressum für alle Kanäle?

Viele Behörden richten eine zentrale Seite ein, die für alle Social-Media-Auftritte gilt. Das ist sinnvoll, solange dort klar steht, für welche Accounts sie gilt. Listen Sie die Kanäle mit Namen auf. So vermeiden Sie Missverständnisse, wenn etwa das Jugendamt oder die Stadtbibliothek einen eigenen Account betreibt.

## Häufige Fehler

- Der Link führt auf die Startseite der Behörde statt auf das Impressum.
- Die Angaben sind veraltet, weil die Amtsleitung gewechselt hat.
- Das Impressum ist nur in der Desktop-Ansicht sichtbar.
- Ein Account eines Eigenbetriebs verweist auf das Impressum der Stadt, obwohl der Betrieb rechtlich eigenständig ist.

## Unser Tipp

Setzen Sie das Impressum auf Ihre halbjährliche Checkliste. Einmal prüfen, ob alle Links funktionieren und alle Angaben stimmen, kostet zehn Minuten. Weitere Grundlagen finden Sie in der Rubrik [Rechtliches](/kategorie/rechtliches).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "redaktionsplan-vorlage-fuer-kleine-teams",
    title: "Redaktionsplan anlegen: Eine Vorlage für kleine Teams",
    excerpt:
      "Ein Redaktionsplan muss kein kompliziertes Werkzeug sein. Mit einer einfachen Tabelle, festen Spalten und einem wöchentlichen Termin behalten auch Ein- und Zwei-Personen-Teams den Überblick.",
    categories: ["redaktionsalltag"],
    author: "tobias-brandt",
    daysAgo: 671,
    cover: "kalender",
    body: `In vielen Verwaltungen besteht das Social-Media-Team aus einer oder zwei Personen, die nebenher noch Pressemitteilungen schreiben, die Website pflegen und das Bürgermagazin betreuen. Gerade dann ist ein Redaktionsplan kein bürokratischer Mehraufwand, sondern eine Entlastung.

## Warum überhaupt planen?

Ohne Plan entstehen Beiträge spontan – und meist dann, wenn gerade eine Pressemitteilung fertig ist. Das führt zu Wochen mit fünf Posts und Wochen mit keinem einzigen. Ein Plan hilft:

- wiederkehrende Anlässe rechtzeitig vorzubereiten
- Themen gleichmäßig über die Woche zu verteilen
- Fachämter frühzeitig einzubinden
- Vertretungen im Urlaub zu ermöglichen

## Die Minimalvorlage

Für den Anfang genügt eine Tabelle, ob im Tabellenprogramm, im gemeinsamen Laufwerk oder in einem Planungstool. Wichtig sind wenige, klar definierte Spalten:

| Datum | Kanal | Thema | Format | Zuständig | Status |
|---|---|---|---|---|---|
| Mo, 09:00 | Instagram | Neue Öffnungszeiten Bürgerbüro | Karussell | Team | in Arbeit |
| Mi, 12:00 | Facebook | Baustelle Hauptstraße | Bild + Text | Tiefbauamt / Team | Freigabe |
| Do, 16:00 | Mastodon | Sitzung Stadtrat | Link | Team | geplant |
| Fr, 10:00 | Instagram | Azubi-Einblick Bauhof | Reel | Personalamt | Idee |

Die Spalte **Status** ist die wichtigste. Sie zeigt auf einen Blick, wo etwas hängt.

## Feste Rubriken schaffen Ruhe

Überlegen Sie, welche Formate sich regelmäßig wiederholen können. Zum Beispiel:

1. **Montags-Service**: ein Tipp aus dem Bürgerbüro
2. **Mittwochs-Baustelle**: Stand der größten Baustellen
3. **Freitags-Team**: ein Mensch aus der Verwaltung stellt sich vor

Solche Rubriken füllen den Plan verlässlich und geben dem Publikum Orientierung. Gleichzeitig bleibt genug Platz für aktuelle Themen.

## Der wöchentliche Termin

Der beste Plan nützt nichts, wenn niemand hineinschaut. Vereinbaren Sie einen festen Termin von 20 bis 30 Minuten pro Woche. Gehen Sie die nächsten zwei Wochen durch, klären Sie offene Freigaben und tragen Sie neue Ideen ein.

> Ein Redaktionsplan ist kein Vertrag. Er darf sich jeden Tag ändern – aber er sollte jeden Tag aktuell sein.

## Jahreskalender ergänzen

Zusätzlich zum Wochenplan lohnt sich ein grober Jahreskalender mit festen Terminen: Schulanfang, Sperrmüllwochen, Wahltermine, Stadtfest, Ausbildungsmessen, Heizperiode. Viele dieser Anlässe lassen sich Wochen vorher vorbereiten.

Eine kostenlose Vorlage als Tabellendatei haben wir unter [example.org/redaktionsplan](https://example.org/redaktionsplan) bereitgestellt. Mehr zu Abläufen im Team lesen Sie in der Rubrik [Redaktionsalltag](/kategorie/redaktionsalltag).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "alt-texte-schreiben-bilder-in-worte-fassen",
    title: "Alt-Texte schreiben: Bilder in Worte fassen",
    excerpt:
      "Alternativtexte machen Bilder für blinde und sehbehinderte Menschen zugänglich. So schreiben Sie Alt-Texte, die kurz, konkret und wirklich hilfreich sind – auch unter Zeitdruck.",
    categories: ["basics"],
    author: "jana-wiesner",
    daysAgo: 655,
    cover: "smartphone",
    body: `Fast jede Plattform bietet inzwischen ein Feld für Alternativtexte an. Trotzdem bleibt es in vielen Behördenaccounts leer. Dabei sind Alt-Texte eine der einfachsten Maßnahmen, um Beiträge barrierefreier zu machen – und öffentliche Stellen sind hier besonders in der Pflicht.

## Wofür Alt-Texte da sind

Screenreader lesen Alt-Texte vor, wenn sie auf ein Bild stoßen. Ohne Alt-Text hören Nutzerinnen und Nutzer bestenfalls „Bild“, schlimmstenfalls einen kryptischen Dateinamen. Außerdem helfen Alt-Texte, wenn Bilder bei schlechter Verbindung nicht laden.

## Die drei Grundregeln

1. **Beschreiben Sie, was wichtig ist.** Nicht jedes Detail, sondern das, was für die Aussage des Beitrags zählt.
2. **Seien Sie konkret.** „Bürgermeisterin übergibt Schlüssel an Kita-Leitung vor dem neuen Gebäude“ ist besser als „Schlüsselübergabe“.
3. **Halten Sie sich kurz.** Ein bis zwei Sätze reichen meist. Lange Texte gehören in die Bildunterschrift.

## Was nicht in den Alt-Text gehört

- „Bild von …“ oder „Foto zeigt …“ – der Screenreader sagt bereits, dass es ein Bild ist
- Hashtags und Emojis
- Informationen, die schon wörtlich im Beitragstext stehen
- Wertungen wie „schönes Foto“

## Sonderfall: Text im Bild

Sharepics mit Text sind in Behördenaccounts weit verbreitet: Öffnungszeiten, Termine, Warnhinweise. Hier muss der **gesamte Text im Bild** auch im Alt-Text stehen. Andernfalls fehlt Menschen mit Screenreader genau die Information, um die es geht.

> Wenn ein Bild nur aus Text besteht, ist der Alt-Text kein Extra, sondern der eigentliche Inhalt.

## Beispiele aus der Praxis

*Schwach:* „Baustelle“

*Besser:* „Bagger reißt den Asphalt auf der Hauptstraße auf, im Hintergrund Absperrbaken und eine Umleitungsbeschilderung.“

*Schwach:* „Team“

*Besser:* „Fünf Mitarbeitende des Bürgerbüros stehen lächelnd vor dem Empfangstresen, eine Person hält ein Schild mit den neuen Öffnungszeiten.“

## Alt-Texte im Arbeitsablauf verankern

Damit Alt-Texte nicht vergessen werden, sollten sie fester Bestandteil des Ablaufs sein:

- Spalte „Alt-Text“ im [Redaktionsplan](/kategorie/redaktionsalltag) ergänzen
- Alt-Text gemeinsam mit dem Beitragstext zur Freigabe geben
- bei Fotoaufträgen um kurze Bildbeschreibungen bitten

## Und Videos?

Für Videos gelten andere Regeln: Hier braucht es Untertitel und gegebenenfalls eine Audiodeskription. Das ist ein eigenes Thema, dem wir einen separaten Beitrag widmen.

Wer tiefer einsteigen will, findet eine ausführliche Übung mit Beispielbildern unter [example.org/alt-text-uebung](https://example.org/alt-text-uebung). Probieren Sie es aus: Schon nach zehn Beispielen geht das Schreiben deutlich leichter von der Hand.`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "dsgvo-pflichten-fuer-behoerden-auf-social-media",
    title: "DSGVO und Social Media: Die wichtigsten Pflichten für Behörden",
    excerpt:
      "Datenschutz ist für öffentliche Stellen auf Social Media kein Randthema. Ein Überblick über Datenschutzhinweise, gemeinsame Verantwortlichkeit, Nutzerdaten und den Umgang mit Direktnachrichten.",
    categories: ["rechtliches"],
    author: "martin-ohlsen",
    daysAgo: 630,
    cover: "paragraph",
    body: `Kaum ein Thema sorgt in Social-Media-Teams von Behörden für so viel Unsicherheit wie der Datenschutz. Die gute Nachricht: Vieles lässt sich mit klaren Regeln und etwas Dokumentation gut in den Griff bekommen. Die weniger gute: Eine hundertprozentige Rechtssicherheit gibt es bei den großen Plattformen nicht.

*Wichtig:* Dieser Beitrag gibt einen allgemeinen Überblick und ersetzt keine Beratung durch Ihre Datenschutzbeauftragte oder Ihren Datenschutzbeauftragten.

## Gemeinsame Verantwortlichkeit

Wer eine Seite auf einer großen Plattform betreibt, ist nach verbreiteter Auffassung gemeinsam mit dem Plattformbetreiber für bestimmte Datenverarbeitungen verantwortlich – etwa für Statistiken über die Besucherinnen und Besucher der Seite. Daraus ergeben sich Pflichten, die Sie nicht einfach an die Plattform abgeben können.

## Die wichtigsten Pflichten im Überblick

| Pflicht | Was zu tun ist |
|---|---|
| Informationspflicht | Datenschutzhinweise für jeden Kanal bereitstellen und verlinken |
| Verzeichnis | Social-Media-Nutzung im Verzeichnis der Verarbeitungstätigkeiten aufnehmen |
| Abwägung | dokumentieren, warum der Kanal für die Aufgabe erforderlich ist |
| Betroffenenrechte | Verfahren für Auskunfts- und Löschanfragen festlegen |
| Datensparsamkeit | keine sensiblen Daten über Kommentare oder Nachrichten abfragen |

## Datenschutzhinweise richtig gestalten

Die Hinweise sollten speziell auf Social Media zugeschnitten sein. Allgemeine Datenschutzerklärungen der Website reichen meist nicht. Beschreiben Sie:

1. welche Plattformen Sie nutzen und zu welchem Zweck
2. welche Daten Sie selbst verarbeiten, etwa Kommentare oder Nachrichten
3. welche Daten die Plattform verarbeitet und wo man mehr erfährt
4. wie Betroffene ihre Rechte geltend machen können

Eine Mustergliederung finden Sie unter [example.org/datenschutzhinweise-social-media](https://example.org/datenschutzhinweise-social-media).

## Direktnachrichten: Vorsicht bei persönlichen Anliegen

Bürgerinnen und Bürger schreiben Behörden auf Social Media oft sehr persönliche Dinge: Aktenzeichen, Gesundheitsinformationen, Streit mit Nachbarn. Hier gilt:

- keine Sachbearbeitung über Direktnachrichten
- auf sichere Kontaktwege verweisen, etwa ein Kontaktformular oder das Bürgertelefon
- keine Kopien von Nachrichten in ungeschützten Ordnern ablegen
- Textbausteine für häufige Fälle vorbereiten

> Social Media ist ein Schaufenster und ein Wegweiser – aber kein Ersatz für das Postfach der Sachbearbeitung.

## Statistiken und Tracking

Viele Plattformen bieten ausführliche Statistiken an. Nutzen Sie nur, was Sie wirklich brauchen, und dokumentieren Sie den Zweck. Externe Analysewerkzeuge, die zusätzliche Daten über Nutzerinnen und Nutzer sammeln, sollten Sie vorab mit dem Datenschutz abstimmen.

## Alternativen im Blick behalten

Einige Behörden ergänzen ihre Präsenz auf kommerziellen Plattformen um datensparsame Angebote wie eigene Mastodon-Instanzen. Das löst nicht jedes Problem, zeigt aber, dass man Datenschutz ernst nimmt. Mehr dazu in unserer Rubrik [Strategie](/kategorie/strategie).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "kommentarmoderation-loeschen-verbergen-antworten",
    title: "Kommentarmoderation: Löschen, verbergen oder antworten?",
    excerpt:
      "Nicht jeder unfreundliche Kommentar muss gelöscht werden, und nicht jeder sachliche verdient eine Antwort. Ein Entscheidungsweg hilft, in der Moderation fair, schnell und nachvollziehbar zu handeln.",
    categories: ["redaktionsalltag", "rechtliches"],
    author: "aylin-kaya",
    daysAgo: 612,
    cover: "sprechblasen",
    body: `Ein Beitrag über neue Parkgebühren, und nach zwei Stunden stehen 140 Kommentare darunter. Einige sind berechtigte Kritik, einige sind Fragen, einige sind schlicht beleidigend. Spätestens jetzt stellt sich die Frage: Was tun wir mit welchem Kommentar?

## Warum Behörden vorsichtiger sein müssen

Anders als ein Unternehmen ist eine Behörde an Grundrechte gebunden. Wer kritische, aber zulässige Meinungsäußerungen löscht, riskiert den Vorwurf der Zensur – und unter Umständen auch rechtlichen Ärger. Gleichzeitig hat die Behörde eine Verantwortung dafür, dass auf ihrer Seite keine rechtswidrigen Inhalte stehen bleiben.

## Ein Entscheidungsweg in vier Stufen

1. **Ist der Kommentar rechtswidrig?** Beleidigungen, Bedrohungen, Volksverhetzung oder die Veröffentlichung privater Daten werden entfernt und dokumentiert. In schweren Fällen prüfen Sie eine Anzeige.
2. **Verstößt er gegen die Netiquette?** Spam, Werbung oder massive Themenverfehlung können verborgen oder gelöscht werden, wenn Ihre veröffentlichte Netiquette das vorsieht.
3. **Enthält er eine Frage oder eine Falschinformation?** Dann antworten Sie – sachlich, freundlich, mit Quelle.
4. **Ist er einfach nur Kritik?** Dann bleibt er stehen. Eine Antwort ist möglich, aber nicht zwingend.

## Verbergen ist kein Zaubertrick

Manche Plattformen erlauben es, Kommentare zu verbergen: Die verfassende Person und ihr Umfeld sehen sie noch, alle anderen nicht. Das wirkt elegant, ist aber rechtlich kaum anders zu bewerten als Löschen. Nutzen Sie die Funktion also nur in denselben Fällen, in denen Sie auch löschen würden.

> Moderation heißt nicht, die Diskussion zu steuern. Moderation heißt, einen Raum zu schaffen, in dem Diskussion möglich bleibt.

## Dokumentation schützt das Team

Halten Sie bei jeder Löschung fest:

- Datum und Uhrzeit
- Wortlaut des Kommentars (als Screenshot oder Textkopie)
- Grund der Löschung mit Verweis auf die Netiquette
- wer entschieden hat

Das kostet pro Fall eine Minute und hilft enorm, wenn später jemand nachfragt oder sich beschwert.

## Antworten, aber richtig

Wenn Sie antworten, dann als Behörde, nicht als beleidigte Privatperson. Bewährt hat sich:

- Dank für den Hinweis, auch wenn er unfreundlich formuliert war
- kurze sachliche Klarstellung
- Link zu weiterführenden Informationen
- kein Schlagabtausch über mehr als zwei Runden

Bei hitzigen Themen kann es sinnvoll sein, eine gesammelte Antwort als eigenen Kommentar anzuheften, statt auf jede einzelne Wortmeldung einzugehen.

## Das Team nicht allein lassen

Moderation kann belasten, vor allem bei Hasskommentaren. Sorgen Sie dafür, dass niemand allein am Wochenende vor einer Kommentarlawine sitzt, und sprechen Sie regelmäßig über schwierige Fälle. Unsere Vorlage für eine Netiquette finden Sie im Beitrag in der Rubrik [Rechtliches](/kategorie/rechtliches), eine Checkliste zum Ausdrucken unter [example.org/moderation-checkliste](https://example.org/moderation-checkliste).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "netiquette-formulieren-die-gelesen-wird",
    title: "Eine Netiquette formulieren, die auch gelesen wird",
    excerpt:
      "Die Netiquette ist die Hausordnung Ihres Social-Media-Auftritts. Sie schafft Transparenz für das Publikum und Rückendeckung für das Moderationsteam – wenn sie klar, kurz und verständlich formuliert ist.",
    categories: ["rechtliches", "redaktionsalltag"],
    author: "martin-ohlsen",
    daysAgo: 590,
    cover: "sprechblasen",
    body: `Viele Behörden haben eine Netiquette. Nur wenige haben eine, die jemand liest. Oft handelt es sich um eine juristisch abgesicherte Textwüste, versteckt hinter einem Link im Profil. Das muss nicht so sein.

## Wozu eine Netiquette?

Eine Netiquette erfüllt zwei Aufgaben zugleich:

- Sie erklärt dem Publikum, welche Regeln auf Ihren Kanälen gelten.
- Sie gibt Ihrem Team eine nachvollziehbare Grundlage, wenn Kommentare verborgen oder gelöscht werden.

Gerade der zweite Punkt ist für Behörden wichtig. Wer löscht, sollte sich auf vorab veröffentlichte, allgemeine Regeln berufen können – nicht auf das Bauchgefühl des Moment.

## Was hineingehört

Eine gute Netiquette beantwortet in wenigen Absätzen diese Fragen:

1. Wofür ist dieser Kanal da – und wofür nicht?
2. Wann ist das Team erreichbar, und wie schnell antworten wir?
3. Welche Inhalte werden entfernt?
4. Was passiert bei wiederholten Verstößen?
5. Wo bekommt man Hilfe bei persönlichen Anliegen?

## Ein Beispiel in klarer Sprache

> Hier informiert die Stadt Lindenbrück über Neuigkeiten aus Rathaus und Stadtgebiet. Wir freuen uns über Fragen, Lob und Kritik. Bitte bleiben Sie beim Thema und gehen Sie respektvoll miteinander um. Beleidigungen, Drohungen, Werbung und persönliche Daten anderer Menschen entfernen wir. Wir lesen montags bis freitags von 8 bis 16 Uhr mit. Für persönliche Anliegen nutzen Sie bitte unser Kontaktformular.

Das sind knapp 70 Wörter. Mehr braucht es für den Einstieg nicht. Eine ausführlichere Fassung kann auf der Website stehen und von dort aus verlinkt werden.

## Typische Fehler

- **Zu vage:** „Unangemessene Beiträge werden gelöscht.“ Was ist unangemessen?
- **Zu streng:** „Kritik an der Verwaltung ist nicht erwünscht.“ Das ist für eine Behörde schlicht unzulässig.
- **Zu versteckt:** Die Netiquette ist nur über drei Klicks auf der Website erreichbar.
- **Zu alt:** Die Erreichbarkeitszeiten stimmen seit der letzten Umstrukturierung nicht mehr.

## Die Netiquette sichtbar machen

Damit die Regeln wirken, müssen sie präsent sein:

- Link in der Profilbeschreibung jedes Kanals
- ein angehefteter Beitrag, der die wichtigsten Regeln zusammenfasst
- bei hitzigen Diskussionen ein freundlicher Hinweis im Kommentar

## Abstimmung im Haus

Sprechen Sie den Entwurf mit dem Justiziariat, dem Datenschutz und gegebenenfalls dem Personalrat ab. Das dauert etwas, verhindert aber spätere Diskussionen. Eine Mustervorlage mit Varianten für Städte, Landkreise und Landesbehörden finden Sie unter [example.org/netiquette-muster](https://example.org/netiquette-muster).

Wie Sie die Netiquette im Alltag anwenden, beschreiben wir im Beitrag über Kommentarmoderation in der Rubrik [Redaktionsalltag](/kategorie/redaktionsalltag).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "hashtags-sinnvoll-nutzen",
    title: "Hashtags sinnvoll nutzen: Weniger ist mehr",
    excerpt:
      "Hashtags können Beiträge auffindbar machen – oder sie unlesbar. Wie viele Hashtags sinnvoll sind, wie man sie barrierefrei schreibt und warum eigene Kampagnen-Hashtags gut überlegt sein sollten.",
    categories: ["basics"],
    author: "jana-wiesner",
    daysAgo: 571,
    body: `Kaum ein Element sozialer Medien wird so unterschiedlich eingesetzt wie der Hashtag. Manche Behördenaccounts verzichten komplett darauf, andere hängen zwanzig Stück unter jeden Beitrag. Beides ist selten ideal.

## Was Hashtags leisten

Ein Hashtag verschlagwortet einen Beitrag. Auf manchen Plattformen kann man Hashtags folgen oder gezielt nach ihnen suchen. Besonders im Fediverse sind Hashtags wichtig, weil es dort keinen Algorithmus gibt, der Inhalte von selbst verteilt. Auf anderen Plattformen spielen sie inzwischen eine kleinere Rolle als früher.

## Wie viele sind sinnvoll?

Eine feste Zahl gibt es nicht. Als Orientierung:

- **Instagram:** drei bis fünf passende Hashtags
- **Mastodon:** zwei bis vier, gern auch im Fließtext
- **LinkedIn:** zwei bis drei
- **Facebook:** meist keiner oder einer

Wichtiger als die Menge ist die Relevanz. Ein Hashtag, den niemand sucht, bringt nichts. Ein Hashtag, der nichts mit dem Inhalt zu tun hat, wirkt unseriös.

## Barrierefreie Schreibweise

Screenreader lesen zusammengeschriebene Wörter oft als ein einziges, unverständliches Wortungetüm vor. Deshalb gilt: Schreiben Sie jeden Wortbestandteil mit großem Anfangsbuchstaben.

1. Schlecht: #sperrmuellabholung
2. Besser: #SperrmüllAbholung
3. Noch besser: nur #Sperrmüll, wenn es reicht

Diese Schreibweise nennt man *CamelCase*. Sie hilft auch sehenden Menschen beim Lesen.

## Eigene Hashtags für Kampagnen

Ein eigener Hashtag kann eine Kampagne bündeln, etwa für Ausbildungswochen oder ein Stadtjubiläum. Prüfen Sie vorher:

- Ist der Hashtag schon von anderen belegt – womöglich in einem unpassenden Zusammenhang?
- Ist er kurz genug, um sich merken zu lassen?
- Kann er falsch gelesen werden, wenn man ihn kleinschreibt?

> Bevor Sie einen Kampagnen-Hashtag festlegen, suchen Sie ihn auf jeder Plattform, die Sie nutzen. Fünf Minuten Recherche ersparen peinliche Überraschungen.

## Lokale Hashtags pflegen

Für Städte und Gemeinden sind Ortsnamen-Hashtags oft die wertvollsten. Menschen aus der Region nutzen sie, um Fotos oder Neuigkeiten zu teilen. Wer regelmäßig unter dem eigenen Ortsnamen postet, wird dort auch gefunden. Schauen Sie sich zudem an, welche Hashtags Vereine, Lokalmedien und Initiativen verwenden, und übernehmen Sie einheitliche Schreibweisen.

## Wohin mit den Hashtags?

Am Ende des Beitrags stören sie den Lesefluss am wenigsten. Im Fließtext sind sie nur dann sinnvoll, wenn sie natürlich ins Satzbild passen. Vermeiden Sie Hashtags in der ersten Zeile – dort gehört die wichtigste Information hin.

Mehr Grundlagen für den Einstieg finden Sie in der Rubrik [Basics](/kategorie/basics). Eine Liste häufig genutzter Verwaltungs-Hashtags pflegen wir unter [example.org/hashtag-liste](https://example.org/hashtag-liste).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "whatsapp-kanal-im-rathaus-5-fragen-an-petra-olbrich",
    title: "WhatsApp-Kanal im Rathaus: 5 Fragen an Petra Olbrich, Stadt Lindenbrück",
    excerpt:
      "Die Stadt Lindenbrück informiert seit einem Jahr über einen WhatsApp-Kanal. Pressesprecherin Petra Olbrich erzählt, wie der Start lief, was gut ankommt und welche Fehler sie heute vermeiden würde.",
    categories: ["best-practice", "interviews"],
    author: "aylin-kaya",
    daysAgo: 548,
    series: { slug: "fuenf-fragen-an", position: 1 },
    cover: "smartphone",
    body: `Mit diesem Gespräch starten wir unsere Interviewreihe **„5 Fragen an …“**. Wir sprechen mit Menschen, die in Behörden Social Media gestalten, und fragen nach Erfahrungen, die andere Teams weiterbringen. Den Anfang macht Petra Olbrich, Pressesprecherin der Stadt Lindenbrück (rund 48.000 Einwohnerinnen und Einwohner). Ihre Stadt betreibt seit einem Jahr einen WhatsApp-Kanal.

### Frau Olbrich, warum hat sich Lindenbrück für einen WhatsApp-Kanal entschieden?

Weil wir dort Menschen erreichen, die wir sonst nicht erreichen. Unsere Facebook-Seite wird vor allem von Menschen über 45 gelesen, Instagram eher von Jüngeren. Aber WhatsApp nutzen fast alle – auch Leute, die mit sozialen Netzwerken nichts am Hut haben. Ein Kanal ist außerdem eine Einbahnstraße: Wir senden, niemand kann öffentlich kommentieren. Das hat uns die Entscheidung erleichtert, weil wir keine zusätzliche Moderation brauchen.

### Wie haben Sie den Datenschutz geklärt?

Ehrlich gesagt war das der aufwendigste Teil. Wir haben mit unserem Datenschutzbeauftragten eine Abwägung erstellt und dokumentiert, dass wir über den Kanal keine personenbezogenen Daten von Abonnentinnen und Abonnenten sehen. Das Diensthandy, über das der Kanal läuft, ist ausschließlich dafür eingerichtet. Die Datenschutzhinweise haben wir um einen eigenen Abschnitt ergänzt. Wer WhatsApp nicht nutzen möchte, bekommt alle Inhalte auch auf unserer Website und im Newsletter.

### Was posten Sie, und wie oft?

Im Schnitt drei bis vier Nachrichten pro Woche. Das sind vor allem:

- Service-Hinweise, etwa geänderte Öffnungszeiten oder Müllabfuhr an Feiertagen
- Verkehrsmeldungen zu größeren Baustellen
- Veranstaltungstipps für das Wochenende
- in Ausnahmefällen Warnungen, zum Beispiel bei Unwetter

Wir haben schnell gemerkt: Weniger ist mehr. Als wir in der ersten Woche täglich zwei Nachrichten verschickt haben, sind die Abmeldungen sprunghaft gestiegen.

### Was hat Sie überrascht?

Wie stark Emojis und kurze Sätze wirken. Unsere ersten Nachrichten waren im Grunde gekürzte Pressemitteilungen. Das hat niemand gelesen. Heute beginnt jede Nachricht mit einer klaren Kernaussage, dann folgen höchstens drei Sätze und ein Link. Überrascht hat mich auch, wie viele ältere Menschen den Kanal abonnieren. Die Enkel richten ihn ein, und dann bleiben sie dabei.

### Was würden Sie anderen Städten raten?

> Vorher klären, wer den Kanal am Wochenende und im Urlaub bedient – und nicht erst, wenn das erste Unwetter kommt.

Außerdem würde ich empfehlen, von Anfang an ein paar feste Formate zu haben, etwa einen „Wochenstart“ am Montag. Das gibt Struktur und macht die Planung einfacher. Und: Den Kanal überall bewerben, wo Menschen warten – im Bürgerbüro, in der Bibliothek, auf Plakaten an Bushaltestellen.

*Die Stadt Lindenbrück hat ihre internen Leitlinien für den WhatsApp-Kanal unter [example.org/lindenbrueck-whatsapp](https://example.org/lindenbrueck-whatsapp) veröffentlicht. Alle weiteren Folgen unserer Reihe finden Sie in der Rubrik [Interviews](/kategorie/interviews).*`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "krisenkommunikation-die-ersten-60-minuten",
    title: "Krisenkommunikation: Die ersten 60 Minuten",
    excerpt:
      "Stromausfall, Großbrand, Unwetter: In der ersten Stunde einer Krise entscheidet sich, ob eine Behörde als verlässliche Quelle wahrgenommen wird. Ein Ablaufplan für Social-Media-Teams.",
    categories: ["strategie", "redaktionsalltag"],
    author: "tobias-brandt",
    daysAgo: 530,
    cover: "mikrofon",
    body: `Wenn am Samstagabend in der Altstadt ein Großbrand ausbricht, wartet niemand auf die Pressekonferenz am Montag. Innerhalb weniger Minuten kursieren Videos, Gerüchte und Fragen. Wer als Behörde in dieser Phase schweigt, überlässt anderen das Feld. Dieser Beitrag beschreibt, was in der ersten Stunde passieren sollte.

## Minute 0 bis 15: Lage erfassen und erste Meldung

Die erste Meldung muss nicht vollständig sein. Sie muss **schnell und richtig** sein. Bewährt hat sich eine kurze Nachricht nach dem Muster:

> Wir wissen von dem Brand in der Mühlengasse. Feuerwehr und Polizei sind vor Ort. Bitte meiden Sie den Bereich und halten Sie Fenster und Türen geschlossen. Weitere Informationen folgen hier.

Damit zeigen Sie: Wir sind da, wir kümmern uns, hier gibt es verlässliche Informationen.

## Minute 15 bis 30: Abstimmen und bündeln

Jetzt geht es darum, Informationswege zu klären:

1. Kontakt zur Einsatzleitung oder zum Krisenstab herstellen
2. klären, wer Informationen freigibt
3. mit Polizei, Feuerwehr und Nachbarbehörden abstimmen, wer was kommuniziert
4. einen zentralen Ort festlegen, an dem alle Updates gesammelt werden – etwa eine Sonderseite auf der Website

## Minute 30 bis 60: Regelmäßig aktualisieren

Versprechen Sie konkrete Zeitpunkte: „Nächstes Update um 20:30 Uhr.“ Halten Sie diese Zusage ein, auch wenn es nichts Neues gibt. „Es gibt keine neuen Erkenntnisse, die Maßnahmen gelten weiter“ ist ebenfalls eine Information.

Außerdem sollten Sie jetzt beginnen, Fragen und Gerüchte in den Kommentaren zu beobachten. Häufige Fragen beantworten Sie gesammelt in einem eigenen Beitrag, statt sich in Einzelantworten zu verlieren.

## Was vorher feststehen muss

Die erste Stunde funktioniert nur, wenn einiges längst geklärt ist:

- **Erreichbarkeit:** Wer ist außerhalb der Dienstzeit ansprechbar?
- **Zugänge:** Können mindestens zwei Personen von unterwegs posten?
- **Freigabe:** Darf das Social-Media-Team in der ersten Viertelstunde ohne Rücksprache eine Erstmeldung absetzen?
- **Vorlagen:** Gibt es Textbausteine für typische Lagen wie Unwetter, Stromausfall oder Trinkwasserverunreinigung?

## Typische Fehler

- Die Erstmeldung wartet auf eine Freigabe, die niemand erteilen kann.
- Routinebeiträge laufen automatisch weiter, während die Stadt brennt. *Geplante Posts sofort pausieren!*
- Spekulationen über Ursachen oder Schuldige.
- Zu viele Kanäle mit widersprüchlichen Angaben.

## Nach der Krise

Bedanken Sie sich bei Einsatzkräften und beim Publikum, fassen Sie die Ereignisse zusammen und werten Sie intern aus, was gut lief. Eine Vorlage für diese Nachbesprechung finden Sie unter [example.org/krisen-nachbereitung](https://example.org/krisen-nachbereitung). Weitere Beiträge zur Planung lesen Sie in der Rubrik [Strategie](/kategorie/strategie).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "bildrechte-welche-fotos-behoerden-posten-duerfen",
    title: "Bildrechte: Welche Fotos dürfen Behörden posten?",
    excerpt:
      "Ein schönes Foto ist schnell gepostet – und schnell ein Problem, wenn Urheberrecht oder Persönlichkeitsrechte nicht geklärt sind. Die wichtigsten Fragen, bevor ein Bild auf den Behördenkanal kommt.",
    categories: ["rechtliches"],
    author: "jana-wiesner",
    daysAgo: 512,
    cover: "paragraph",
    body: `Das Stadtfest war ein voller Erfolg, die Fotos sind großartig – und dann stellt sich heraus, dass niemand weiß, wer sie eigentlich gemacht hat. Bildrechte sind in Behörden ein Dauerbrenner. Mit drei Prüffragen lässt sich das meiste klären.

*Hinweis:* Dies ist eine allgemeine Orientierung, keine Rechtsberatung.

## Frage 1: Wer hat das Foto gemacht?

Jedes Foto ist urheberrechtlich geschützt. Sie brauchen also die Erlaubnis der Person, die es aufgenommen hat – und zwar für genau die Nutzung, die Sie vorhaben. Typische Konstellationen:

- **Eigene Mitarbeitende** haben im Dienst fotografiert: In der Regel darf die Behörde die Bilder für ihre Aufgaben nutzen. Klären Sie trotzdem schriftlich, ob das auch Social Media umfasst.
- **Externe Fotografinnen und Fotografen**: Die Nutzungsrechte ergeben sich aus dem Vertrag. Achten Sie auf Formulierungen wie „Nutzung in sozialen Netzwerken“.
- **Bilder von Bürgerinnen und Bürgern**: Fragen Sie immer ausdrücklich, bevor Sie ein eingesandtes oder markiertes Foto teilen.
- **Stockfotos**: Prüfen Sie die Lizenzbedingungen. Manche Lizenzen schließen bestimmte Nutzungen aus.

## Frage 2: Wer ist auf dem Foto zu sehen?

Menschen haben ein Recht am eigenen Bild. Für Behörden gilt zusätzlich der Datenschutz. Als Faustregel:

1. Einzelne, klar erkennbare Personen nur mit Einwilligung zeigen.
2. Bei Kindern immer die Einwilligung der Sorgeberechtigten einholen.
3. Bei Großveranstaltungen vorab auf Fotografie hinweisen, zum Beispiel mit Schildern am Eingang.
4. Mitarbeitende nicht ungefragt zeigen, auch nicht im Hintergrund eines Teamfotos.

> Eine Einwilligung ist nur so gut wie ihre Dokumentation. Ein „Passt schon“ am Rand des Festplatzes reicht im Streitfall nicht.

## Frage 3: Was ist auf dem Foto zu sehen?

Auch Gegenstände können Rechte berühren: Kunstwerke im öffentlichen Raum, Logos, Plakate oder Innenansichten privater Gebäude. Für dauerhaft im öffentlichen Raum stehende Werke gibt es Ausnahmen, die aber ihre Grenzen haben – etwa bei Aufnahmen von privatem Grund aus oder mit Drohnen.

## Die Bilddatenbank als Lösung

Viele Verwaltungen haben gute Erfahrungen mit einer zentralen Bilddatenbank gemacht. Jedes Bild wird dort mit diesen Angaben abgelegt:

- Urheberin oder Urheber
- Umfang der Nutzungsrechte
- vorliegende Einwilligungen der abgebildeten Personen
- Ablaufdatum, falls Rechte befristet sind

So muss das Social-Media-Team nicht jedes Mal neu recherchieren.

## Bildnachweise nicht vergessen

Nennen Sie die Urheberin oder den Urheber, wenn das vereinbart ist – im Beitragstext, im Bild oder in den Kommentaren, je nach Plattform. Eine Muster-Einwilligungserklärung für Veranstaltungen haben wir unter [example.org/einwilligung-foto](https://example.org/einwilligung-foto) zusammengestellt. Weitere Beiträge zum Thema finden Sie in der Rubrik [Rechtliches](/kategorie/rechtliches).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "urlaubsvertretung-im-social-media-team",
    title: "Urlaubsvertretung im Social-Media-Team organisieren",
    excerpt:
      "Wenn die einzige Social-Media-Verantwortliche in den Urlaub fährt, steht der Kanal oft still. Mit Übergabeliste, Zugängen und klaren Grenzen gelingt die Vertretung ohne Stress für alle Beteiligten.",
    categories: ["redaktionsalltag"],
    author: "aylin-kaya",
    daysAgo: 495,
    cover: "kalender",
    body: `Drei Wochen Sommerurlaub – und der Instagram-Account der Gemeinde schweigt. Oder schlimmer: Die Kollegin bekommt am Strand Anrufe, weil niemand das Passwort findet. In kleinen Teams ist die Vertretung eine der größten Schwachstellen. Dabei lässt sie sich mit etwas Vorbereitung gut lösen.

## Zugänge: zwei Personen, mindestens

Jeder Kanal sollte von mindestens zwei Personen bedient werden können. Dazu gehört:

- Zugangsdaten in einem dienstlichen Passwortmanager statt auf Klebezetteln
- Zwei-Faktor-Authentifizierung, bei der beide Personen Zugriff auf den zweiten Faktor haben – etwa über ein Diensthandy
- Rollen und Rechte in den Plattformen sauber vergeben, statt Logins zu teilen, wo immer das möglich ist

## Die Übergabeliste

Eine Woche vor dem Urlaub erstellt die verantwortliche Person eine kurze Übergabe. Bewährt hat sich diese Gliederung:

1. **Geplante Beiträge:** Was ist bereits vorbereitet und terminiert?
2. **Offene Themen:** Was kommt voraussichtlich, etwa eine Baustellenmeldung?
3. **Laufende Diskussionen:** Gibt es Kommentarstränge, die beobachtet werden müssen?
4. **Ansprechpersonen:** Wer in den Fachämtern liefert was zu?
5. **Notfall:** Wer entscheidet, wenn etwas Unerwartetes passiert?

## Vorproduzieren, aber mit Augenmaß

Es ist verlockend, vor dem Urlaub drei Wochen Beiträge vorzuplanen. Das funktioniert für zeitlose Inhalte gut, etwa Einblicke in Ämter oder Serviceinfos. Vorsicht bei allem, was sich schnell ändern kann. Und: Die Vertretung muss wissen, wie man geplante Beiträge pausiert, falls eine Krise eintritt.

> Ein vorgeplanter fröhlicher Sommergruß am Tag eines schweren Unglücks ist einer der häufigsten und vermeidbarsten Fehler.

## Reduzieren ist erlaubt

Die Vertretung muss nicht das volle Programm fahren. Es ist völlig in Ordnung, in der Urlaubszeit weniger zu posten. Wichtig ist nur, dass:

- Anfragen in Direktnachrichten beantwortet oder weitergeleitet werden
- Kommentare regelmäßig gesichtet werden
- in einer Krise jemand handlungsfähig ist

Sie können das Publikum auch offen informieren: „Unser Team ist in dieser Woche kleiner besetzt. Wir antworten etwas langsamer, lesen aber weiter mit.“

## Den Urlaub wirklich Urlaub sein lassen

Das Social-Media-Team sollte im Urlaub **nicht** erreichbar sein müssen. Wenn die Vertretung nur funktioniert, weil die Kollegin heimlich doch jeden Abend reinschaut, ist sie nicht geregelt. Sprechen Sie das auch mit der Amtsleitung an. Social Media ist eine Daueraufgabe und braucht entsprechende Personalplanung.

## Nach dem Urlaub

Eine kurze Rückübergabe hilft: Was ist passiert, welche Anfragen sind offen, was hat gut funktioniert? Notieren Sie Verbesserungen direkt in der Übergabevorlage, damit es beim nächsten Mal noch reibungsloser klappt.

Unsere Vorlage für die Übergabeliste steht unter [example.org/uebergabe-vorlage](https://example.org/uebergabe-vorlage) bereit. Mehr zu Abläufen lesen Sie in der Rubrik [Redaktionsalltag](/kategorie/redaktionsalltag).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "glossar-social-media-begriffe-fuer-die-verwaltung",
    title: "Glossar: Social-Media-Begriffe für die Verwaltung",
    excerpt:
      "Reichweite, Engagement, Reel, Instanz: Im Social-Media-Alltag fallen viele Fachbegriffe. Unser Glossar erklärt die wichtigsten in verständlichen Worten – zum Nachschlagen und Weitergeben im Haus.",
    categories: ["allgemein", "basics"],
    author: "martin-ohlsen",
    daysAgo: 478,
    body: `In Abstimmungen mit Fachämtern oder der Hausleitung fällt es oft auf: Nicht alle verstehen unter „Reichweite“ dasselbe, und bei „Fediverse“ gehen die Augenbrauen hoch. Wir haben deshalb ein kleines Glossar zusammengestellt, das Sie gern intern weitergeben dürfen.

## Grundbegriffe

| Begriff | Bedeutung |
|---|---|
| Reichweite | Anzahl der unterschiedlichen Konten, die einen Beitrag gesehen haben |
| Impressionen | wie oft ein Beitrag insgesamt angezeigt wurde, auch mehrfach bei denselben Personen |
| Engagement | Interaktionen wie Likes, Kommentare, Shares und Speicherungen |
| Engagement-Rate | Interaktionen im Verhältnis zur Reichweite oder zur Zahl der Follower |
| Algorithmus | automatische Auswahl, welche Beiträge wem angezeigt werden |
| Community Management | Betreuung der Nutzerinnen und Nutzer, vor allem Antworten und Moderation |

## Formate

- **Story:** ein Beitrag, der nach 24 Stunden automatisch verschwindet, meist im Hochformat.
- **Reel:** ein kurzes Hochkant-Video, das vor allem über Empfehlungen verbreitet wird.
- **Karussell:** mehrere Bilder oder Grafiken in einem Beitrag, durch die man wischen kann.
- **Sharepic:** eine Grafik mit Text, die sich gut teilen lässt, etwa mit Öffnungszeiten.
- **Thread:** mehrere zusammenhängende Beiträge, die aufeinander antworten.

## Begriffe aus dem Fediverse

Das Fediverse ist ein Verbund unabhängiger Server, die miteinander kommunizieren können. Die bekannteste Software darin ist Mastodon.

1. **Instanz:** ein einzelner Server im Fediverse, betrieben von einer Organisation oder Community.
2. **Föderation:** der Austausch von Beiträgen zwischen verschiedenen Instanzen.
3. **Boost:** das Teilen eines Beitrags, vergleichbar mit einem Retweet.
4. **Content Warning:** ein Hinweis, hinter dem ein Beitrag zunächst eingeklappt ist.

## Begriffe aus der Planung

- **Redaktionsplan:** Übersicht, wann welcher Beitrag auf welchem Kanal erscheint.
- **Freigabeprozess:** der festgelegte Weg, auf dem ein Beitrag vor der Veröffentlichung geprüft wird.
- **Evergreen:** ein zeitloser Inhalt, der sich immer wieder nutzen lässt.
- **Call to Action:** eine klare Aufforderung, zum Beispiel „Jetzt Termin buchen“.

## Begriffe aus dem Recht

- **Impressum:** Anbieterkennzeichnung mit Angaben zur verantwortlichen Stelle.
- **Netiquette:** Verhaltensregeln für die Diskussion auf einem Kanal.
- **Gemeinsame Verantwortlichkeit:** datenschutzrechtliche Mitverantwortung von Seitenbetreiber und Plattform.

> Ein gemeinsames Vokabular spart in Besprechungen mehr Zeit, als man denkt.

## Fehlt ein Begriff?

Das Glossar wächst mit. Schreiben Sie uns, welche Begriffe Ihnen im Alltag Kopfzerbrechen bereiten, über [example.org/kontakt](https://example.org/kontakt). Weitere Einsteigerthemen finden Sie in der Rubrik [Basics](/kategorie/basics).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "mastodon-eigene-instanz-oder-gastkonto",
    title: "Mastodon für Behörden: Eigene Instanz oder Gastkonto?",
    excerpt:
      "Immer mehr Behörden sind im Fediverse vertreten. Doch sollte man einen eigenen Mastodon-Server betreiben oder ein Konto auf einer bestehenden Instanz eröffnen? Eine Entscheidungshilfe mit Vor- und Nachteilen.",
    categories: ["strategie", "basics"],
    author: "tobias-brandt",
    daysAgo: 460,
    cover: "netzwerk",
    body: `Mastodon und das Fediverse haben für Behörden einen besonderen Reiz: keine Werbung, kein undurchsichtiger Algorithmus, deutlich bessere Kontrolle über Daten. Wer einsteigen will, steht aber schnell vor einer Grundsatzfrage: Brauchen wir eine eigene Instanz, oder reicht ein Konto auf einem bestehenden Server?

## Option 1: Konto auf einer bestehenden Instanz

Einige öffentliche Stellen und Verbände betreiben Instanzen, auf denen Behörden Konten eröffnen können. Daneben gibt es allgemeine Instanzen, deren Regeln Behördenkonten ausdrücklich zulassen.

**Vorteile:**

- schneller Start ohne eigene Technik
- kein Betriebsaufwand für Updates, Sicherheit und Moderation des Servers
- sofort Teil einer bestehenden Community

**Nachteile:**

- Abhängigkeit vom Betreiber der Instanz
- der Kontoname trägt die fremde Domain, etwa @stadt@beispiel.social
- begrenzter Einfluss auf Regeln und Verfügbarkeit

## Option 2: Eigene Instanz

Eine eigene Instanz läuft auf einem Server, den die Behörde selbst oder ein kommunaler IT-Dienstleister betreibt.

**Vorteile:**

- Kontonamen mit eigener Domain, etwa @presse@social.lindenbrueck.example
- volle Kontrolle über Daten, Regeln und Verfügbarkeit
- mehrere Konten für Ämter und Einrichtungen unter einem Dach

**Nachteile:**

- Betrieb, Updates und Backups kosten Zeit und Geld
- Verantwortung für Sicherheit und Moderation auf dem eigenen Server
- Know-how muss im Haus oder beim Dienstleister vorhanden sein

## Eine Entscheidungshilfe

Stellen Sie sich diese Fragen:

1. Wie viele Konten wollen wir mittelfristig betreiben? Ab etwa fünf lohnt sich eine eigene Instanz eher.
2. Hat unser IT-Dienstleister Erfahrung mit dem Betrieb solcher Dienste?
3. Ist die eigene Domain für uns ein wichtiges Vertrauenssignal?
4. Wollen wir erst testen, bevor wir investieren?

> Für viele kleinere Kommunen ist ein Konto auf einer vertrauenswürdigen Behördeninstanz der pragmatische Einstieg. Umziehen lässt sich später immer noch.

## Der Umzug ist möglich

Mastodon erlaubt es, ein Konto auf eine andere Instanz umzuziehen. Die Follower werden dabei mitgenommen, die bisherigen Beiträge allerdings nicht automatisch. Das senkt das Risiko einer Fehlentscheidung deutlich.

## Was in beiden Fällen gilt

- Verifizieren Sie das Konto über einen Link auf Ihrer offiziellen Website.
- Hinterlegen Sie Impressum und Datenschutzhinweise im Profil.
- Nutzen Sie Alt-Texte – im Fediverse wird darauf besonders geachtet.
- Rechnen Sie mit einem kleineren, aber sehr engagierten Publikum.

Wie ein Landkreis seine eigene Instanz aufgebaut hat, lesen Sie in unserer Interviewreihe in der Rubrik [Interviews](/kategorie/interviews). Eine technische Checkliste für den Betrieb finden Sie unter [example.org/fediverse-checkliste](https://example.org/fediverse-checkliste).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "fediverse-im-landratsamt-5-fragen-an-jonas-terhaar",
    title: "Fediverse im Landratsamt: 5 Fragen an Jonas Terhaar, Landkreis Oberwalden",
    excerpt:
      "Der Landkreis Oberwalden betreibt eine eigene Mastodon-Instanz für Kreisverwaltung, Schulen und Gemeinden. Jonas Terhaar aus der Stabsstelle Kommunikation berichtet über Aufwand, Publikum und Überraschungen.",
    categories: ["best-practice", "interviews"],
    author: "tobias-brandt",
    daysAgo: 441,
    series: { slug: "fuenf-fragen-an", position: 2 },
    cover: "netzwerk",
    body: `In der zweiten Folge unserer Reihe **„5 Fragen an …“** geht es ins Fediverse. Der Landkreis Oberwalden hat vor eineinhalb Jahren eine eigene Mastodon-Instanz gestartet, auf der inzwischen neben der Kreisverwaltung auch mehrere kreisangehörige Gemeinden und Schulen aktiv sind. Jonas Terhaar arbeitet in der Stabsstelle Kommunikation und hat das Projekt von Anfang an begleitet.

### Herr Terhaar, wie kam es zur eigenen Instanz?

Wir wollten einen Kanal, bei dem wir Datenschutzfragen nicht jedes Jahr neu diskutieren müssen. Auf Mastodon liegen die Daten bei uns bzw. bei unserem kommunalen Rechenzentrum. Ein Gastkonto auf einer fremden Instanz hätten wir auch haben können. Aber uns war wichtig, dass auch die Gemeinden im Kreis ohne eigenen Aufwand mitmachen können. Da lag eine gemeinsame Instanz nahe.

### Wie hoch ist der Aufwand für den Betrieb?

Geringer als befürchtet, aber nicht null. Das Rechenzentrum kümmert sich um Server, Updates und Backups. Dafür haben wir eine Pauschale vereinbart. Bei uns in der Stabsstelle fallen pro Woche etwa zwei Stunden an: neue Konten einrichten, Fragen der Gemeinden beantworten, gelegentlich Meldungen bearbeiten. Was man nicht unterschätzen darf, ist die Vorbereitung. Bis Nutzungsbedingungen, Datenschutzhinweise und Moderationsregeln fertig waren, hat es fast vier Monate gedauert.

### Wer liest eigentlich mit?

Das Publikum ist kleiner als auf den großen Plattformen, aber sehr interessiert. Viele sind fachlich versiert, etwa aus IT, Wissenschaft oder Verwaltung. Die Rückmeldungen sind deutlich sachlicher als anderswo. Wir bekommen auf Mastodon oft die klügsten Fragen. Überrascht hat uns, wie viele Lokaljournalistinnen und -journalisten uns dort folgen.

### Welche Inhalte funktionieren gut?

Vor allem drei Dinge:

- Service-Informationen mit Link zur Website, etwa zu Kfz-Zulassung oder Abfallkalender
- Einblicke in Verwaltungsabläufe, die man sonst nicht sieht
- Hinweise auf Kreistagssitzungen und Beschlüsse

Was weniger funktioniert, sind reine Werbebeiträge. Das Publikum im Fediverse reagiert allergisch auf Marketing-Sprache.

### Was raten Sie Landkreisen, die nachziehen wollen?

> Nicht allein starten. Holen Sie die Gemeinden und Ihr Rechenzentrum von Anfang an an einen Tisch.

So sah der erste Beitrag des Landkreises auf der eigenen Instanz aus:

[Der erste Beitrag auf der Instanz des Landkreises](https://social.oberwalden.example/@landkreis/110123456789012345)

Und: Die Instanz ist kein Ersatz für alle anderen Kanäle. Wir sind weiter auf Facebook und Instagram, weil wir dort andere Menschen erreichen. Mastodon ist für uns eine Ergänzung, die gut zu unserem Anspruch als öffentliche Stelle passt. Wer vorher testen will, kann mit einem Gastkonto beginnen und später umziehen.

*Die Nutzungsbedingungen der Oberwaldener Instanz können andere Behörden als Vorlage nutzen: [example.org/oberwalden-instanz](https://example.org/oberwalden-instanz). Weitere Hintergründe zum Thema finden Sie in der Rubrik [Strategie](/kategorie/strategie).*`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "dienstanweisung-social-media-was-hineingehoert",
    title: "Dienstanweisung Social Media: Was hineingehört",
    excerpt:
      "Eine Dienstanweisung regelt, wer in der Verwaltung wie in sozialen Medien kommuniziert. Sie schafft Sicherheit für Beschäftigte und Leitung. Wir zeigen, welche Abschnitte sich bewährt haben.",
    categories: ["rechtliches", "strategie"],
    author: "martin-ohlsen",
    daysAgo: 423,
    cover: "paragraph",
    body: `Wer darf im Namen der Stadt posten? Dürfen Beschäftigte privat über ihre Arbeit schreiben? Wer entscheidet, ob ein neuer Kanal eröffnet wird? In vielen Verwaltungen werden solche Fragen von Fall zu Fall beantwortet. Eine Dienstanweisung – je nach Haus auch Richtlinie oder Leitfaden genannt – schafft hier Klarheit.

## Warum eine Dienstanweisung?

Eine verbindliche Regelung hat mehrere Vorteile:

- Beschäftigte wissen, was erlaubt ist und was nicht.
- Die Leitung kann sich darauf verlassen, dass Abläufe einheitlich sind.
- Bei Konflikten gibt es eine Grundlage, auf die sich alle berufen können.
- Neue Kolleginnen und Kollegen können sich schnell einarbeiten.

## Die wichtigsten Abschnitte

Aus unserer Erfahrung haben sich folgende Gliederungspunkte bewährt:

1. **Geltungsbereich:** Für welche Organisationseinheiten und Kanäle gilt die Anweisung?
2. **Zuständigkeiten:** Welche Stelle betreibt die offiziellen Kanäle? Wer darf neue Kanäle beantragen?
3. **Freigabeprozess:** Welche Inhalte brauchen welche Freigabe? Was darf das Team eigenständig veröffentlichen?
4. **Moderation:** Verweis auf die Netiquette, Regeln für Löschungen und Dokumentation.
5. **Krisenfall:** Sonderregeln für Erreichbarkeit und Freigabe in Krisenlagen.
6. **Datenschutz und Recht:** Impressum, Datenschutzhinweise, Bildrechte, Barrierefreiheit.
7. **Private Nutzung durch Beschäftigte:** Leitplanken, ohne in die Meinungsfreiheit einzugreifen.
8. **Technik und Sicherheit:** Zugangsverwaltung, Zwei-Faktor-Authentifizierung, Diensthandys.

## Der heikle Punkt: private Accounts

Beschäftigte dürfen sich privat in sozialen Medien äußern – auch zu politischen Themen. Grenzen ergeben sich aus Verschwiegenheitspflichten und der Pflicht zur Mäßigung. Eine Dienstanweisung sollte das erklären, statt pauschale Verbote auszusprechen. Hilfreich sind Beispiele:

> Wer privat über die neue Kita in seinem Stadtteil schreibt, darf das. Wer dabei interne Informationen aus der Vergabe preisgibt, nicht.

## Beteiligung im Haus

Eine Dienstanweisung zu Social Media berührt viele Interessen. Binden Sie frühzeitig ein:

- Personalrat bzw. Personalvertretung
- Datenschutzbeauftragte
- Justiziariat oder Rechtsamt
- Gleichstellungsbeauftragte und Schwerbehindertenvertretung
- IT-Sicherheit

Das verlängert den Prozess, erhöht aber die Akzeptanz erheblich.

## Kurz halten, Anhänge nutzen

Die Anweisung selbst sollte auf wenige Seiten passen. Details wie Checklisten, Muster-Netiquette oder Freigabeformulare gehören in Anlagen, die sich leichter aktualisieren lassen. Überprüfen Sie die Regelung mindestens alle zwei Jahre.

## Vorlage

Eine kommentierte Mustergliederung, die Sie an Ihre Verwaltung anpassen können, finden Sie unter [example.org/dienstanweisung-muster](https://example.org/dienstanweisung-muster). Zum Thema Strategie passt außerdem unser Beitrag in der Rubrik [Strategie](/kategorie/strategie).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "instagram-stories-fuer-behoerden",
    title: "Instagram Stories für Behörden: So gelingt der Einstieg",
    excerpt:
      "Stories sind schnell, persönlich und nach 24 Stunden wieder verschwunden. Für Behörden bieten sie eine gute Möglichkeit, Einblicke zu geben und Service-Infos zu verbreiten. Ein praktischer Einstieg in das Format.",
    categories: ["basics"],
    author: "jana-wiesner",
    daysAgo: 405,
    cover: "smartphone",
    body: `Viele Behördenaccounts auf Instagram konzentrieren sich auf klassische Beiträge im Feed. Stories bleiben oft ungenutzt – dabei werden sie von vielen Menschen sogar häufiger angeschaut. Das Format verzeiht Unperfektes und eignet sich hervorragend für Einblicke hinter die Kulissen.

Wie andere Verwaltungen Stories nutzen, zeigt dieses Erklärvideo:

[Erklärvideo: Stories in der Verwaltung](https://www.youtube.com/watch?v=dQw4w9WgXcQ)

## Was Stories ausmacht

- Sie erscheinen oben in der App und sind nach 24 Stunden verschwunden.
- Sie werden im Hochformat erstellt, also 9:16.
- Sie bieten interaktive Elemente wie Umfragen, Fragen oder Quizze.
- Wichtige Stories lassen sich dauerhaft als *Highlights* im Profil speichern.

## Ideen für Behörden

Stories eignen sich für Inhalte, die zu klein für einen Feed-Beitrag sind, aber trotzdem interessant:

1. **Ein Tag im Amt:** Eine Kollegin aus dem Standesamt nimmt das Publikum mit durch ihren Arbeitstag.
2. **Baustellen-Update:** Ein kurzes Video vom Fortschritt auf der Großbaustelle.
3. **Umfragen:** „Wie kommen Sie am liebsten ins Rathaus?“ – mit zwei Antwortmöglichkeiten.
4. **Fragerunden:** Bürgerinnen und Bürger stellen Fragen, die Fachleute am nächsten Tag beantworten.
5. **Serviceerinnerungen:** „Heute letzter Tag für die Anmeldung zum Ferienprogramm.“

## Highlights als kleines Serviceportal

Highlights sind dauerhaft sichtbar und eignen sich daher für Inhalte, die immer wieder gefragt werden. Mögliche Highlights für eine Stadt:

- Öffnungszeiten und Kontakt
- Ausbildung und Jobs
- Abfall und Recycling
- Veranstaltungen

Achten Sie auf einheitlich gestaltete Titelbilder, damit das Profil aufgeräumt wirkt.

## Barrierefreiheit nicht vergessen

Stories sind schnell gemacht, aber oft wenig barrierearm. Beachten Sie:

- Texte groß genug und mit ausreichendem Kontrast
- gesprochene Inhalte mit Untertiteln versehen
- nicht zu viele Informationen auf einer einzelnen Story
- Text nicht zu schnell wechseln lassen

> Eine Story, die niemand lesen kann, weil sie nach drei Sekunden weiterspringt, hilft niemandem.

## Aufwand realistisch planen

Stories brauchen keine Profiausrüstung. Ein Smartphone, gutes Licht und eine ruhige Hand genügen. Planen Sie trotzdem Zeit ein: für die Abstimmung mit den Fachämtern, für Einwilligungen der gezeigten Personen und für die Beantwortung von Reaktionen. Antworten auf Stories landen nämlich als Direktnachricht im Postfach.

## Wie oft posten?

Für den Anfang reichen zwei bis drei Story-Sequenzen pro Woche. Wichtiger als die Häufigkeit ist die Regelmäßigkeit. Beobachten Sie in der Statistik, an welcher Stelle Menschen aus der Story aussteigen, und passen Sie Länge und Inhalt an.

Weitere Tipps zum Hochformat finden Sie in unserem Beitrag über Kurzvideos in der Rubrik [Basics](/kategorie/basics). Eine Sammlung von Story-Vorlagen für Behörden gibt es unter [example.org/story-vorlagen](https://example.org/story-vorlagen).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "barrierefreie-posts-checkliste",
    title: "Barrierefreie Posts: Eine Checkliste für jeden Tag",
    excerpt:
      "Barrierefreiheit beginnt nicht mit einem großen Projekt, sondern mit dem nächsten Beitrag. Unsere Checkliste fasst zusammen, worauf Sie bei Text, Bild, Video und Links achten sollten – in zehn Punkten.",
    categories: ["basics", "redaktionsalltag"],
    author: "jana-wiesner",
    daysAgo: 388,
    cover: "sprechblasen",
    body: `Öffentliche Stellen sind verpflichtet, ihre digitalen Angebote barrierefrei zu gestalten. Auf Social-Media-Plattformen haben Behörden zwar nicht alles in der Hand – die Plattform selbst bestimmt viel. Aber die Inhalte, die wir hochladen, können wir sehr wohl zugänglich machen. Diese Checkliste hilft dabei im Alltag.

## Die Checkliste

### Text

1. **Die wichtigste Information steht im ersten Satz.** Viele Plattformen kürzen lange Texte ab.
2. **Kurze Sätze, bekannte Wörter.** Fachbegriffe erklären oder vermeiden.
3. **Emojis sparsam einsetzen.** Screenreader lesen jedes Emoji mit seinem Namen vor. Drei Ausrufezeichen-Emojis hintereinander werden zur Geduldsprobe.
4. **Hashtags in CamelCase schreiben**, also #BürgerBüro statt #buergerbuero.

### Bild

5. **Jedes Bild bekommt einen Alt-Text.** Bei Sharepics steht der gesamte Text der Grafik im Alt-Text.
6. **Ausreichender Kontrast.** Heller Text auf hellem Hintergrund ist für viele Menschen kaum lesbar.
7. **Keine Information nur über Farbe.** „Die rot markierten Straßen sind gesperrt“ hilft nicht allen.

### Video

8. **Untertitel für alles Gesprochene.** Automatische Untertitel immer gegenlesen und korrigieren.
9. **Wichtige Bildinhalte auch sprachlich vermitteln.** Wenn im Video eine Adresse eingeblendet wird, sollte sie auch gesagt oder im Beitragstext genannt werden.

### Links

10. **Aussagekräftige Linktexte oder Hinweise.** Statt „hier klicken“ lieber „Alle Termine im Veranstaltungskalender“.

## Warum das alle betrifft

Barrierefreiheit hilft nicht nur Menschen mit Behinderung. Untertitel nutzen auch Menschen, die im Bus ohne Ton schauen. Klare Sprache hilft Menschen, die Deutsch als Zweitsprache sprechen. Guter Kontrast hilft allen, die bei Sonnenlicht aufs Handy schauen.

> Was für manche Menschen unverzichtbar ist, ist für fast alle anderen angenehmer.

## Den Aufwand senken

Barrierefreiheit kostet vor allem dann Zeit, wenn sie nachträglich erfolgt. Bauen Sie die Punkte deshalb direkt in Ihre Abläufe ein:

- Vorlagen für Sharepics mit geprüften Farbkombinationen
- eine Spalte für Alt-Texte im Redaktionsplan
- ein festes Untertitel-Werkzeug, mit dem das ganze Team vertraut ist
- die Checkliste ausgedruckt am Arbeitsplatz

## Feedback einholen

Fragen Sie Menschen, die auf Barrierefreiheit angewiesen sind, nach ihrer Erfahrung mit Ihren Kanälen. Viele Städte haben Beiräte für Menschen mit Behinderung, die gern Rückmeldung geben. Diese Perspektive ist wertvoller als jede Checkliste.

Die Checkliste zum Ausdrucken finden Sie unter [example.org/checkliste-barrierefreiheit](https://example.org/checkliste-barrierefreiheit). Mehr zu Alt-Texten und Leichter Sprache lesen Sie in der Rubrik [Basics](/kategorie/basics).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "ergebnisse-unserer-leserumfrage",
    title: "Was Sie von uns lesen wollen: Ergebnisse unserer Leserumfrage",
    excerpt:
      "Über 600 Menschen aus Verwaltungen haben an unserer ersten Leserumfrage teilgenommen. Hier sind die Ergebnisse: wer uns liest, welche Themen gefragt sind und was wir künftig ändern werden.",
    categories: ["allgemein"],
    author: "tobias-brandt",
    daysAgo: 371,
    cover: "diagramm",
    body: `Vor einigen Wochen haben wir Sie gefragt, wer Sie sind, was Sie an „Amtsblatt digital“ schätzen und was Ihnen fehlt. Die Beteiligung hat uns überwältigt: 612 vollständig ausgefüllte Fragebögen sind eingegangen. Vielen Dank dafür! Hier teilen wir die wichtigsten Ergebnisse.

## Wer uns liest

Die große Mehrheit arbeitet in Kommunen. Das hatten wir vermutet, aber nicht in dieser Deutlichkeit.

| Arbeitgeber | Anteil |
|---|---|
| Städte und Gemeinden | 58 % |
| Landkreise | 19 % |
| Landes- und Bundesbehörden | 12 % |
| Sonstige öffentliche Einrichtungen | 8 % |
| Agenturen und Freiberufliche | 3 % |

Besonders auffällig: Fast die Hälfte der Teilnehmenden betreut Social Media **allein oder nur mit einer halben Stelle**. Das bestätigt, wie wichtig pragmatische Tipps sind.

## Welche Themen gefragt sind

Wir haben gefragt, über welche Themen Sie mehr lesen möchten. Mehrfachnennungen waren möglich. Die fünf häufigsten Antworten:

1. Kommentarmoderation und Umgang mit Hass im Netz
2. Video und Kurzvideo mit wenig Aufwand
3. Rechtliche Fragen, vor allem Datenschutz und Bildrechte
4. Kennzahlen und Erfolgsmessung gegenüber der Leitung
5. Einsatz von KI-Werkzeugen in der Redaktion

## Was Sie an uns schätzen

Häufig genannt wurden die Praxisnähe, die Vorlagen zum Herunterladen und die Interviewreihe. Ein Zitat, das uns besonders gefreut hat:

> Endlich ein Blog, das nicht so tut, als hätten wir ein Zehn-Personen-Team und ein Agenturbudget.

## Was Sie sich anders wünschen

Auch Kritik gab es, und wir nehmen sie ernst:

- *Mehr Beispiele aus Landkreisen und Landesbehörden*, nicht nur aus Städten
- kürzere Beiträge mit Zusammenfassung am Anfang
- eine Möglichkeit, über neue Beiträge benachrichtigt zu werden

## Was wir ändern

Wir haben uns drei konkrete Dinge vorgenommen:

- Die Interviewreihe „5 Fragen an …“ wird fortgesetzt, mit gezieltem Blick auf Landkreise und Landesbehörden.
- Längere Beiträge erhalten künftig eine kurze Zusammenfassung am Anfang.
- Wir prüfen einen Newsletter, damit Sie nichts verpassen.

Außerdem werden wir die Themen Moderation und Video in den kommenden Monaten stärker berücksichtigen.

## Zur Methode

Die Umfrage war anonym und lief vier Wochen über ein datensparsames Umfragewerkzeug. Sie ist nicht repräsentativ, gibt uns aber ein gutes Bild unserer Leserschaft. Die vollständige Auswertung als PDF finden Sie unter [example.org/leserumfrage-auswertung](https://example.org/leserumfrage-auswertung). Alle Neuigkeiten rund um das Blog sammeln wir in der Rubrik [Allgemein](/kategorie/allgemein).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "ein-jahr-amtsblatt-digital",
    title: "Ein Jahr „Amtsblatt digital“: Was wir gelernt haben",
    excerpt:
      "Zwölf Monate, viele Beiträge und noch mehr Rückmeldungen: Zum ersten Geburtstag blicken wir zurück auf Überraschungen, Lieblingsthemen und die Fragen, die uns am häufigsten erreicht haben.",
    categories: ["allgemein"],
    author: "jana-wiesner",
    daysAgo: 356,
    cover: "rathaus",
    body: `Vor einem Jahr ist „Amtsblatt digital“ mit einem Willkommensbeitrag gestartet. Damals wussten wir nicht, ob sich überhaupt jemand für ein Blog über Social Media in Behörden interessiert. Heute können wir sagen: Das Interesse ist da – und es ist größer, als wir erwartet hatten.

## Was uns überrascht hat

**Die Rechtsthemen.** Unsere meistgelesenen Beiträge sind nicht die kreativen Tipps, sondern die Texte zu Impressum, Datenschutz und Bildrechten. Offenbar gibt es hier den größten Bedarf an verständlicher Orientierung.

**Die Zuschriften.** Wir haben mit ein paar Nachrichten pro Monat gerechnet. Tatsächlich erreichen uns jede Woche Fragen, Hinweise und Beispiele aus Verwaltungen. Viele davon sind in Beiträge eingeflossen.

**Die Vielfalt.** Uns schreiben Menschen aus kleinen Gemeinden mit 3.000 Einwohnerinnen und Einwohnern ebenso wie aus Ministerien. Die Herausforderungen sind unterschiedlich, die Grundfragen erstaunlich ähnlich.

## Die häufigsten Fragen

Diese Fragen haben uns im ersten Jahr am häufigsten erreicht:

1. Wie überzeuge ich meine Leitung, mehr Personal für Social Media bereitzustellen?
2. Muss ich kritische Kommentare stehen lassen?
3. Dürfen wir Fotos von Veranstaltungen mit vielen Menschen posten?
4. Welche Kennzahlen soll ich berichten?
5. Lohnt sich ein Einstieg ins Fediverse?

Zu den meisten davon gibt es inzwischen eigene Beiträge. Für die erste Frage arbeiten wir noch an einem ausführlichen Text.

## Was wir gelernt haben

- *Vorlagen sind Gold wert.* Die Downloads unserer Muster für Netiquette und Redaktionsplan übertreffen alle anderen Angebote.
- *Ehrlichkeit zahlt sich aus.* Beiträge, in denen wir auch Grenzen und offene Fragen benennen, bekommen die meiste Zustimmung.
- *Interviews bringen Nähe.* Die Gespräche mit Kolleginnen und Kollegen aus anderen Behörden gehören zu den beliebtesten Formaten.

> Der schönste Satz, den wir in diesem Jahr gelesen haben: „Ich habe Ihren Beitrag ausgedruckt und meiner Amtsleitung auf den Tisch gelegt.“

## Wie es weitergeht

Im zweiten Jahr wollen wir:

- mehr Beispiele aus Landkreisen und Landesbehörden zeigen
- das Thema Video praxisnäher behandeln
- uns intensiver mit KI-Werkzeugen und ihren Grenzen beschäftigen
- die Interviewreihe regelmäßiger fortsetzen

## Danke

Ein Blog lebt von seinen Leserinnen und Lesern. Danke für Ihre Zeit, Ihre Rückmeldungen und Ihre Geduld, wenn ein Beitrag mal länger auf sich warten ließ. Wenn Sie ein Thema vorschlagen möchten, schreiben Sie uns über [example.org/kontakt](https://example.org/kontakt). Alle Neuigkeiten aus der Redaktion finden Sie in der Rubrik [Allgemein](/kategorie/allgemein).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "nachwuchsgewinnung-azubis-ueber-social-media",
    title: "Nachwuchsgewinnung: Wie Verwaltungen Azubis über Social Media erreichen",
    excerpt:
      "Der öffentliche Dienst sucht händeringend Nachwuchs. Social Media kann helfen – wenn Verwaltungen authentisch zeigen, wie Ausbildung und Arbeit bei ihnen wirklich aussehen. Ein Leitfaden mit konkreten Ideen.",
    categories: ["strategie", "best-practice"],
    author: "aylin-kaya",
    daysAgo: 340,
    cover: "smartphone",
    body: `In den nächsten Jahren geht ein großer Teil der Beschäftigten im öffentlichen Dienst in den Ruhestand. Gleichzeitig konkurrieren Verwaltungen mit Unternehmen um immer weniger Schulabgängerinnen und Schulabgänger. Social Media ist dabei kein Allheilmittel, aber ein wichtiger Baustein.

## Wo die Zielgruppe ist

Junge Menschen zwischen 15 und 20 Jahren erreichen Sie kaum über Facebook. Relevanter sind:

- **Instagram** für Einblicke, Stories und Reels
- **Videoplattformen mit Kurzvideos**, sofern datenschutzrechtlich vertretbar
- **WhatsApp-Kanäle** für Termine wie Bewerbungsfristen
- und nicht zu vergessen: **Eltern**, die oft mitentscheiden und auf Facebook gut erreichbar sind

## Authentizität schlägt Hochglanz

Die erfolgreichsten Nachwuchskampagnen aus Verwaltungen haben eines gemeinsam: Sie zeigen echte Menschen. Keine gestellten Stockfotos, sondern Auszubildende, die selbst erzählen.

1. **Azubis als Stimme:** Lassen Sie Auszubildende selbst Inhalte erstellen, etwa in einer „Azubi-Woche“ auf dem Kanal.
2. **Vielfalt der Berufe zeigen:** Verwaltung ist nicht nur Schreibtisch. Gärtnerin, Fachinformatiker, Straßenwärterin, Erzieher – viele wissen nicht, was eine Stadt alles ausbildet.
3. **Alltag statt Werbung:** Ein Video aus der Berufsschule, die erste Ratssitzung, der Einsatz beim Stadtfest.
4. **Fragen beantworten:** Was verdient man? Wie viel Urlaub gibt es? Kann man übernommen werden?

## Rahmenbedingungen klären

Bevor Auszubildende vor der Kamera stehen, müssen einige Dinge geregelt sein:

- schriftliche Einwilligung, bei Minderjährigen auch der Erziehungsberechtigten
- klare Absprachen, welche Inhalte geteilt werden dürfen
- Unterstützung und Rückendeckung bei negativen Kommentaren
- die Arbeitszeit für Content-Erstellung anrechnen

> Wer Auszubildende als Botschafterinnen und Botschafter einsetzt, übernimmt auch Verantwortung für sie.

## Bewerbung leicht machen

Die beste Kampagne nützt wenig, wenn der Weg zur Bewerbung kompliziert ist. Prüfen Sie:

- Führt der Link im Profil direkt zu den Ausbildungsangeboten?
- Funktioniert das Bewerbungsportal auf dem Smartphone?
- Gibt es eine Ansprechperson, die auch über Direktnachrichten antwortet?

## Erfolg messen

Follower-Zahlen sind für Nachwuchskampagnen wenig aussagekräftig. Fragen Sie lieber im Bewerbungsverfahren, wie die Bewerberinnen und Bewerber auf Sie aufmerksam geworden sind. Auch Klicks auf den Bewerbungslink und Anfragen per Direktnachricht sind gute Hinweise.

## Zusammenarbeit im Haus

Nachwuchsgewinnung gelingt nur, wenn Personalamt und Social-Media-Team eng zusammenarbeiten. Planen Sie gemeinsam, wann Bewerbungsfristen laufen und welche Inhalte dazu passen. Wie eine Stadtverwaltung das konkret umsetzt, lesen Sie in unserer Reihe in der Rubrik [Interviews](/kategorie/interviews). Einen Themenplan für ein Ausbildungsjahr finden Sie unter [example.org/azubi-themenplan](https://example.org/azubi-themenplan).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "nachwuchs-per-reel-5-fragen-an-miriam-dressler",
    title: "Nachwuchs per Reel: 5 Fragen an Miriam Dressler, Stadt Kesselbach",
    excerpt:
      "In Kesselbach drehen die Auszubildenden der Stadtverwaltung ihre Reels selbst. Ausbildungsleiterin Miriam Dressler erzählt, wie das Projekt entstand, was es kostet und warum die Bewerbungszahlen gestiegen sind.",
    categories: ["best-practice", "interviews"],
    author: "aylin-kaya",
    daysAgo: 322,
    series: { slug: "fuenf-fragen-an", position: 3 },
    cover: "mikrofon",
    body: `Für die dritte Folge unserer Reihe **„5 Fragen an …“** haben wir mit Miriam Dressler gesprochen. Sie leitet die Ausbildung bei der Stadtverwaltung Kesselbach, einer Kleinstadt mit rund 22.000 Einwohnerinnen und Einwohnern. Seit zwei Jahren gestalten dort die Auszubildenden einen Teil des Instagram-Auftritts selbst – mit bemerkenswertem Erfolg.

### Frau Dressler, wie ist die Idee entstanden?

Aus der Not. Wir hatten in einem Jahr nur vier Bewerbungen für sechs Ausbildungsplätze als Verwaltungsfachangestellte. Unsere Stellenanzeigen in der Zeitung und auf der Website hat offenbar niemand aus der Zielgruppe gesehen. Bei einem Azubi-Treffen kam dann der Vorschlag: „Warum machen wir nicht selbst Videos?“ Die Auszubildenden wussten viel besser als wir, was Gleichaltrige anspricht.

### Wie läuft die Produktion ab?

Wir haben ein kleines Azubi-Redaktionsteam mit vier bis fünf Leuten aus verschiedenen Ausbildungsjahren. Die treffen sich alle zwei Wochen für eine Stunde in der Arbeitszeit. Dort sammeln sie Ideen, planen Drehs und schneiden die Videos. Das Social-Media-Team der Pressestelle gibt jedes Reel vor der Veröffentlichung frei, achtet aber darauf, möglichst wenig einzugreifen. Die Ausrüstung ist bescheiden: zwei Smartphones, ein Ansteckmikrofon, ein kleines Stativ.

### Welche Videos kommen am besten an?

Die ehrlichen. Am erfolgreichsten war ein Reel mit dem Titel „Was ich vor der Ausbildung über die Verwaltung dachte – und was wirklich stimmt“. Gut funktionieren auch:

- Einblicke in ungewöhnliche Ausbildungsorte wie Bauhof oder Stadtgärtnerei
- kurze Antworten auf Fragen aus den Kommentaren
- humorvolle Szenen aus dem Berufsschulalltag

Gestellte Imagevideos laufen dagegen kaum.

### Lässt sich der Erfolg messen?

Ja, und zwar ganz konkret. Im Bewerbungsformular fragen wir seitdem, wie jemand auf uns aufmerksam geworden ist. Im letzten Jahr hat fast ein Drittel Instagram genannt. Die Zahl der Bewerbungen hat sich insgesamt mehr als verdoppelt. Natürlich spielen auch andere Faktoren eine Rolle, aber der Zusammenhang ist deutlich.

### Was würden Sie anderen Verwaltungen raten?

> Vertrauen Sie Ihren Auszubildenden. Sie wissen, wie ihre Generation kommuniziert – und sie sind die glaubwürdigsten Botschafter, die Sie haben können.

Wichtig ist aber auch, die Azubis zu schützen. Wir haben klare Regeln für den Umgang mit negativen Kommentaren, und niemand muss vor die Kamera, der das nicht möchte. Außerdem würde ich raten, die Zeit für die Videoproduktion offiziell als Ausbildungszeit anzuerkennen. Die Jugendlichen lernen dabei viel über Kommunikation, Teamarbeit und Verantwortung.

*Die Kesselbacher Leitlinien für das Azubi-Redaktionsteam stehen unter [example.org/kesselbach-azubi-team](https://example.org/kesselbach-azubi-team). Grundlagen zum Thema finden Sie im Beitrag zur Nachwuchsgewinnung in der Rubrik [Strategie](/kategorie/strategie).*`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "kurzvideos-mit-dem-smartphone-drehen",
    title: "Kurzvideos mit dem Smartphone drehen: Ausrüstung und Ablauf",
    excerpt:
      "Für gute Kurzvideos braucht eine Behörde kein Filmteam. Ein aktuelles Smartphone, etwas Zubehör und ein klarer Ablauf reichen aus. Wir zeigen, welche Ausrüstung sich lohnt und wie ein Dreh entspannt gelingt.",
    categories: ["basics", "best-practice"],
    author: "jana-wiesner",
    daysAgo: 305,
    cover: "mikrofon",
    body: `Videos gehören zu den Formaten, die auf fast allen Plattformen am meisten Aufmerksamkeit bekommen. Viele Behörden schrecken trotzdem davor zurück – aus Sorge vor hohem Aufwand und teurer Technik. Dabei lassen sich gute Kurzvideos mit überschaubaren Mitteln produzieren.

## Die Grundausstattung

Für den Einstieg genügt:

- **ein aktuelles Smartphone** mit ausreichend Speicherplatz
- **ein Ansteckmikrofon**, am besten kabellos – der Ton ist wichtiger als das Bild
- **ein kleines Stativ** mit Smartphone-Halterung
- **eine kleine LED-Leuchte** für dunkle Räume
- **eine Schnitt-App**, die Untertitel unterstützt

Mit diesem Set kommen Sie für einige Hundert Euro aus. Ein Großteil der Budgets für Video verschwindet erfahrungsgemäß nicht in Technik, sondern in Arbeitszeit.

## Der Ablauf in fünf Schritten

1. **Idee und Kernbotschaft:** Was soll das Publikum nach 30 Sekunden wissen? Ein Satz muss reichen.
2. **Kurzes Skript:** Kein Drehbuch, aber eine Liste der Einstellungen und der wichtigsten Sätze.
3. **Dreh:** Immer im Hochformat, ruhig halten, mehrere kurze Clips statt einer langen Aufnahme.
4. **Schnitt:** Schnell zur Sache kommen, die ersten zwei Sekunden entscheiden.
5. **Untertitel und Text:** Untertitel einfügen, gegenlesen, Beitragstext schreiben.

## Tipps für besseren Ton und besseres Licht

*Ton:* Drehen Sie nicht neben laufenden Maschinen oder an stark befahrenen Straßen, wenn gesprochen wird. Das Ansteckmikrofon gehört nah an den Mund der sprechenden Person.

*Licht:* Tageslicht von vorne ist ideal. Stellen Sie Menschen nie mit dem Rücken zum Fenster auf – sonst sehen Sie nur eine Silhouette.

> Ein mittelmäßiges Bild mit gutem Ton schauen Menschen zu Ende. Ein gutes Bild mit schlechtem Ton nicht.

## Menschen vor der Kamera

Viele Kolleginnen und Kollegen sind vor der Kamera nervös. Das hilft:

- vorher locker über das Thema sprechen, ohne Kamera
- keine auswendig gelernten Texte, sondern Stichpunkte
- lieber mehrere kurze Antworten als ein langer Monolog
- Versprecher sind erlaubt und lassen sich herausschneiden

Denken Sie an die schriftliche Einwilligung aller gezeigten Personen.

## Zeitaufwand realistisch einschätzen

Für ein 45-sekündiges Video sollten Sie anfangs mit drei bis vier Stunden Gesamtaufwand rechnen: Planung, Dreh, Schnitt, Untertitel, Freigabe. Mit etwas Routine wird es deutlich weniger.

## Wiederverwenden

Ein gut gedrehtes Video lässt sich mehrfach nutzen: als Reel, als Story, auf Mastodon, auf der Website. Schneiden Sie bei Bedarf unterschiedliche Längen aus demselben Material.

Eine Checkliste für den Videodreh gibt es unter [example.org/video-checkliste](https://example.org/video-checkliste). Weitere Grundlagen lesen Sie in der Rubrik [Basics](/kategorie/basics).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "neutralitaetsgebot-behoerden-accounts-im-wahlkampf",
    title: "Neutralitätsgebot: Behörden-Accounts in Wahlkampfzeiten",
    excerpt:
      "Vor Wahlen gelten für Behördenkanäle besondere Regeln. Was das Neutralitätsgebot für Beiträge, Kommentare und das Teilen fremder Inhalte bedeutet – und wo die Grenze zur unzulässigen Wahlwerbung verläuft.",
    categories: ["rechtliches"],
    author: "martin-ohlsen",
    daysAgo: 288,
    cover: "paragraph",
    body: `Kommunalwahl, Landtagswahl, Bürgermeisterwahl: In den Wochen vor einer Wahl wird die Arbeit von Social-Media-Teams in Behörden heikel. Die Bürgermeisterin kandidiert erneut, der Landrat wirbt für ein Großprojekt, und jeder Beitrag wird plötzlich mit der Lupe gelesen. Grund genug, sich die Regeln frühzeitig klarzumachen.

*Hinweis:* Dieser Beitrag gibt eine allgemeine Orientierung. Die genauen Anforderungen unterscheiden sich je nach Bundesland und Wahlart. Stimmen Sie sich mit Ihrem Rechtsamt ab.

## Worum es geht

Staatliche Stellen müssen sich im politischen Wettbewerb neutral verhalten. Sie dürfen informieren, aber nicht werben – weder für noch gegen Parteien oder Kandidierende. Dieses Gebot gilt immer, wird aber in der heißen Phase vor einer Wahl besonders streng ausgelegt.

## Was in der Regel zulässig bleibt

- sachliche Information über Verwaltungshandeln, Beschlüsse und Angebote
- Service-Informationen zur Wahl selbst: Briefwahl, Wahllokale, Fristen
- Hinweise auf Termine wie Sprechstunden oder Bürgerversammlungen, sofern sie nicht der Selbstdarstellung dienen
- Krisen- und Warnkommunikation ohne Einschränkung

## Was problematisch werden kann

1. **Personalisierte Erfolgsmeldungen:** „Dank unseres Oberbürgermeisters ist die Schule endlich fertig“ rückt eine Person in den Vordergrund, die zur Wahl steht.
2. **Auffällige Häufung:** Wenn die Amtsinhaberin in den Wochen vor der Wahl deutlich öfter auf dem Behördenkanal erscheint als sonst.
3. **Teilen parteipolitischer Inhalte:** Auch ein geteilter Beitrag einer Partei oder eines Kandidierenden kann als Parteinahme gewertet werden.
4. **Reaktionen auf Wahlkampfaussagen:** Richtigstellungen zu Falschbehauptungen sind möglich, müssen aber streng sachlich bleiben.

> Im Zweifel gilt: Die Behörde informiert über das, was sie tut – nicht darüber, wer es gut gemacht hat.

## Praktische Vorkehrungen

Bewährt haben sich folgende Maßnahmen:

- eine interne **Zeitspanne festlegen**, ab der verschärfte Regeln gelten, etwa drei Monate vor der Wahl
- Beiträge mit Amtsträgerinnen und Amtsträgern, die kandidieren, **zusätzlich prüfen lassen**
- die Redaktionsplanung für die Wahlphase **vorab mit dem Rechtsamt abstimmen**
- Kommentare von Parteien und Kandidierenden auf der Behördenseite nach denselben Regeln moderieren wie alle anderen

## Private und dienstliche Kanäle trennen

Viele Amtsträgerinnen und Amtsträger haben neben dem Behördenkanal einen eigenen Account. Dort dürfen sie Wahlkampf machen – aber ohne Ressourcen der Behörde. Das Social-Media-Team der Verwaltung sollte diese privaten Kanäle weder betreuen noch mit Inhalten beliefern. Eine klare Trennung schützt alle Beteiligten.

## Wahlinformation aktiv anbieten

Die Wahlphase ist auch eine Chance: Behörden können verlässlich über Ablauf und Fristen informieren und so zur Wahlbeteiligung beitragen. Ein Themenplan für Wahlinformationen liegt unter [example.org/wahlinfo-themenplan](https://example.org/wahlinfo-themenplan). Weitere Beiträge zum Recht finden Sie in der Rubrik [Rechtliches](/kategorie/rechtliches).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "kennzahlen-die-wirklich-etwas-aussagen",
    title: "Kennzahlen, die wirklich etwas aussagen",
    excerpt:
      "Follower-Zahlen beeindrucken die Leitung, sagen aber wenig über den Nutzen eines Kanals aus. Welche Kennzahlen für Behörden sinnvoll sind und wie ein kompakter Quartalsbericht aussehen kann.",
    categories: ["strategie"],
    author: "tobias-brandt",
    daysAgo: 270,
    cover: "diagramm",
    body: `„Wie viele Follower haben wir jetzt?“ Diese Frage kennt wohl jedes Social-Media-Team. Die Antwort ist einfach, aber wenig hilfreich. Denn ob ein Kanal seinen Zweck erfüllt, zeigt sich an anderen Zahlen. Dieser Beitrag stellt sinnvolle Kennzahlen vor und zeigt, wie man sie der Leitung vermittelt.

## Von Zielen zu Kennzahlen

Kennzahlen sind nur sinnvoll, wenn sie zu einem Ziel gehören. Deshalb beginnt jede Auswertung mit der Frage: Was wollen wir mit dem Kanal erreichen? Aus unseren Erfahrungen ergeben sich typische Zuordnungen:

| Ziel | Aussagekräftige Kennzahl | Weniger hilfreich |
|---|---|---|
| Service-Information | Klicks auf Links zur Website, gespeicherte Beiträge | Likes |
| Krisenkommunikation | Reichweite in der Krise, geteilte Beiträge | Follower-Wachstum |
| Nachwuchsgewinnung | Bewerbungen mit Social-Media-Bezug, Anfragen per Nachricht | Impressionen |
| Bürgerdialog | Zahl und Qualität der Kommentare, beantwortete Fragen | Reichweite |

## Die wichtigsten Kennzahlen erklärt

- **Reichweite:** Wie viele unterschiedliche Konten haben einen Beitrag gesehen?
- **Interaktionsrate:** Wie viele davon haben reagiert, kommentiert oder geteilt?
- **Link-Klicks:** Wie viele sind weiter zur Website gegangen?
- **Speicherungen:** Ein guter Hinweis auf nützliche Inhalte.
- **Antwortzeit:** Wie schnell reagiert das Team auf Fragen?

## Qualitative Auswertung nicht vergessen

Zahlen erzählen nur einen Teil der Geschichte. Ergänzen Sie Ihre Berichte um:

1. Beispiele für besonders hilfreiche Dialoge
2. Themen, die häufig nachgefragt wurden
3. Rückmeldungen aus Fachämtern, etwa weniger Anrufe nach einem Erklärbeitrag

> Ein Screenshot eines dankbaren Kommentars überzeugt eine Amtsleitung manchmal mehr als jede Tabelle.

## Der Quartalsbericht

Ein guter Bericht für die Leitung passt auf eine Seite:

- drei bis fünf Kennzahlen pro Kanal, jeweils mit Vergleich zum Vorquartal
- die drei erfolgreichsten Beiträge mit kurzer Erklärung, warum
- ein bis zwei Erkenntnisse und was daraus folgt
- ein Ausblick auf das nächste Quartal

Vermeiden Sie es, jede verfügbare Zahl aufzulisten. Das wirkt gründlich, ist aber selten hilfreich.

## Vorsicht bei Vergleichen

Vergleiche mit anderen Städten sind verlockend, aber heikel. Größe, Struktur und Ziele unterscheiden sich stark. Sinnvoller ist der Vergleich mit sich selbst über die Zeit. Auch Plattformänderungen können Zahlen stark beeinflussen – ein Rückgang der Reichweite liegt nicht immer an den Inhalten.

## Datenschutz beachten

Nutzen Sie die Statistiken der Plattformen, aber verzichten Sie auf Werkzeuge, die zusätzliche Daten über einzelne Personen sammeln. Eine Vorlage für den Quartalsbericht finden Sie unter [example.org/quartalsbericht-vorlage](https://example.org/quartalsbericht-vorlage). Mehr zur Planung lesen Sie in der Rubrik [Strategie](/kategorie/strategie).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "buergerdialog-online-beteiligung-ernst-gemeint",
    title: "Bürgerdialog online: Beteiligung, die ernst gemeint ist",
    excerpt:
      "Soziale Medien laden zum Mitreden ein. Doch echte Beteiligung braucht mehr als eine Umfrage in der Story. Wie Behörden Bürgerdialog online so gestalten, dass Menschen sich ernst genommen fühlen.",
    categories: ["strategie", "best-practice"],
    author: "aylin-kaya",
    daysAgo: 255,
    cover: "sprechblasen",
    body: `„Was wünschen Sie sich für den neuen Stadtpark?“ – solche Fragen stellen viele Verwaltungen auf Social Media. Hunderte Kommentare gehen ein, und dann? Oft hört man nie wieder etwas davon. Das ist schlimmer, als gar nicht zu fragen. Denn wer Beteiligung verspricht und nicht einlöst, verspielt Vertrauen.

## Klären, was Beteiligung bedeutet

Bevor Sie fragen, sollten Sie intern beantworten:

1. **Was ist noch offen?** Gibt es wirklich Gestaltungsspielraum, oder ist schon alles entschieden?
2. **Was passiert mit den Antworten?** Wer wertet sie aus, und fließen sie in Entscheidungen ein?
3. **Wann gibt es eine Rückmeldung?** Und auf welchem Weg?

Wenn die Antwort auf die erste Frage „nichts“ lautet, ist eine Information ehrlicher als eine Scheinbeteiligung.

## Stufen der Beteiligung

Nicht jeder Dialog muss gleich ein Beteiligungsverfahren sein. Unterscheiden Sie:

- **Informieren:** Sie erklären eine Entscheidung und beantworten Fragen.
- **Meinungen einholen:** Sie fragen nach Einschätzungen, die in die Entscheidung einfließen.
- **Mitgestalten:** Bürgerinnen und Bürger entwickeln Vorschläge, über die dann entschieden wird.

Machen Sie in jedem Beitrag klar, um welche Stufe es geht.

## Social Media als Zugang, nicht als Ort

Kommentarspalten eignen sich schlecht für strukturierte Beteiligung. Sie sind unübersichtlich, oft dominiert von wenigen lauten Stimmen, und die Auswertung ist mühsam. Besser:

- Social Media nutzen, um **auf Beteiligungsangebote aufmerksam zu machen**
- die eigentliche Beteiligung auf einer **eigenen Plattform** oder in Veranstaltungen durchführen
- Zwischenstände und Ergebnisse wieder **über Social Media zurückspielen**

> Beteiligung ist ein Kreislauf: fragen, zuhören, entscheiden, erklären. Fehlt der letzte Schritt, bleibt nur Frust.

## Die Rückmeldung ist entscheidend

Das wichtigste Element wird am häufigsten vergessen: die Rückmeldung. Zeigen Sie, was aus den Vorschlägen geworden ist:

- „Ihre drei häufigsten Wünsche waren Sitzbänke, Schatten und ein Wasserspielplatz.“
- „Bänke und Bäume sind eingeplant, der Wasserspielplatz ist aus Kostengründen nicht möglich.“
- „Das sind die nächsten Schritte, und so können Sie sich weiter einbringen.“

Auch ein „Nein“ mit Begründung wird meist besser aufgenommen als Schweigen.

## Vielfalt der Stimmen

Auf Social Media erreichen Sie nicht alle. Ergänzen Sie digitale Formate durch analoge Angebote – etwa Infostände im Stadtteil oder Gespräche in Seniorentreffs. Achten Sie darauf, dass auch Menschen ohne gute Deutschkenntnisse teilnehmen können.

Ein Leitfaden für Online-Beteiligung in Kommunen steht unter [example.org/beteiligung-leitfaden](https://example.org/beteiligung-leitfaden). Weitere Beispiele finden Sie in der Rubrik [Best Practice](/kategorie/best-practice).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "messenger-im-vergleich",
    title: "Messenger im Vergleich: Signal, Threema, Telegram und WhatsApp",
    excerpt:
      "Immer mehr Behörden nutzen Messenger, um Informationen direkt aufs Handy zu bringen. Wir vergleichen vier verbreitete Dienste nach Reichweite, Datenschutz und Funktionen für die Verwaltung.",
    categories: ["basics"],
    author: "martin-ohlsen",
    daysAgo: 238,
    cover: "smartphone",
    body: `Messenger sind für viele Menschen die wichtigste App auf dem Smartphone. Es liegt nahe, dass auch Behörden diesen Weg nutzen wollen – für Warnungen, Service-Informationen oder Veranstaltungstipps. Doch welcher Dienst passt? Wir vergleichen vier verbreitete Messenger aus Sicht einer Verwaltung.

*Stand:* Funktionen und Bedingungen der Dienste ändern sich regelmäßig. Prüfen Sie vor einer Entscheidung die aktuellen Angaben der Anbieter.

## Der Überblick

| Kriterium | WhatsApp | Signal | Threema | Telegram |
|---|---|---|---|---|
| Verbreitung in Deutschland | sehr hoch | mittel | gering | mittel |
| Ende-zu-Ende-Verschlüsselung | ja | ja | ja | nur in geheimen Chats |
| Kanäle zum Senden an viele | ja | nein | ja, für Organisationen | ja |
| Telefonnummer nötig | ja | ja | nein | ja |
| Kosten für Nutzende | kostenlos | kostenlos | einmalig kostenpflichtig | kostenlos |

## WhatsApp

Der Platzhirsch. Fast alle haben die App installiert, und mit den Kanälen gibt es eine Funktion, die sich gut für Behörden eignet: Einweg-Kommunikation ohne öffentliche Kommentare. Die Kehrseite sind datenschutzrechtliche Bedenken wegen des Mutterkonzerns. Eine sorgfältige Abwägung mit dem Datenschutz ist unverzichtbar.

## Signal

Signal gilt als besonders datensparsam und wird von einer gemeinnützigen Stiftung betrieben. Für die Kommunikation mit vielen Empfängerinnen und Empfängern ist der Dienst allerdings kaum geeignet. Gruppen sind möglich, aber keine echten Kanäle.

## Threema

Threema kommt ohne Telefonnummer aus und bietet für Organisationen eigene Angebote, darunter Broadcast-Funktionen. Einige Behörden nutzen den Dienst intern. Die Reichweite in der Bevölkerung ist jedoch gering, weil die App einmalig Geld kostet.

## Telegram

Telegram bietet leistungsfähige Kanäle und ist in manchen Gruppen stark verbreitet. Allerdings ist der Dienst wegen mangelnder Moderation und der Verbreitung von Desinformation in die Kritik geraten. Viele Behörden haben sich deshalb bewusst gegen Telegram entschieden oder ihre Kanäle dort eingestellt.

## Entscheidungshilfe

Fragen Sie sich:

1. Wen wollen wir erreichen, und welchen Messenger nutzt diese Gruppe?
2. Brauchen wir Einweg-Kommunikation oder Dialog?
3. Ist der Dienst mit unserem Datenschutzkonzept vereinbar?
4. Passt die Plattform zu unserem Selbstverständnis als öffentliche Stelle?

> Die Wahl eines Messengers ist nicht nur eine technische, sondern auch eine politische Entscheidung. Sie sollte bewusst und dokumentiert getroffen werden.

## Alternativen anbieten

Wer einen Messenger nutzt, sollte dieselben Informationen auch auf anderen Wegen bereitstellen – auf der Website, per Newsletter oder über Warn-Apps. So schließen Sie niemanden aus, der einen bestimmten Dienst nicht nutzen möchte.

Mehr zum Einsatz von WhatsApp-Kanälen lesen Sie in unserer Reihe in der Rubrik [Interviews](/kategorie/interviews). Eine Vorlage für die Datenschutzabwägung finden Sie unter [example.org/messenger-abwaegung](https://example.org/messenger-abwaegung).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "shitstorm-vorbereitung",
    title: "Wenn es stürmt: Vorbereitung auf den Shitstorm",
    excerpt:
      "Ein missverständlicher Beitrag, eine umstrittene Entscheidung – und plötzlich prasseln Hunderte wütende Kommentare auf den Behördenkanal ein. Wie Sie sich vorbereiten und im Ernstfall besonnen reagieren.",
    categories: ["strategie", "redaktionsalltag"],
    author: "tobias-brandt",
    daysAgo: 221,
    cover: "sprechblasen",
    body: `Ein Shitstorm kann jede Behörde treffen. Manchmal ist der Auslöser ein eigener Fehler, manchmal eine politische Entscheidung, für die das Social-Media-Team nichts kann. Entscheidend ist nicht, ob es passiert, sondern wie gut man vorbereitet ist.

## Was ist überhaupt ein Shitstorm?

Nicht jede Welle von Kritik ist ein Shitstorm. Von einem Shitstorm sprechen wir, wenn:

- die Zahl kritischer Reaktionen **sprunghaft und weit über das übliche Maß** steigt
- die Kritik **zunehmend emotional und persönlich** wird
- sie sich **über den eigenen Kanal hinaus** verbreitet, etwa in andere Netzwerke oder Medien

Berechtigte Kritik an einer Entscheidung ist dagegen Teil demokratischer Auseinandersetzung und sollte auch so behandelt werden.

## Vorbereitung: Was vorher feststehen sollte

1. **Eskalationsstufen:** Ab wann wird die Pressestelle, ab wann die Leitung informiert?
2. **Entscheidungswege:** Wer darf am Wochenende eine Stellungnahme freigeben?
3. **Textbausteine:** Vorbereitete Formulierungen für Entschuldigungen, Klarstellungen und Hinweise auf die Netiquette.
4. **Monitoring:** Wie bemerken wir frühzeitig, dass sich etwas zusammenbraut?
5. **Schutz des Teams:** Wer löst ab, wenn die Belastung zu groß wird?

## Im Ernstfall: die ersten Schritte

- **Durchatmen.** Nicht sofort reagieren, sondern zuerst die Lage verstehen. Worum geht es genau?
- **Geplante Beiträge pausieren.** Nichts wirkt schlimmer als ein fröhlicher Routinepost mitten im Sturm.
- **Fakten klären.** Was stimmt an der Kritik, was nicht?
- **Eine Stellungnahme vorbereiten.** Kurz, klar, ohne Rechtfertigungsschleifen.
- **Kommentare moderieren** – nach der Netiquette, nicht nach Gefühl.

## Fehler eingestehen

Wenn der Auslöser ein eigener Fehler war, hilft meist nur eines: ihn zugeben. Eine gute Entschuldigung enthält drei Elemente:

> Wir haben einen Fehler gemacht. Das tut uns leid. So sorgen wir dafür, dass es nicht wieder passiert.

Vermeiden Sie Formulierungen wie „Es tut uns leid, falls sich jemand verletzt gefühlt hat“. Das wird als Ausweichen verstanden.

## Was man nicht tun sollte

- Beiträge kommentarlos löschen, die Kritik ausgelöst haben
- Kritikerinnen und Kritiker blockieren, die sich an die Regeln halten
- mit Ironie oder Sarkasmus antworten
- einzelne Personen öffentlich bloßstellen

## Danach: Auswerten

Nach dem Sturm ist vor der Auswertung. Besprechen Sie im Team, was gut lief und was nicht. Halten Sie Erkenntnisse schriftlich fest und passen Sie Ihre Abläufe an. Nicht zuletzt: Sprechen Sie auch darüber, wie es den Beteiligten geht. Shitstorms sind belastend, selbst wenn man weiß, dass die Wut nicht persönlich gemeint ist.

Eine Vorlage für Eskalationsstufen finden Sie unter [example.org/eskalationsstufen](https://example.org/eskalationsstufen). Mehr zur Moderation lesen Sie in der Rubrik [Redaktionsalltag](/kategorie/redaktionsalltag).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "hochwasser-5-fragen-an-henrik-vossberg",
    title: "Krisenkommunikation beim Hochwasser: 5 Fragen an Henrik Vossberg, Landkreis Auental",
    excerpt:
      "Als der Fluss im Landkreis Auental über die Ufer trat, war der Social-Media-Kanal des Kreises tagelang die wichtigste Informationsquelle. Pressesprecher Henrik Vossberg blickt zurück auf eine Ausnahmesituation.",
    categories: ["best-practice", "interviews"],
    author: "tobias-brandt",
    daysAgo: 204,
    series: { slug: "fuenf-fragen-an", position: 4 },
    cover: "mikrofon",
    body: `Die vierte Folge unserer Reihe **„5 Fragen an …“** führt uns in eine Krisenlage. Im vergangenen Frühjahr stand der Landkreis Auental nach tagelangem Starkregen teilweise unter Wasser. Mehrere Ortsteile mussten evakuiert werden. Henrik Vossberg ist Pressesprecher des Landkreises und hat die Kommunikation in diesen Tagen koordiniert.

### Herr Vossberg, wie haben Sie die ersten Stunden erlebt?

Sehr intensiv. Die erste Meldung über steigende Pegel kam am frühen Abend, zwei Stunden später tagte der Krisenstab. Wir hatten zum Glück einen Krisenplan, in dem stand, dass wir als Pressestelle bereits vor der ersten Lagebesprechung eine Erstinformation absetzen dürfen. Das hat uns wertvolle Zeit verschafft. Unser erster Beitrag war kurz: Wir beobachten die Lage, hier gibt es Informationen, bitte folgen Sie den Anweisungen der Einsatzkräfte.

### Welche Kanäle waren am wichtigsten?

Überraschend deutlich unsere Facebook-Seite. Dort sind viele Menschen aus den betroffenen Dörfern aktiv, auch ältere. Dazu kamen die Warn-Apps, die Website mit einer eigenen Lageseite und das Radio. Instagram war vor allem für Bilder und kurze Videos wichtig, die zeigen, wie ernst die Lage ist. Auf Mastodon haben wir alle Meldungen parallel veröffentlicht, weil dort viele Journalistinnen und Journalisten mitlesen.

### Wie sind Sie mit Gerüchten umgegangen?

Das war eine der größten Herausforderungen. Am zweiten Tag kursierte die Behauptung, ein Damm sei gebrochen. Das stimmte nicht. Wir haben daraufhin eine feste Rubrik eingeführt:

- jeden Abend um 19 Uhr ein „Faktencheck“ mit den häufigsten Gerüchten
- jeweils klare Aussage: stimmt, stimmt nicht oder ist unklar
- mit Verweis auf die Quelle, meistens den Krisenstab

Das hat gut funktioniert, weil die Menschen wussten, wann und wo sie verlässliche Antworten bekommen.

### Wie haben Sie das Team geschützt?

Anfangs gar nicht gut genug, das muss ich ehrlich sagen. In den ersten 36 Stunden haben zwei Kolleginnen fast durchgearbeitet. Am zweiten Tag haben wir einen Schichtplan eingeführt und Unterstützung aus dem Kreisjugendamt und der Wirtschaftsförderung bekommen, die vorher geschult worden waren. Diese Vorab-Schulung war Gold wert.

### Was würden Sie anderen Landkreisen mitgeben?

> Üben Sie den Ernstfall, bevor er eintritt. Und zwar mit echten Zugängen, echten Abläufen und echten Menschen, die auch einmal nachts angerufen werden.

Außerdem: Legen Sie feste Update-Zeiten fest und halten Sie sie ein. Und vergessen Sie nach der Krise den Dank nicht – an Einsatzkräfte, Ehrenamtliche und auch an das eigene Team.

*Den Auswertungsbericht des Landkreises Auental finden Sie unter [example.org/auental-hochwasser-bericht](https://example.org/auental-hochwasser-bericht). Grundlagen zur ersten Stunde einer Krise lesen Sie in der Rubrik [Strategie](/kategorie/strategie).*`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "eigene-bildsprache-entwickeln",
    title: "Eine eigene Bildsprache für die Verwaltung entwickeln",
    excerpt:
      "Ob Foto, Grafik oder Video: Eine wiedererkennbare Bildsprache macht Behördenkanäle professioneller und spart im Alltag Zeit. So entwickeln Sie Leitlinien, die auch ohne Designabteilung funktionieren.",
    categories: ["best-practice"],
    author: "jana-wiesner",
    daysAgo: 187,
    body: `Scrollt man durch die Kanäle mancher Verwaltungen, sieht man ein buntes Durcheinander: Handyfotos neben Stockbildern, fünf verschiedene Schriftarten auf Sharepics, mal bunt, mal grau. Das wirkt unruhig und erschwert die Wiedererkennung. Eine eigene Bildsprache schafft Abhilfe – und ist auch ohne große Designabteilung machbar.

## Was Bildsprache umfasst

Bildsprache ist mehr als ein Logo. Dazu gehören:

- **Farben:** eine kleine Palette aus zwei bis vier Haupt- und Akzentfarben
- **Schrift:** möglichst eine gut lesbare Schrift für Grafiken
- **Fotostil:** hell oder kontrastreich, nah oder mit viel Umgebung, gestellt oder dokumentarisch
- **Grafikelemente:** Formen, Rahmen oder Icons, die immer wieder auftauchen
- **Vorlagen:** fertige Layouts für wiederkehrende Formate

## Von der Website ausgehen

Die meisten Verwaltungen haben bereits ein Corporate Design, zumindest für Briefbogen und Website. Nutzen Sie es als Ausgangspunkt. Prüfen Sie aber, ob die Farben auf dem Smartphone gut funktionieren und ausreichend Kontrast bieten. Manche Farbpaletten sind für Druck gemacht und wirken auf Bildschirmen blass.

## Ein Fotostil, der zu Ihnen passt

Überlegen Sie, wie Ihre Fotos wirken sollen. Viele Verwaltungen setzen inzwischen auf einen *dokumentarischen Stil*: echte Menschen bei echter Arbeit, natürliches Licht, wenig Inszenierung. Das wirkt glaubwürdig und ist leichter umzusetzen als aufwendige Studioaufnahmen.

Hilfreich sind ein paar einfache Regeln:

1. Menschen stehen im Mittelpunkt, nicht Gebäude oder Schreibtische.
2. Lieber nah heran als alles aufs Bild.
3. Keine Fotos von Händeschütteln vor Stellwänden, wenn es sich vermeiden lässt.
4. Hochformat für Stories und Reels von Anfang an mitdenken.

> Die beste Bildsprache ist die, die auch eine Kollegin ohne Designausbildung an einem hektischen Dienstagmorgen umsetzen kann.

## Vorlagen statt Einzelanfertigungen

Erstellen Sie Vorlagen für Formate, die regelmäßig vorkommen: Baustellenmeldung, Veranstaltungshinweis, Stellenanzeige, Warnung. Viele Grafikprogramme erlauben es, Vorlagen mit festen Farben und Schriften zu speichern. So bleibt das Erscheinungsbild einheitlich, auch wenn verschiedene Personen Grafiken erstellen.

## Barrierefreiheit einbauen

Prüfen Sie jede Vorlage auf Kontrast und Schriftgröße, bevor sie eingesetzt wird. Verzichten Sie auf Text in Bildern, wo es nicht nötig ist, und planen Sie für Sharepics immer Platz für einen Alt-Text im Redaktionsablauf ein.

## Die Leitlinien dokumentieren

Halten Sie alles auf wenigen Seiten fest: Farbwerte, Schrift, Beispiele für gute und weniger gute Fotos, Links zu den Vorlagen. Ein solches Dokument hilft auch externen Fotografinnen und Fotografen sowie Fachämtern, die Material zuliefern. Ein Beispiel für ein kompaktes Bildsprache-Handbuch haben wir unter [example.org/bildsprache-beispiel](https://example.org/bildsprache-beispiel) veröffentlicht.

## Geduld haben

Eine Bildsprache setzt sich nicht über Nacht durch. Rechnen Sie mit einigen Monaten, bis alle Beteiligten sie verinnerlicht haben. Weitere Praxisbeispiele finden Sie in der Rubrik [Best Practice](/kategorie/best-practice).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "musik-in-videos-was-ist-erlaubt",
    title: "Musik in Videos: Was ist für Behörden erlaubt?",
    excerpt:
      "Ein Reel ohne Musik wirkt oft nüchtern, doch bei Musik lauern rechtliche Fallstricke. Welche Quellen Behörden nutzen können, was es mit Plattform-Bibliotheken auf sich hat und wann Sie besser verzichten.",
    categories: ["rechtliches"],
    author: "martin-ohlsen",
    daysAgo: 170,
    cover: "mikrofon",
    body: `Die Schnitt-App schlägt einen aktuellen Charthit vor, das Video wirkt sofort lebendiger – und das Social-Media-Team fragt sich: Dürfen wir das? Musik in Videos gehört zu den rechtlich kniffligsten Themen. Für Behörden gilt dabei besondere Sorgfalt.

*Hinweis:* Dies ist eine allgemeine Orientierung ohne Anspruch auf Vollständigkeit. Lizenzbedingungen ändern sich, und im Einzelfall sollten Sie Ihr Rechtsamt einbeziehen.

## Warum Musik so kompliziert ist

An einem Musikstück hängen meist mehrere Rechte: die der Komponistin oder des Komponisten, der Textdichtenden, der ausübenden Musikerinnen und Musiker und des Labels. Wer Musik in einem Video verwenden möchte, braucht eine Erlaubnis für all diese Rechte – für genau diese Art der Nutzung.

## Die Plattform-Bibliotheken

Viele Plattformen bieten in ihren Apps eine Musikauswahl an. Das wirkt bequem, hat aber Tücken:

- Die Lizenzen gelten häufig **nur innerhalb der Plattform** und oft nur für private Nutzung.
- Für Konten von Organisationen stehen manchmal **nur eingeschränkte Bibliotheken** zur Verfügung.
- Wird das Video **auf anderen Kanälen** wiederverwendet, etwa auf der Website, ist die Musik dort nicht lizenziert.

Prüfen Sie deshalb die Nutzungsbedingungen genau, bevor Sie Musik aus der App übernehmen.

## Sichere Alternativen

1. **Lizenzfreie Musikbibliotheken mit klaren Bedingungen:** Achten Sie darauf, dass kommerzielle bzw. institutionelle Nutzung erlaubt ist und ob eine Namensnennung nötig ist.
2. **Gekaufte Lizenzen:** Für häufig genutzte Stücke kann eine Jahreslizenz bei einem Anbieter sinnvoll sein.
3. **Eigene Musik:** Vielleicht gibt es an der städtischen Musikschule Talente, die gern ein Erkennungsstück komponieren – mit schriftlicher Rechteübertragung.
4. **Gemeinfreie Werke:** Die Komposition ist frei, aber Vorsicht: Die konkrete Aufnahme kann trotzdem geschützt sein.

> Die sicherste Musik ist die, deren Lizenz Sie schriftlich vorliegen haben – mit Angabe, wo und wie lange Sie sie nutzen dürfen.

## Manchmal ist weniger mehr

Nicht jedes Video braucht Musik. Gerade bei Erklärvideos lenkt Hintergrundmusik oft ab und erschwert Menschen mit Hörbeeinträchtigung das Verstehen. Originalton, etwa von einer Baustelle oder einem Stadtfest, kann atmosphärischer sein als jedes Musikstück.

## Dokumentation

Halten Sie für jedes Video fest, welche Musik verwendet wurde, woher sie stammt und unter welcher Lizenz. Im Streitfall müssen Sie nachweisen können, dass die Nutzung erlaubt war. Eine einfache Tabelle im gemeinsamen Laufwerk genügt.

Eine Liste mit Fragen zur Prüfung von Musiklizenzen finden Sie unter [example.org/musiklizenzen-checkliste](https://example.org/musiklizenzen-checkliste). Mehr zu Bildrechten lesen Sie in der Rubrik [Rechtliches](/kategorie/rechtliches).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "ratssitzungen-live-streamen",
    title: "Ratssitzungen live streamen: Technik, Recht, Ablauf",
    excerpt:
      "Immer mehr Kommunen übertragen Sitzungen des Stadt- oder Gemeinderats live im Netz. Was rechtlich geklärt sein muss, welche Technik Sie brauchen und wie Sie den Stream auf Social Media begleiten.",
    categories: ["best-practice", "rechtliches"],
    author: "martin-ohlsen",
    daysAgo: 152,
    cover: "rathaus",
    body: `Ratssitzungen sind öffentlich – aber wer hat schon Zeit, an einem Dienstagnachmittag ins Rathaus zu gehen? Livestreams machen kommunale Demokratie zugänglicher. Gleichzeitig gibt es einige Hürden, die vorher genommen werden müssen.

## Die rechtliche Grundlage

Bevor die erste Kamera läuft, braucht es eine klare Regelung. Das ist in der Regel:

- eine **Regelung in der Geschäftsordnung** oder Hauptsatzung, die Übertragungen erlaubt
- die **Einwilligung der Ratsmitglieder**, die gefilmt werden, oder eine entsprechende gesetzliche Grundlage im jeweiligen Bundesland
- eine Lösung für **Mitglieder, die nicht übertragen werden möchten**, etwa Kameraeinstellungen, die sie nicht zeigen
- ein Verfahren für **Beschäftigte der Verwaltung**, die in der Sitzung vortragen
- **Datenschutzhinweise** für Zuschauerinnen und Zuschauer im Saal

*Wichtig:* Die Rechtslage unterscheidet sich zwischen den Bundesländern. Klären Sie die Details mit Ihrer Kommunalaufsicht und dem Datenschutz.

## Die Technik

Sie brauchen keine Fernsehausrüstung. Viele Kommunen arbeiten mit:

1. zwei bis drei fest installierten Kameras, die automatisch auf das aktive Mikrofon schwenken
2. einer Anbindung an die vorhandene Saalmikrofonanlage
3. einem Rechner mit Streaming-Software
4. einer ausreichend stabilen Internetverbindung im Sitzungssaal

Für den Start reicht auch eine einzelne Kamera mit Blick auf das Präsidium und das Rednerpult. Wichtig ist vor allem guter Ton.

## Wo gestreamt wird

Ob auf der eigenen Website, auf einer Videoplattform oder über Social Media: Jede Lösung hat Vor- und Nachteile. Eine eigene Lösung ist datensparsamer, eine große Plattform bietet mehr Reichweite. Viele Kommunen streamen auf der Website und verlinken aus Social Media dorthin.

## Begleitung auf Social Media

Ein Livestream allein erreicht wenige Menschen. Kündigen Sie die Sitzung an und begleiten Sie sie:

- **Vorab:** Tagesordnung mit den spannendsten Punkten in verständlicher Sprache
- **Während der Sitzung:** kurze Hinweise, wenn ein wichtiger Punkt aufgerufen wird
- **Danach:** Zusammenfassung der Beschlüsse, gern als Karussell

> Ein Stream mit vier Stunden Sitzung ist Transparenz. Eine Zusammenfassung in fünf Punkten ist Information. Beides zusammen ist gute Kommunikation.

## Neutralität beachten

Die Begleitung muss sachlich und neutral bleiben. Geben Sie keine Wertungen zu Redebeiträgen ab und achten Sie darauf, dass alle Fraktionen fair vorkommen. Auch die Auswahl von Ausschnitten für Social Media darf nicht einseitig sein.

## Aufzeichnungen

Klären Sie, ob und wie lange Aufzeichnungen abrufbar bleiben. Manche Kommunen löschen sie nach wenigen Wochen, andere archivieren sie dauerhaft. Die Entscheidung gehört in die Regelung zur Übertragung.

Ein Muster für eine Regelung zur Übertragung finden Sie unter [example.org/ratsstream-muster](https://example.org/ratsstream-muster). Weitere Praxisbeispiele lesen Sie in der Rubrik [Best Practice](/kategorie/best-practice).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "darf-eine-behoerde-witzig-sein",
    title: "Darf eine Behörde witzig sein?",
    excerpt:
      "Humorvolle Behördenaccounts erreichen oft ein großes Publikum. Doch wo liegt die Grenze zwischen sympathisch und unangemessen? Über Chancen und Risiken von Humor in der öffentlichen Kommunikation.",
    categories: ["best-practice", "strategie"],
    author: "aylin-kaya",
    daysAgo: 139,
    body: `Einige der bekanntesten Behördenaccounts im deutschsprachigen Raum verdanken ihre Reichweite vor allem einem: Humor. Ein Wortspiel hier, ein selbstironischer Kommentar dort – und plötzlich teilen Tausende einen Beitrag über Parkverbote. Doch nicht jeder Witz zündet, und manche gehen gründlich daneben.

## Warum Humor funktioniert

Humor schafft Nähe. Er bricht das Bild der trockenen, unnahbaren Verwaltung auf und macht Inhalte teilbar. Gut gemachte humorvolle Beiträge können:

- Aufmerksamkeit für wichtige, aber langweilige Themen wecken
- das Vertrauen in eine Behörde stärken, weil sie menschlich wirkt
- Reichweite weit über die eigene Community hinaus erzielen

## Wo die Grenzen liegen

Trotzdem ist Humor für Behörden riskanter als für Unternehmen. Einige Regeln helfen:

1. **Nie auf Kosten von Menschen.** Kein Spott über Bürgerinnen und Bürger, Antragstellende oder Falschparkerinnen mit Namen und Gesicht.
2. **Nie bei ernsten Themen.** Unfälle, Krankheit, Armut, Gewalt und Krisen sind tabu.
3. **Nicht gegen Gruppen.** Witze, die auf Herkunft, Geschlecht, Alter oder Behinderung abzielen, sind ausgeschlossen.
4. **Nicht auf Kosten der Information.** Die wichtige Botschaft muss auch ohne Pointe verständlich sein.

> Die Frage ist nicht, ob eine Behörde witzig sein darf. Die Frage ist, ob dieser Witz zu dieser Behörde in diesem Moment passt.

## Selbstironie als sicherer Weg

Am wenigsten riskant ist Humor, der sich gegen die eigene Institution richtet. Ein Augenzwinkern über lange Bearbeitungszeiten oder das legendäre Formular in dreifacher Ausfertigung zeigt Selbstbewusstsein – und wird meist gut aufgenommen. Vorsicht nur, wenn die Kritik ernste Hintergründe hat. Wer monatelang auf einen Termin wartet, findet Witze darüber womöglich weniger lustig.

## Zur eigenen Stimme passen

Nicht jede Behörde muss humorvoll sein. Ein Ministerium hat eine andere Tonalität als ein städtischer Zoo, ein Jobcenter eine andere als eine Stadtbibliothek. Humor sollte zur Institution und zu den Menschen passen, die den Kanal betreuen. Erzwungene Witze merkt das Publikum sofort.

## Den Humor im Team verankern

Damit Humor nicht zum Risiko wird, sollten im Team einige Dinge geklärt sein:

- Wer entscheidet im Zweifel, ob ein Beitrag zu weit geht?
- Gilt das Vier-Augen-Prinzip für humorvolle Beiträge?
- Gibt es Rückendeckung der Leitung, auch wenn ein Witz mal nicht ankommt?

## Wenn es schiefgeht

Ein misslungener Witz ist kein Weltuntergang. Entscheidend ist die Reaktion: Beitrag überprüfen, gegebenenfalls löschen, kurz und ehrlich erklären. Viele Menschen verzeihen einen Fehler, wenn die Behörde ihn offen eingesteht.

Mehr über Tonalität und Strategie lesen Sie in der Rubrik [Strategie](/kategorie/strategie). Eine kleine Entscheidungshilfe für humorvolle Beiträge gibt es unter [example.org/humor-check](https://example.org/humor-check).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "leichte-sprache-in-sozialen-netzwerken",
    title: "Leichte Sprache in sozialen Netzwerken",
    excerpt:
      "Leichte Sprache hilft Menschen mit Lernschwierigkeiten, Informationen selbstständig zu verstehen. Wie Behörden sie auf Social Media einsetzen können und worin sie sich von Einfacher Sprache unterscheidet.",
    categories: ["basics", "best-practice"],
    author: "jana-wiesner",
    daysAgo: 121,
    cover: "sprechblasen",
    body: `Viele Menschen haben Schwierigkeiten, komplizierte Texte zu verstehen. Dazu gehören Menschen mit Lernschwierigkeiten, aber auch viele andere. Leichte Sprache ist ein Weg, um Informationen für sie zugänglich zu machen. Auch auf Social Media.

## Leichte Sprache und Einfache Sprache

Die beiden Begriffe werden oft verwechselt. Der Unterschied:

- **Leichte Sprache** folgt festen Regeln und richtet sich vor allem an Menschen mit Lernschwierigkeiten. Texte in Leichter Sprache sollten von Menschen aus der Zielgruppe geprüft werden.
- **Einfache Sprache** ist weniger streng geregelt. Sie ist verständlicher als Standardsprache, aber nicht so stark vereinfacht wie Leichte Sprache.

Für die meisten Social-Media-Beiträge ist Einfache Sprache ein guter Standard. Leichte Sprache eignet sich für besondere Angebote und wichtige Informationen.

## Die wichtigsten Regeln

Einige Grundregeln der Leichten Sprache:

1. Jeder Satz enthält nur eine Aussage.
2. Kurze Sätze, am besten ohne Nebensätze.
3. Bekannte Wörter statt Fachbegriffe.
4. Lange Wörter mit Mediopunkt oder Bindestrich trennen, etwa Bürger·büro.
5. Keine Verneinungen, wo es sich vermeiden lässt.
6. Zahlen als Ziffern schreiben.

## Ein Beispiel

*Standardsprache:*

„Aufgrund von Sanierungsarbeiten bleibt das Bürgerbüro vom 3. bis einschließlich 7. März geschlossen. Dringende Angelegenheiten können in der Außenstelle Nord erledigt werden.“

*Leichte Sprache:*

> Das Bürger·büro ist zu.
>
> Vom 3. März bis zum 7. März.
>
> Das Bürger·büro wird repariert.
>
> Sie haben eine wichtige Sache?
>
> Dann gehen Sie zum Bürger·büro Nord.

## Wie Behörden Leichte Sprache nutzen können

- **Eigene Rubrik:** Ein regelmäßiges Format, etwa „Einfach erklärt“, macht Leichte Sprache sichtbar.
- **Wichtige Informationen doppelt:** Bei Warnungen oder Wahlen lohnt sich eine zusätzliche Fassung in Leichter Sprache.
- **Bilder unterstützen:** Klare Fotos oder Symbole helfen beim Verstehen.
- **Verlinkung:** Viele Verwaltungen haben bereits Seiten in Leichter Sprache auf ihrer Website. Verweisen Sie darauf.

## Zusammenarbeit lohnt sich

Texte in Leichter Sprache sollten von geschulten Menschen geschrieben und von Prüferinnen und Prüfern aus der Zielgruppe gelesen werden. Viele Einrichtungen der Behindertenhilfe bieten das als Dienstleistung an. Für Social Media kann es sinnvoll sein, mit einem solchen Büro einen Rahmenvertrag für kurze Texte abzuschließen.

## Auch Standardtexte profitieren

Selbst wenn Sie nicht alles in Leichte Sprache übersetzen: Die Regeln verbessern jeden Text. Kürzere Sätze, weniger Fachbegriffe und eine klare Struktur helfen allen Leserinnen und Lesern.

Eine Übersicht über die Regeln finden Sie unter [example.org/leichte-sprache-regeln](https://example.org/leichte-sprache-regeln). Weitere Tipps für barrierearme Beiträge stehen in der Rubrik [Basics](/kategorie/basics).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "ki-texte-im-behoerdenalltag",
    title: "KI-Texte im Behördenalltag: Hilfe mit Haken",
    excerpt:
      "Textgeneratoren versprechen schnelle Entwürfe für Posts, Antworten und Zusammenfassungen. Für Social-Media-Teams in Behörden können sie entlasten – wenn Datenschutz, Qualitätskontrolle und Transparenz stimmen.",
    categories: ["redaktionsalltag", "strategie"],
    author: "aylin-kaya",
    daysAgo: 104,
    cover: "netzwerk",
    body: `Generative KI ist in vielen Verwaltungen angekommen – offiziell oder inoffiziell. Auch in Social-Media-Teams wird ausprobiert: Beitragsentwürfe, Umformulierungen, Hashtag-Vorschläge, Zusammenfassungen langer Pressemitteilungen. Das kann viel Zeit sparen. Es bringt aber auch neue Fragen mit sich.

## Wo KI-Werkzeuge helfen können

In unserer Erfahrung sind Textgeneratoren besonders nützlich bei:

- **Varianten:** Aus einer Pressemitteilung mehrere kurze Fassungen für verschiedene Plattformen entwerfen
- **Vereinfachung:** Einen Fachtext in verständlichere Sprache übertragen – als Vorschlag, nicht als fertiges Ergebnis
- **Ideen:** Brainstorming für Themen, Formate oder Überschriften
- **Struktur:** Gliederungen für längere Beiträge oder FAQ

## Wo Vorsicht geboten ist

1. **Fakten:** KI-Werkzeuge erfinden gelegentlich Informationen, die plausibel klingen, aber falsch sind. Jede Zahl, jedes Datum und jeder Name muss geprüft werden.
2. **Datenschutz:** Geben Sie keine personenbezogenen Daten, internen Dokumente oder vertraulichen Informationen in Werkzeuge ein, die nicht vom Haus freigegeben sind.
3. **Tonalität:** Generierte Texte klingen oft austauschbar. Ohne Überarbeitung verliert der Kanal seine Stimme.
4. **Antworten auf Kommentare:** Automatisch generierte Antworten an Bürgerinnen und Bürger sind heikel. Menschen erwarten, dass ein Mensch antwortet.

> KI kann einen ersten Entwurf liefern. Die Verantwortung für den letzten Entwurf bleibt beim Menschen.

## Regeln für das Team

Bevor KI-Werkzeuge im Redaktionsalltag genutzt werden, sollten einige Punkte geklärt sein:

- Welche Werkzeuge sind freigegeben, und in welcher Version?
- Welche Daten dürfen eingegeben werden, welche nicht?
- Wer prüft die Ergebnisse vor der Veröffentlichung?
- Kennzeichnen wir KI-Unterstützung, und wenn ja, wie?

Viele Verwaltungen haben inzwischen eigene Leitlinien für KI. Stimmen Sie die Nutzung im Social-Media-Team darauf ab, statt eigene Regeln zu erfinden.

## Transparenz

Ob KI-unterstützte Texte gekennzeichnet werden müssen, hängt vom Einzelfall und von der Entwicklung der Rechtslage ab. Unabhängig davon empfehlen wir Offenheit: Wenn ein Bild vollständig generiert ist, sollte das erkennbar sein. Für Texte, die von Menschen überarbeitet und verantwortet werden, ist eine Kennzeichnung meist nicht nötig, kann aber intern dokumentiert werden.

## Generierte Bilder

Bei Bildern ist besondere Zurückhaltung angebracht. Ein generiertes Foto einer Baustelle, die es so nicht gibt, untergräbt das Vertrauen in alle anderen Bilder der Behörde. Für Illustrationen und Symbolbilder kann KI dagegen eine Hilfe sein – gekennzeichnet und mit geklärten Nutzungsrechten.

## Klein anfangen

Starten Sie mit einem klar umrissenen Anwendungsfall, etwa Varianten für verschiedene Plattformen. Sammeln Sie Erfahrungen, werten Sie sie aus und erweitern Sie die Nutzung schrittweise. Ein Muster für eine Team-Leitlinie finden Sie unter [example.org/ki-leitlinie](https://example.org/ki-leitlinie). Mehr zum Thema lesen Sie in der Rubrik [Redaktionsalltag](/kategorie/redaktionsalltag).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "falschmeldungen-richtigstellen",
    title: "Falschmeldungen richtigstellen, ohne sie zu verbreiten",
    excerpt:
      "Gerüchte über Schulschließungen, angebliche Gebührenerhöhungen oder erfundene Zitate: Behörden müssen Falschmeldungen oft korrigieren. Wie das gelingt, ohne der Falschinformation zusätzliche Reichweite zu verschaffen.",
    categories: ["redaktionsalltag", "strategie"],
    author: "tobias-brandt",
    daysAgo: 88,
    body: `Am Montagmorgen klingelt das Telefon im Bürgerbüro ununterbrochen. In einer lokalen Facebook-Gruppe kursiert seit dem Wochenende die Behauptung, die Stadt wolle die Hundesteuer verdreifachen. Stimmt nicht – aber wie korrigiert man so etwas, ohne das Gerücht noch bekannter zu machen?

## Erst prüfen, dann reagieren

Nicht jede Falschmeldung braucht eine öffentliche Richtigstellung. Stellen Sie sich drei Fragen:

1. **Wie weit ist sie verbreitet?** Ein einzelner Kommentar unter einem Beitrag ist etwas anderes als eine Meldung, die in mehreren Gruppen geteilt wird.
2. **Wie groß ist der mögliche Schaden?** Geht es um Sicherheit, Gesundheit oder Geld, ist schnelles Handeln wichtiger.
3. **Erreichen wir mit einer Korrektur die Betroffenen?** Eine Richtigstellung auf dem eigenen Kanal nützt wenig, wenn das Gerücht ganz woanders kursiert.

Ist die Verbreitung gering und der Schaden klein, kann eine gezielte Antwort direkt am Ort des Gerüchts sinnvoller sein als ein eigener Beitrag.

## Das Wahrheits-Sandwich

Eine bewährte Methode ist das sogenannte *Wahrheits-Sandwich*:

- **Mit der Tatsache beginnen:** „Die Hundesteuer in Lindenbrück bleibt unverändert bei 96 Euro im Jahr.“
- **Die Falschmeldung kurz benennen:** „In sozialen Netzwerken wird derzeit behauptet, sie werde verdreifacht. Das ist falsch.“
- **Mit der Tatsache enden:** „Eine Änderung ist nicht geplant. Alle Gebühren finden Sie hier.“

So steht die richtige Information am Anfang und am Ende, und die Falschmeldung wird nicht unnötig wiederholt.

> Wiederholen Sie eine Falschmeldung niemals in der Überschrift oder im ersten Satz. Viele Menschen lesen nur diesen Teil.

## Gestaltung von Richtigstellungen

- Keine Sharepics, auf denen die Falschmeldung groß abgebildet und durchgestrichen ist. Das Bild wird oft ohne Kontext weiterverbreitet.
- Eine klare Quelle nennen, etwa einen Ratsbeschluss oder eine Satzung.
- Sachlich bleiben, auch wenn die Falschmeldung absichtlich gestreut wurde.
- Nicht über Motive spekulieren.

## Vorbeugen ist besser

Viele Gerüchte entstehen, weil Informationen fehlen. Wenn etwa über eine Gebührenerhöhung beraten wird, hilft frühzeitige und verständliche Information. Erklären Sie, was geplant ist, was noch offen ist und wann entschieden wird. Das lässt weniger Raum für Spekulationen.

## Netzwerk nutzen

Falschmeldungen verbreiten sich oft in Räumen, in denen die Behörde nicht präsent ist: private Gruppen, Messenger, Nachbarschaftsplattformen. Hier können Partner helfen:

- Lokalmedien, die die Richtigstellung aufgreifen
- Ortsvorsteherinnen und Ortsvorsteher
- Vereine und Initiativen mit eigenen Kanälen
- Administratorinnen und Administratoren lokaler Gruppen

## Intern vorbereiten

Legen Sie fest, wer entscheidet, ob und wie auf eine Falschmeldung reagiert wird. Informieren Sie Bürgerbüro und Telefonzentrale, damit dort dieselben Antworten gegeben werden. Eine Vorlage für Richtigstellungen finden Sie unter [example.org/richtigstellung-vorlage](https://example.org/richtigstellung-vorlage). Mehr zu Krisen und Moderation lesen Sie in der Rubrik [Redaktionsalltag](/kategorie/redaktionsalltag).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "wie-gross-muss-ein-social-media-team-sein",
    title: "Wie groß muss ein Social-Media-Team sein?",
    excerpt:
      "„Das macht die Kollegin nebenbei“ – für viele Verwaltungen ist das noch immer die Realität. Wir rechnen vor, wie viel Arbeit in einem Behördenkanal steckt, und geben Argumente für das Gespräch mit der Leitung.",
    categories: ["strategie"],
    author: "tobias-brandt",
    daysAgo: 73,
    cover: "diagramm",
    body: `Die Frage nach dem Personal ist die Frage, die uns am häufigsten erreicht. Viele Social-Media-Verantwortliche in Behörden betreuen mehrere Kanäle mit einer halben Stelle – oder ganz ohne eigene Stellenanteile. Die Erwartungen der Leitung wachsen trotzdem. Zeit für eine nüchterne Rechnung.

## Was alles zur Arbeit gehört

Wer von außen auf einen Behördenkanal schaut, sieht nur die Beiträge. Dahinter steckt deutlich mehr:

- **Planung:** Redaktionsplan, Abstimmung mit Fachämtern, Themenfindung
- **Produktion:** Texte, Fotos, Grafiken, Videos, Alt-Texte, Untertitel
- **Freigabe:** Abstimmungen und Korrekturschleifen
- **Community Management:** Kommentare lesen, beantworten, moderieren, dokumentieren
- **Direktnachrichten:** Anfragen beantworten oder weiterleiten
- **Monitoring:** beobachten, was über die Behörde gesprochen wird
- **Auswertung:** Kennzahlen sammeln und berichten
- **Weiterbildung:** Plattformen ändern sich ständig

## Eine Beispielrechnung

Nehmen wir eine Stadt mit 50.000 Einwohnerinnen und Einwohnern, die drei Kanäle betreibt und insgesamt zehn Beiträge pro Woche veröffentlicht.

1. Planung und Abstimmung: etwa 4 Stunden pro Woche
2. Produktion von zehn Beiträgen inklusive Bildern: etwa 12 Stunden
3. Community Management und Nachrichten: etwa 8 Stunden
4. Monitoring und Auswertung: etwa 3 Stunden
5. Sonstiges, Weiterbildung, Besprechungen: etwa 3 Stunden

Das ergibt rund **30 Stunden pro Woche** – ohne Krisen, Kampagnen oder Videoprojekte. Eine halbe Stelle reicht dafür nicht.

> Wer Social Media mit einer halben Stelle betreibt, muss entweder weniger machen oder akzeptieren, dass vieles liegen bleibt.

## Ein Richtwert

Aus Gesprächen mit vielen Verwaltungen leiten wir als grobe Orientierung ab:

- **kleine Gemeinde, ein bis zwei Kanäle:** mindestens eine halbe Stelle
- **mittlere Stadt oder Landkreis, drei bis vier Kanäle:** ein bis zwei Vollzeitstellen
- **Großstadt oder Landesbehörde mit Videoformaten:** ein Team ab drei Personen

Dazu kommen Vertretungsregelungen und die Erreichbarkeit in Krisen.

## Argumente für die Leitung

Im Gespräch mit der Amtsleitung helfen konkrete Argumente:

- Social Media ist ein Servicekanal, über den Menschen Fragen stellen und Antworten erwarten.
- In Krisen ist ein gut betreuter Kanal unverzichtbar und kann nicht kurzfristig aufgebaut werden.
- Unbeantwortete Kommentare und verwaiste Kanäle schaden dem Ansehen der Behörde.
- Erfolgreiche Nachwuchsgewinnung spart langfristig Kosten.

## Wenn mehr Personal nicht möglich ist

Dann muss das Angebot angepasst werden: weniger Kanäle, weniger Beiträge, klare Erreichbarkeitszeiten. Das ist keine Niederlage, sondern eine ehrliche Priorisierung. Ein sauber betreuter Kanal ist besser als drei vernachlässigte.

Eine Vorlage für eine Aufgabenanalyse finden Sie unter [example.org/aufgabenanalyse](https://example.org/aufgabenanalyse). Weitere Strategiebeiträge lesen Sie in der Rubrik [Strategie](/kategorie/strategie).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "podcast-fuers-rathaus",
    title: "Ein Podcast fürs Rathaus: Lohnt sich das?",
    excerpt:
      "Podcasts erfreuen sich großer Beliebtheit, und auch einige Verwaltungen produzieren inzwischen eigene Folgen. Was ein Behördenpodcast leisten kann, welche Formate sich eignen und wie viel Aufwand realistisch ist.",
    categories: ["best-practice"],
    author: "aylin-kaya",
    daysAgo: 61,
    cover: "mikrofon",
    body: `Zwischen zwei Terminen Kopfhörer aufsetzen und zuhören, wie die Stadtplanung den neuen Bahnhofsvorplatz entwirft: Für manche Menschen ist das eine attraktive Vorstellung. Behördenpodcasts sind noch selten, aber die Zahl wächst. Lohnt sich der Aufwand?

## Was ein Podcast leisten kann

Ein Podcast ist kein Kanal für schnelle Information. Seine Stärken liegen woanders:

- **Tiefe:** Komplexe Themen lassen sich in Ruhe erklären.
- **Nähe:** Stimmen schaffen eine persönliche Verbindung zu den Menschen in der Verwaltung.
- **Verfügbarkeit:** Folgen bleiben lange abrufbar und können immer wieder genutzt werden.
- **Material:** Aus einer Folge lassen sich Zitate, kurze Audio-Clips und Videos für Social Media gewinnen.

## Mögliche Formate

1. **Gesprächsformat:** Die Moderation spricht mit einer Person aus der Verwaltung über ihr Fachgebiet.
2. **Erklärformat:** Eine Folge erklärt ein Thema, etwa „Wie entsteht ein Bebauungsplan?“.
3. **Reportage:** Aufnahmen vor Ort, etwa im Klärwerk oder bei der Nachtschicht der Straßenmeisterei.
4. **Bürgerfragen:** Fragen aus der Bevölkerung werden gesammelt und in einer Folge beantwortet.

Für den Einstieg empfehlen wir das Gesprächsformat. Es ist am einfachsten zu produzieren.

## Die Technik

Gute Tonqualität ist wichtig, erfordert aber kein Studio:

- zwei dynamische Mikrofone mit USB- oder Audio-Interface-Anschluss
- ein ruhiger Raum mit Teppich, Vorhängen oder Bücherregalen
- eine Aufnahme- und Schnittsoftware
- ein Hosting-Dienst, der den Podcast an die gängigen Plattformen verteilt

Alternativ lassen sich Folgen auch auf der eigenen Website bereitstellen.

## Der Aufwand

Unterschätzen Sie den Aufwand nicht. Pro Folge von 25 Minuten sollten Sie rechnen mit:

- 2 Stunden Vorbereitung und Gesprächsplanung
- 1 Stunde Aufnahme
- 3 bis 4 Stunden Schnitt und Nachbearbeitung
- 2 Stunden für Transkript, Beschreibung und Social-Media-Begleitung

Ein Transkript ist übrigens nicht nur für die Barrierefreiheit wichtig, sondern macht die Inhalte auch über Suchmaschinen auffindbar.

> Ein Podcast ist ein Marathon. Planen Sie mindestens sechs Folgen, bevor Sie über Erfolg oder Misserfolg urteilen.

## Reichweite realistisch einschätzen

Behördenpodcasts erreichen selten Tausende Hörerinnen und Hörer pro Folge. Ein paar Hundert sind schon ein guter Wert. Entscheidend ist, wen Sie erreichen: oft besonders interessierte Bürgerinnen und Bürger, Lokalpolitik, Medien und potenzielle Bewerberinnen und Bewerber.

## Fazit

Ein Podcast lohnt sich, wenn Sie Themen mit Erklärbedarf haben, Menschen im Haus, die gern erzählen, und die Zeit für eine regelmäßige Produktion. Er ist keine Pflicht, aber eine schöne Ergänzung. Eine Checkliste für den Start finden Sie unter [example.org/podcast-checkliste](https://example.org/podcast-checkliste), weitere Beispiele in der Rubrik [Best Practice](/kategorie/best-practice).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "fachthemen-verstaendlich-erklaeren-social-media-im-ministerium",
    title: "Fachthemen verständlich erklären: Social Media im Ministerium",
    excerpt:
      "Ministerien und Landesbehörden haben es schwerer als Städte: Ihre Themen sind abstrakter, ihr Publikum ist weiter verstreut. Wie man Gesetzentwürfe, Förderprogramme und Statistiken trotzdem greifbar macht.",
    categories: ["strategie"],
    author: "martin-ohlsen",
    daysAgo: 47,
    cover: "rathaus",
    body: `Eine Stadtverwaltung kann über die neue Kita, den gesperrten Radweg oder das Sommerfest posten. Ein Landesministerium hat es schwerer: Es geht um Verordnungen, Förderrichtlinien und Statistiken. Diese Themen betreffen viele Menschen, wirken aber abstrakt. Wie lässt sich das ändern?

## Vom Paragrafen zum Alltag

Der wichtigste Schritt ist eine Übersetzungsleistung: Was bedeutet eine Regelung konkret für die Menschen? Statt „Novellierung der Landesbauordnung“ lieber:

> Ab Juli dürfen Sie ein kleines Gartenhaus ohne Baugenehmigung aufstellen, wenn es nicht größer als 10 Quadratmeter ist.

Diese Übersetzung sollte das Social-Media-Team nicht allein leisten müssen. Die Fachreferate wissen am besten, was eine Änderung praktisch bedeutet.

## Formate, die funktionieren

1. **„Was ändert sich?“-Karussells:** Drei bis fünf Folien, jede mit einer konkreten Änderung.
2. **Beispielpersonen:** Eine fiktive Familie, ein Handwerksbetrieb oder eine Studentin zeigen, was ein Förderprogramm für sie bedeutet.
3. **Zahlen anschaulich machen:** „So viele Lehrkräfte wie in 40 Schulen“ statt einer nackten Zahl.
4. **Fachleute erklären:** Kurze Videos mit Referentinnen und Referenten, die ihr Thema in einer Minute erklären.
5. **Fragen aus der Community:** Häufige Fragen sammeln und gebündelt beantworten.

## Zielgruppen genau bestimmen

Ein Ministerium spricht selten alle Menschen gleichzeitig an. Oft sind es Fachöffentlichkeiten: Schulleitungen, Landwirtinnen, Kommunen, Pflegeeinrichtungen. Für sie sind andere Kanäle relevant als für die breite Bevölkerung. LinkedIn oder fachliche Newsletter können hier wichtiger sein als Instagram.

## Neutral bleiben

Ministerien stehen unter politischer Leitung. Umso wichtiger ist die Trennung zwischen sachlicher Information und politischer Kommunikation. Ein Beitrag über ein neues Förderprogramm darf erklären, wer es beantragen kann. Er sollte nicht zur Werbung für die Ministerin werden. Das gilt besonders vor Wahlen.

## Zusammenarbeit organisieren

Damit Fachthemen verständlich werden, braucht es eine gute Zusammenarbeit:

- feste Ansprechpersonen in jedem Fachreferat
- ein einfaches Formular, über das Referate Themen melden können
- frühzeitige Information über anstehende Veröffentlichungen
- kurze Schulungen für Referentinnen und Referenten, die vor die Kamera gehen

## Geduld und Wiederholung

Abstrakte Themen brauchen Wiederholung. Ein einziger Beitrag zu einem Förderprogramm reicht selten aus. Planen Sie eine Serie: Ankündigung, Erklärung, Beispiel, Erinnerung an die Frist, Ergebnis.

Eine Vorlage für die Themenmeldung aus Fachreferaten finden Sie unter [example.org/themenmeldung](https://example.org/themenmeldung). Weitere Strategiebeiträge lesen Sie in der Rubrik [Strategie](/kategorie/strategie).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "barrierefreiheit-als-teamaufgabe-5-fragen-an-ute-rademacher",
    title: "Barrierefreiheit als Teamaufgabe: 5 Fragen an Ute Rademacher, Stadt Rabenfels",
    excerpt:
      "In Rabenfels prüft ein Beirat von Menschen mit Behinderung regelmäßig die Social-Media-Kanäle der Stadt. Ute Rademacher aus dem Presseamt erklärt, wie die Zusammenarbeit funktioniert und was sich dadurch verändert hat.",
    categories: ["best-practice", "interviews"],
    author: "jana-wiesner",
    daysAgo: 33,
    series: { slug: "fuenf-fragen-an", position: 5 },
    cover: "sprechblasen",
    body: `Zum Abschluss der ersten Staffel unserer Reihe **„5 Fragen an …“** sprechen wir über Barrierefreiheit. Die Stadt Rabenfels (rund 65.000 Einwohnerinnen und Einwohner) lässt ihre Social-Media-Kanäle seit einem Jahr regelmäßig vom städtischen Inklusionsbeirat prüfen. Ute Rademacher ist stellvertretende Leiterin des Presseamts und hat die Zusammenarbeit angestoßen.

### Frau Rademacher, wie kam es zu der Zusammenarbeit mit dem Beirat?

Durch eine Beschwerde. Ein Mitglied des Beirats, der selbst blind ist, hat uns geschrieben, dass er unsere Warnung vor einem Unwetter nicht lesen konnte. Das Sharepic hatte keinen Alt-Text, und im Beitragstext stand nur „Bitte beachten!“. Das war uns sehr unangenehm. Statt das nur intern zu korrigieren, haben wir den Beirat gefragt, ob er uns regelmäßig Rückmeldung geben möchte. Die Antwort war ein begeistertes Ja.

### Wie läuft die Prüfung konkret ab?

Einmal im Quartal treffen wir uns für zwei Stunden. Vorher schauen sich vier Beiratsmitglieder mit unterschiedlichen Behinderungen eine Auswahl unserer Beiträge an: eine blinde Person mit Screenreader, eine gehörlose Person, eine Person mit Lernschwierigkeiten und eine ältere Dame mit Sehbeeinträchtigung. In der Sitzung gehen wir gemeinsam durch, was funktioniert hat und was nicht. Der Beirat bekommt für die Arbeit eine Aufwandsentschädigung.

### Was haben Sie dadurch gelernt?

Sehr viel, und vieles davon hätten wir allein nie bemerkt. Zum Beispiel:

- Emojis am Zeilenanfang sind für Screenreader-Nutzende extrem störend.
- Automatische Untertitel sind oft so fehlerhaft, dass sie mehr verwirren als helfen.
- Unsere Schriftfarbe auf Sharepics hatte zu wenig Kontrast, obwohl sie dem Corporate Design entsprach.
- Kurze, klare Beiträge werden von allen Beiratsmitgliedern bevorzugt.

### Hat sich der Aufwand im Alltag erhöht?

Am Anfang ja. Wir mussten Vorlagen überarbeiten und neue Routinen einüben. Inzwischen gehört der Alt-Text genauso selbstverständlich dazu wie die Rechtschreibprüfung. Untertitel kosten weiterhin Zeit, aber wir haben ein Werkzeug gefunden, mit dem das Korrigieren schneller geht. Unterm Strich sind es vielleicht zehn Prozent mehr Arbeit – und die lohnen sich.

### Was raten Sie anderen Verwaltungen?

> Fragen Sie die Menschen, um die es geht. Keine Checkliste ersetzt die Rückmeldung von jemandem, der Ihre Beiträge tatsächlich mit einem Screenreader hört.

Und: Fangen Sie an, auch wenn nicht alles sofort perfekt ist. Barrierefreiheit ist ein Prozess. Jeder Beitrag mit gutem Alt-Text ist ein Schritt in die richtige Richtung. Wichtig ist, dass die Leitung dahintersteht und die Zeit dafür anerkennt.

*Die Checkliste, die Rabenfels gemeinsam mit dem Beirat entwickelt hat, steht unter [example.org/rabenfels-checkliste](https://example.org/rabenfels-checkliste). Alle Folgen unserer Reihe finden Sie in der Rubrik [Interviews](/kategorie/interviews).*`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "in-eigener-sache-unser-newsletter",
    title: "In eigener Sache: Unser Newsletter ist da",
    excerpt:
      "Viele von Ihnen haben es sich gewünscht, jetzt ist es so weit: Ab sofort gibt es „Amtsblatt digital“ auch als Newsletter. Was Sie erwartet, wie oft er erscheint und wie wir mit Ihren Daten umgehen.",
    categories: ["allgemein"],
    author: "martin-ohlsen",
    daysAgo: 19,
    body: `In unserer Leserumfrage war es einer der meistgenannten Wünsche: eine Möglichkeit, über neue Beiträge informiert zu werden, ohne regelmäßig auf der Website vorbeischauen zu müssen. Wir haben uns Zeit gelassen, um es richtig zu machen. Jetzt ist er da – der Newsletter von „Amtsblatt digital“.

## Was Sie erwartet

Der Newsletter erscheint **einmal im Monat**, jeweils am ersten Dienstag. Er enthält:

- eine kurze Übersicht über alle neuen Beiträge des Vormonats
- einen ausgewählten Praxistipp, der nur im Newsletter erscheint
- Hinweise auf neue Vorlagen und Checklisten
- gelegentlich Termine, etwa für Fachtagungen oder Online-Veranstaltungen

Wir versprechen: keine Werbung, keine Weitergabe Ihrer Adresse, kein Spam. Und wenn es in einem Monat wenig zu berichten gibt, wird der Newsletter eben kürzer.

## Wie Sie sich anmelden

Die Anmeldung dauert eine Minute:

1. Rufen Sie die Anmeldeseite unter [example.org/newsletter](https://example.org/newsletter) auf.
2. Geben Sie Ihre E-Mail-Adresse ein. Einen Namen brauchen wir nicht.
3. Bestätigen Sie die Anmeldung über den Link in der E-Mail, die Sie anschließend erhalten.

Ohne diese Bestätigung erhalten Sie keinen Newsletter. So stellen wir sicher, dass niemand ohne sein Wissen eingetragen wird.

## Datenschutz

Gerade in einem Blog, das sich viel mit Datenschutz beschäftigt, wollen wir mit gutem Beispiel vorangehen:

- Wir speichern nur Ihre E-Mail-Adresse und den Zeitpunkt der Anmeldung.
- Wir verzichten auf Öffnungs- und Klickstatistiken, die einzelnen Personen zugeordnet werden können.
- Der Versanddienst sitzt in der EU und verarbeitet Daten ausschließlich in unserem Auftrag.
- Abmelden können Sie sich jederzeit über den Link am Ende jeder Ausgabe.

> Wir möchten, dass Sie unseren Newsletter lesen, weil er Ihnen nützt – nicht, weil wir Sie vermessen.

## Warum kein wöchentlicher Versand?

Wir haben lange überlegt. Ein wöchentlicher Newsletter wäre aktueller, würde aber in vielen Postfächern untergehen. Wir wissen aus eigener Erfahrung, wie voll dienstliche Postfächer sind. Einmal im Monat erscheint uns als guter Kompromiss. Falls Sie das anders sehen, sagen Sie es uns.

## Für Ihr Team

Der Newsletter eignet sich auch zur Weitergabe im Haus, etwa an Fachämter oder die Leitung. Sie dürfen einzelne Ausgaben gern intern weiterleiten. Wenn Sie den Newsletter für ein Funktionspostfach abonnieren möchten, ist das selbstverständlich ebenfalls möglich.

## Feedback erwünscht

Die erste Ausgabe ist ein Anfang, kein Endprodukt. Schreiben Sie uns, was Ihnen gefällt und was fehlt. Alle Neuigkeiten aus der Redaktion finden Sie wie gewohnt in der Rubrik [Allgemein](/kategorie/allgemein).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "linkedin-fuer-die-arbeitgebermarke",
    title: "LinkedIn für die Arbeitgebermarke Verwaltung",
    excerpt:
      "Für Fach- und Führungskräfte ist LinkedIn eine wichtige Plattform. Wie Verwaltungen dort als attraktive Arbeitgeberin sichtbar werden, welche Inhalte funktionieren und welche Rolle die eigenen Beschäftigten spielen.",
    categories: ["strategie", "best-practice"],
    author: "aylin-kaya",
    daysAgo: 9,
    cover: "netzwerk",
    body: `Wer eine Stelle für eine Bauingenieurin, einen IT-Sicherheitsexperten oder eine Amtsleitung besetzen will, stößt mit klassischen Stellenanzeigen oft an Grenzen. Viele dieser Fachkräfte sind auf LinkedIn aktiv. Trotzdem nutzen erst wenige Verwaltungen die Plattform gezielt. Dabei bietet sie gute Chancen.

## Warum LinkedIn?

LinkedIn ist ein berufliches Netzwerk. Menschen sind dort nicht, um sich zu unterhalten, sondern um sich über Arbeit, Karriere und Fachthemen auszutauschen. Das macht die Plattform besonders geeignet für:

- die Gewinnung von Fach- und Führungskräften
- die Darstellung der Verwaltung als moderne Arbeitgeberin
- den fachlichen Austausch mit anderen Behörden, Wissenschaft und Wirtschaft

## Welche Inhalte funktionieren

Auf LinkedIn funktionieren andere Inhalte als auf Instagram. Bewährt haben sich:

1. **Projekte und ihre Menschen:** Wer arbeitet an der Digitalisierung der Bauanträge? Was war die größte Herausforderung?
2. **Einblicke in Arbeitsbedingungen:** Homeoffice-Regelungen, Weiterbildung, Vereinbarkeit von Familie und Beruf.
3. **Fachliche Beiträge:** Erfahrungsberichte aus Projekten, die auch für andere Verwaltungen interessant sind.
4. **Stellenangebote mit Kontext:** Nicht nur der Link zur Ausschreibung, sondern ein paar Sätze darüber, was die Stelle spannend macht.

## Die Beschäftigten als Botschafter

Auf LinkedIn werden Beiträge von Personen oft deutlich stärker wahrgenommen als Beiträge von Organisationen. Viele erfolgreiche Arbeitgeberauftritte setzen deshalb auch auf Beschäftigte, die über ihre Arbeit berichten.

Das sollte freiwillig sein und klaren Regeln folgen:

- Niemand wird verpflichtet, über die Arbeit zu posten.
- Die Dienstanweisung erklärt, was erlaubt ist und was nicht.
- Das Social-Media-Team bietet Unterstützung an, etwa mit Fotos oder Textideen.
- Verschwiegenheitspflichten gelten selbstverständlich weiter.

> Eine Amtsleiterin, die auf LinkedIn erzählt, warum sie gern in der Verwaltung arbeitet, ist glaubwürdiger als jede Imagekampagne.

## Das Unternehmensprofil pflegen

Auch das offizielle Profil der Behörde sollte gepflegt sein:

- aussagekräftige Beschreibung mit Aufgaben und Größe
- aktuelles Titelbild, idealerweise mit echten Beschäftigten
- Link zum Karriereportal
- Impressum und Datenschutzhinweise

## Aufwand und Erwartungen

Rechnen Sie mit zwei bis drei Beiträgen pro Woche, um sichtbar zu bleiben. Die Reichweite wächst meist langsam. Erfolge zeigen sich oft indirekt: mehr Bewerbungen aus bestimmten Berufsgruppen, Anfragen von Fachleuten, Einladungen zu Fachveranstaltungen.

## Messen, was zählt

Wie bei jeder Nachwuchskampagne gilt: Fragen Sie im Bewerbungsverfahren, woher die Bewerberinnen und Bewerber Sie kennen. Klicks auf Stellenangebote sind ebenfalls ein guter Hinweis. Mehr zu Kennzahlen lesen Sie in der Rubrik [Strategie](/kategorie/strategie). Eine Vorlage für Beschäftigten-Leitlinien finden Sie unter [example.org/linkedin-leitlinien](https://example.org/linkedin-leitlinien).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "themenwoche-planen-beispiel-aus-dem-jugendamt",
    title: "Themenwochen planen: Ein Beispiel aus dem Jugendamt",
    excerpt:
      "Eine Woche, ein Thema, alle Kanäle: Themenwochen bündeln Aufmerksamkeit und entlasten die Planung. Am Beispiel einer Pflegefamilien-Woche zeigen wir Schritt für Schritt, wie Vorbereitung und Umsetzung gelingen.",
    categories: ["redaktionsalltag", "best-practice"],
    author: "tobias-brandt",
    daysAgo: 2,
    cover: "kalender",
    body: `Manche Themen sind zu groß für einen einzelnen Beitrag. Das Jugendamt sucht Pflegefamilien, die Feuerwehr Ehrenamtliche, das Umweltamt Unterstützung beim Baumschutz. Eine Themenwoche gibt solchen Anliegen Raum. Wir zeigen am Beispiel einer fiktiven Kreisstadt, wie die Planung aussehen kann.

## Die Ausgangslage

Das Jugendamt der Stadt Lindenbrück sucht dringend Pflegefamilien. Bisher gab es dazu gelegentlich einen Beitrag mit Link zur Website – mit wenig Resonanz. Gemeinsam mit dem Social-Media-Team entsteht die Idee einer Themenwoche „Zuhause auf Zeit“.

## Schritt 1: Ziel und Botschaft

Zuerst wurde festgelegt, was die Woche erreichen soll:

- **Ziel:** mehr Anfragen für den Informationsabend im folgenden Monat
- **Kernbotschaft:** Pflegefamilien sind ganz unterschiedlich – und bekommen viel Unterstützung.
- **Zielgruppe:** Paare und Einzelpersonen zwischen 30 und 55 Jahren im Stadtgebiet

## Schritt 2: Der Wochenplan

| Tag | Inhalt | Format | Kanal |
|---|---|---|---|
| Montag | Auftakt: Warum wir Pflegefamilien suchen | Video mit Amtsleitung | Facebook, Instagram |
| Dienstag | Eine Pflegemutter erzählt | Interview als Karussell | Instagram |
| Mittwoch | Häufige Fragen und Antworten | Sharepic-Serie | alle |
| Donnerstag | Wie läuft der Weg zur Pflegefamilie ab? | Grafik in fünf Schritten | Facebook, Mastodon |
| Freitag | Einladung zum Informationsabend | Beitrag mit Link | alle |

## Schritt 3: Vorbereitung

Die Vorbereitung begann sechs Wochen vor der Themenwoche:

1. Gespräch mit dem Jugendamt über Inhalte und Grenzen
2. Suche nach einer Pflegefamilie, die bereit ist zu erzählen – anonymisiert und ohne Bilder der Kinder
3. Dreh des Videos und Erstellung der Grafiken
4. Freigabe aller Inhalte durch Amtsleitung und Datenschutz
5. Vorbereitung von Antworten auf erwartbare Fragen in den Kommentaren

> Bei sensiblen Themen wie dem Kinderschutz gilt: Der Schutz der Betroffenen geht immer vor Reichweite.

## Schritt 4: Begleitung während der Woche

Während der Themenwoche stand eine Fachkraft aus dem Jugendamt bereit, um Fragen in Kommentaren und Nachrichten fachlich zu beantworten. Das Social-Media-Team übernahm Moderation und Koordination. Lokalmedien wurden vorab informiert und griffen das Thema auf.

## Schritt 5: Auswertung

Nach der Woche wurde ausgewertet: Wie viele Menschen haben sich zum Informationsabend angemeldet? Welche Beiträge wurden am häufigsten geteilt? Welche Fragen kamen immer wieder? Die Antworten flossen in die Planung der nächsten Themenwoche ein.

## Übertragbar auf andere Themen

Das Muster lässt sich auf viele Anliegen übertragen. Wichtig sind ein klares Ziel, ein verlässlicher Partner im Fachamt und genug Vorlauf. Eine leere Planungsvorlage für Themenwochen steht unter [example.org/themenwoche-vorlage](https://example.org/themenwoche-vorlage). Weitere Tipps zur Planung finden Sie in der Rubrik [Redaktionsalltag](/kategorie/redaktionsalltag).`,
  },
];

export const demoDrafts: DemoDraft[] = [
  // ---------------------------------------------------------------------------
  {
    slug: "neue-plattformen-pruefen-checkliste",
    title: "Neue Plattformen prüfen: Eine Checkliste für Behörden",
    excerpt:
      "Alle paar Monate taucht eine neue Plattform auf, und die Frage lautet: Müssen wir da hin? Mit dieser Checkliste prüfen Behörden neue Netzwerke systematisch, statt jedem Trend hinterherzulaufen.",
    categories: ["strategie"],
    author: "tobias-brandt",
    cover: "netzwerk",
    body: `Ob neue Kurznachrichtendienste, dezentrale Netzwerke oder die nächste Video-App: Immer wieder entstehen Plattformen, die schnell viele Menschen anziehen. Und immer wieder fragt die Hausleitung: „Sollten wir da nicht auch sein?“ Statt spontan zu entscheiden, lohnt sich eine strukturierte Prüfung.

## Warum nicht einfach ausprobieren?

Ein neues Konto ist schnell angelegt. Aber jedes Konto bindet Arbeitszeit, braucht Datenschutzhinweise, ein Impressum und eine Moderation. Wer ein Konto eröffnet und es nach drei Monaten verwaisen lässt, sendet ein schlechtes Signal. Außerdem kann ein frühes Konto helfen, den eigenen Namen zu sichern – das ist der einzige Grund, der für eine schnelle Reaktion spricht.

## Die Checkliste

### Publikum

1. Ist unsere Zielgruppe auf der Plattform messbar aktiv – nicht nur in Schlagzeilen?
2. Sind dort Menschen aus unserer Region unterwegs?
3. Nutzen Medien, Vereine oder andere Behörden die Plattform bereits?

### Recht und Datenschutz

4. Wo sitzt der Betreiber, und wo werden Daten verarbeitet?
5. Lassen sich Impressum und Datenschutzhinweise sinnvoll einbinden?
6. Gibt es Funktionen zur Moderation, etwa zum Verbergen von Antworten?

### Ressourcen

7. Wer betreut das Konto, und welche Aufgabe fällt dafür weg?
8. Können wir Inhalte aus bestehenden Kanälen nachnutzen?
9. Ist eine Vertretung geregelt?

### Werte

10. Passt die Plattform zu unserem Selbstverständnis als öffentliche Stelle?
11. Wie geht der Betreiber mit Desinformation und Hass um?

> Eine Plattform ist nicht deshalb richtig, weil alle darüber reden. Sie ist richtig, wenn sie unseren Zielen dient.

## Namen sichern, ohne aktiv zu werden

Ein Mittelweg ist es, den Kontonamen zu reservieren, ohne regelmäßig zu posten. Hinterlegen Sie im Profil einen Hinweis wie: „Hier postet die Stadt derzeit nicht. Aktuelle Informationen finden Sie auf unserer Website.“ So verhindern Sie, dass Dritte sich als Ihre Behörde ausgeben.

## Testphase mit Enddatum

Wenn die Prüfung positiv ausfällt, starten Sie mit einer befristeten Testphase, etwa sechs Monate. Legen Sie vorher fest, woran Sie Erfolg messen, und entscheiden Sie am Ende bewusst über die Fortführung.

Eine druckbare Fassung der Checkliste folgt unter [example.org/plattform-checkliste](https://example.org/plattform-checkliste). Weitere Überlegungen zur Kanalwahl finden Sie in der Rubrik [Strategie](/kategorie/strategie).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "wartezeiten-im-buergeramt-kommunizieren",
    title: "Wartezeiten im Bürgeramt offen kommunizieren",
    excerpt:
      "Lange Wartezeiten auf einen Termin sorgen für Frust – auch in den Kommentarspalten. Wie Verwaltungen offen über Engpässe sprechen, Erwartungen steuern und dabei trotzdem Vertrauen gewinnen können.",
    categories: ["best-practice", "redaktionsalltag"],
    author: "aylin-kaya",
    body: `„Warum bekomme ich erst in sieben Wochen einen Termin für meinen Personalausweis?“ Diese Frage landet in vielen Städten regelmäßig unter völlig anderen Beiträgen. Das Social-Media-Team kann die Wartezeit nicht verkürzen. Aber es kann viel dafür tun, dass der Ärger nicht eskaliert.

## Ehrlichkeit zuerst

Der größte Fehler ist, das Problem zu verschweigen. Wenn Menschen aus eigener Erfahrung wissen, dass Termine knapp sind, wirken fröhliche Beiträge über den „modernen Bürgerservice“ wie Hohn. Besser ist es, die Lage offen anzusprechen:

- Wie lang ist die Wartezeit aktuell?
- Warum ist das so – etwa Personalmangel, Krankheitswellen, Umstellung auf neue Technik?
- Was unternimmt die Verwaltung dagegen?
- Wann ist mit Besserung zu rechnen?

## Praktische Hilfe anbieten

Neben der Erklärung brauchen Menschen vor allem Hilfe. Sinnvolle Inhalte sind:

1. **Hinweise auf kurzfristig frei werdende Termine**, etwa zu bestimmten Uhrzeiten
2. **Alternativen**, zum Beispiel Online-Dienste, für die kein Termin nötig ist
3. **Regeln für Notfälle**, etwa bei einer kurzfristigen Reise
4. **Checklisten**, damit beim Termin alle Unterlagen vollständig sind und kein zweiter Termin nötig wird

> Wer erklärt, warum etwas nicht geht, und gleichzeitig zeigt, was trotzdem geht, nimmt dem Ärger viel Wind aus den Segeln.

## Umgang mit Kommentaren

Kritische Kommentare zu Wartezeiten sind berechtigt und sollten stehen bleiben. Antworten Sie mit Verständnis und einem Textbaustein, der auf die aktuellen Informationen verweist. Persönliche Anliegen, etwa ein dringender Reisepass, gehören in eine Direktnachricht oder an das Bürgertelefon.

## Einblicke schaffen Verständnis

Manchmal hilft ein Blick hinter die Kulissen: Wie viele Anträge bearbeitet das Bürgeramt pro Tag? Wie lange dauert ein Termin wirklich? Wer arbeitet dort? Solche Beiträge machen die Belastung sichtbar, ohne zu jammern. Wichtig ist, dass sie nicht als Ausrede wirken.

## Erfolge zeigen

Wenn sich die Lage verbessert, sagen Sie es – mit konkreten Zahlen. „Die Wartezeit ist von sieben auf drei Wochen gesunken“ ist eine gute Nachricht, die Menschen gern teilen.

Eine Sammlung von Textbausteinen zum Thema folgt unter [example.org/textbausteine-buergeramt](https://example.org/textbausteine-buergeramt). Weitere Beispiele finden Sie in der Rubrik [Best Practice](/kategorie/best-practice).`,
  },
  // ---------------------------------------------------------------------------
  {
    slug: "jahresrueckblick-auf-social-media-gestalten",
    title: "Den Jahresrückblick auf Social Media gestalten",
    excerpt:
      "Zum Jahresende blicken viele Behörden zurück. Damit daraus mehr wird als eine Aneinanderreihung von Pressefotos, helfen ein klares Konzept, gute Vorbereitung im Herbst und ein Blick auf die Menschen hinter den Zahlen.",
    categories: ["redaktionsalltag"],
    author: "jana-wiesner",
    cover: "kalender",
    body: `Zwischen den Jahren ist es in vielen Verwaltungen ruhig. Für Social-Media-Teams ist das die Gelegenheit für einen Jahresrückblick. Doch allzu oft besteht er aus einer schnell zusammengeklickten Fotostrecke mit Spatenstichen und Scheckübergaben. Das geht besser.

## Früh anfangen

Ein guter Jahresrückblick entsteht nicht im Dezember, sondern über das ganze Jahr. Legen Sie im Januar einen Ordner an, in dem Sie sammeln:

- die erfolgreichsten Beiträge jedes Monats
- besonders schöne oder berührende Kommentare
- Fotos, für die Nutzungsrechte und Einwilligungen vorliegen
- Zahlen, die etwas erzählen, etwa neu gepflanzte Bäume oder eröffnete Kita-Plätze

Im Oktober beginnt dann die eigentliche Planung.

## Ein roter Faden

Ein Rückblick wirkt stärker, wenn er eine Geschichte erzählt. Mögliche Leitfragen:

1. Was hat sich für die Menschen in unserer Stadt konkret verändert?
2. Welche Momente haben uns als Verwaltung bewegt?
3. Was haben wir gelernt, auch aus Fehlern?
4. Wer hat im Hintergrund dafür gesorgt, dass alles läuft?

## Formate für den Rückblick

- **Karussell mit zwölf Monaten:** je ein Bild und ein Satz pro Monat
- **Kurzvideo:** 60 Sekunden mit schnellen Schnitten und Untertiteln
- **Zahlen des Jahres:** eine Grafikserie mit überraschenden Werten
- **Menschen des Jahres:** Kolleginnen und Kollegen, die besondere Momente erlebt haben
- **Community-Rückblick:** die meistkommentierten Beiträge und die schönsten Reaktionen

> Der beste Jahresrückblick zeigt nicht, wie fleißig die Verwaltung war, sondern was sich für die Menschen verbessert hat.

## Stolperfallen

- *Zu viel Leitung:* Wenn jedes zweite Bild die Bürgermeisterin zeigt, wirkt der Rückblick wie Selbstdarstellung.
- *Fehlende Einwilligungen:* Fotos, die im Frühjahr für einen Beitrag freigegeben wurden, dürfen nicht automatisch im Rückblick erscheinen.
- *Wahljahr:* In Wahljahren gelten besondere Neutralitätsregeln.
- *Schwierige Ereignisse:* Krisen und Unglücke gehören dazu, brauchen aber einen angemessenen Ton.

## Den Rückblick nutzen

Der Jahresrückblick ist auch eine gute Gelegenheit, Danke zu sagen – an Bürgerinnen und Bürger, Ehrenamtliche und das eigene Team. Und er liefert Material für die interne Auswertung des Jahres.

Eine Sammelvorlage für das ganze Jahr folgt unter [example.org/jahresrueckblick-vorlage](https://example.org/jahresrueckblick-vorlage). Weitere Planungshilfen finden Sie in der Rubrik [Redaktionsalltag](/kategorie/redaktionsalltag).`,
  },
];

export const demoScheduled: DemoDraft & { daysAhead: number } = {
  slug: "untertitel-fuer-videos-in-der-praxis",
  title: "Untertitel für Videos: So klappt es in der Praxis",
  excerpt:
    "Untertitel sind für gehörlose und schwerhörige Menschen unverzichtbar und helfen allen, die Videos ohne Ton schauen. Wie Sie Untertitel effizient erstellen, korrigieren und gut lesbar gestalten.",
  categories: ["basics", "redaktionsalltag"],
  author: "jana-wiesner",
  daysAhead: 5,
  cover: "mikrofon",
  body: `Ein Großteil der Videos in sozialen Netzwerken wird ohne Ton abgespielt – im Bus, im Wartezimmer, in der Mittagspause. Für gehörlose und schwerhörige Menschen ist ein Video ohne Untertitel ohnehin kaum zugänglich. Untertitel sind daher kein Extra, sondern Pflicht. Die gute Nachricht: Mit den richtigen Werkzeugen ist der Aufwand überschaubar.

## Offene oder geschlossene Untertitel?

Es gibt zwei Arten von Untertiteln:

- **Offene Untertitel** sind fest ins Video eingebrannt. Sie sind immer sichtbar, auf jeder Plattform.
- **Geschlossene Untertitel** werden als separate Datei hochgeladen und lassen sich ein- und ausschalten.

Für Kurzvideos auf Social Media haben sich offene Untertitel durchgesetzt, weil nicht alle Plattformen Untertiteldateien unterstützen. Für längere Videos auf der Website sind geschlossene Untertitel oft die bessere Wahl, weil sie sich anpassen und übersetzen lassen.

## Der Arbeitsablauf

1. **Automatisch erzeugen:** Viele Schnittprogramme und Plattformen erstellen Untertitel per Spracherkennung.
2. **Gründlich korrigieren:** Namen, Fachbegriffe, Ortsnamen und Zahlen werden oft falsch erkannt.
3. **Zeilen aufteilen:** Höchstens zwei Zeilen gleichzeitig, sinnvoll nach Satzteilen getrennt.
4. **Timing prüfen:** Untertitel müssen lange genug stehen bleiben, um sie bequem zu lesen.
5. **Abschließend ansehen:** Einmal das ganze Video ohne Ton anschauen.

> Automatische Untertitel sind ein Rohentwurf. Unkorrigiert sind sie manchmal schlechter als gar keine.

## Gut lesbar gestalten

- ausreichend große Schrift, auch auf kleinen Bildschirmen
- heller Text auf dunklem, halbtransparentem Hintergrund
- Platzierung im unteren Drittel, aber nicht dort, wo die Plattform eigene Elemente einblendet
- keine verspielten Schriften oder Animationen, die vom Inhalt ablenken

## Mehr als gesprochene Worte

Gute Untertitel geben auch wichtige Geräusche wieder, etwa „[Sirene]“ oder „[Applaus]“. Wenn mehrere Personen sprechen, sollte erkennbar sein, wer gerade redet. Musik, die für die Aussage wichtig ist, kann kurz beschrieben werden.

## Zeit einplanen

Für ein einminütiges Video sollten Sie mit 15 bis 20 Minuten für die Korrektur der Untertitel rechnen. Planen Sie diese Zeit fest ein, statt sie am Ende unter Zeitdruck zu erledigen.

Weitere Tipps zu barrierefreien Beiträgen finden Sie in der Rubrik [Basics](/kategorie/basics). Eine Übersicht über Gestaltungsregeln für Untertitel steht unter [example.org/untertitel-regeln](https://example.org/untertitel-regeln).`,
};
