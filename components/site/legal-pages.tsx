// The Impressum and the Erklärung zur Barrierefreiheit, rendered from their structured fields.
import Link from "next/link";
import { Prose } from "@/components/ui/prose";
import { t } from "@/lib/i18n";
import { isConformance, type AccessibilityStatement, type Impressum } from "@/lib/legal";
import { formatDate } from "@/lib/format";
import { siteConfig } from "@/lib/site-config";

const l = t.legal;

function Lines({ text }: { text: string }) {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  return (
    <>
      {lines.map((line, index) => (
        <span key={index}>
          {line}
          {index < lines.length - 1 && <br />}
        </span>
      ))}
    </>
  );
}

function Section({ heading, children }: { heading: string; children: React.ReactNode }) {
  return (
    <section className="mt-8">
      <h2 className="font-heading text-2xl font-bold">{heading}</h2>
      <div className="mt-2 text-lg leading-relaxed">{children}</div>
    </section>
  );
}

export function ImpressumView({ impressum }: { impressum: Impressum }) {
  const i = impressum;
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="font-heading text-3xl font-bold sm:text-4xl">{l.impressumTitle}</h1>
      {!i.organisation && <p className="mt-6 text-lg">{l.incomplete}</p>}
      {i.organisation && (
        <Section heading={l.provider}>
          <p>
            <strong>{i.organisation}</strong>
            {i.address && (
              <>
                <br />
                <Lines text={i.address} />
              </>
            )}
          </p>
          {i.representedBy && (
            <p className="mt-3">
              {l.representedBy}: {i.representedBy}
            </p>
          )}
        </Section>
      )}
      {(i.email || i.phone) && (
        <Section heading={l.contact}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4">
            {i.phone && (
              <>
                <dt>{l.phone}</dt>
                <dd>{i.phone}</dd>
              </>
            )}
            {i.email && (
              <>
                <dt>{l.email}</dt>
                <dd>
                  <a href={`mailto:${i.email}`} className="text-brand underline">
                    {i.email}
                  </a>
                </dd>
              </>
            )}
          </dl>
        </Section>
      )}
      {i.supervisoryAuthority && (
        <Section heading={l.supervisoryAuthority}>
          <p>
            <Lines text={i.supervisoryAuthority} />
          </p>
        </Section>
      )}
      {i.register && (
        <Section heading={l.register}>
          <p>
            <Lines text={i.register} />
          </p>
        </Section>
      )}
      {i.vatId && (
        <Section heading={l.vatId}>
          <p>{i.vatId}</p>
        </Section>
      )}
      {i.editorialResponsible && (
        <Section heading={l.editorialResponsible}>
          <p>
            <Lines text={i.editorialResponsible} />
          </p>
        </Section>
      )}
    </article>
  );
}

function isoDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function StatementView({
  statement,
  organisation,
  nonAccessibleHtml,
}: {
  statement: AccessibilityStatement;
  organisation: string;
  nonAccessibleHtml: string;
}) {
  const s = statement;
  const prepared = isoDate(s.preparedOn);
  const reviewed = isoDate(s.reviewedOn);
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="font-heading text-3xl font-bold sm:text-4xl">{l.statementTitle}</h1>
      <p className="mt-6 text-lg leading-relaxed">{l.statementIntro(organisation || siteConfig.name)}</p>
      <Section heading={l.conformanceHeading}>
        <p>{isConformance(s.conformance) ? l.conformance[s.conformance] : l.conformance.teilweise}</p>
      </Section>
      <Section heading={l.nonAccessibleHeading}>
        {nonAccessibleHtml ? <Prose html={nonAccessibleHtml} /> : <p>{l.nothingKnown}</p>}
      </Section>
      <Section heading={l.preparationHeading}>
        <p>
          {prepared && l.preparedOn(formatDate(prepared))} {reviewed && l.reviewedOn(formatDate(reviewed))}{" "}
          {s.method && l.method(s.method)}
        </p>
      </Section>
      <Section heading={l.feedbackHeading}>
        <p>{l.feedbackText}</p>
        <ul className="mt-2 list-disc pl-6">
          <li>
            <Link prefetch={false} href="/barriere-melden" className="text-brand underline">
              {l.feedbackFormLink}
            </Link>
          </li>
          {s.contactEmail && (
            <li>
              {t.legal.email}:{" "}
              <a href={`mailto:${s.contactEmail}`} className="text-brand underline">
                {s.contactEmail}
              </a>
            </li>
          )}
          {s.contactPhone && (
            <li>
              {t.legal.phone}: {s.contactPhone}
            </li>
          )}
        </ul>
      </Section>
      <Section heading={l.enforcementHeading}>
        <p>{l.enforcementText}</p>
        {s.enforcementUrl && (
          <p className="mt-2">
            <a href={s.enforcementUrl} className="text-brand underline">
              {l.enforcementLink}
            </a>
          </p>
        )}
      </Section>
    </article>
  );
}
