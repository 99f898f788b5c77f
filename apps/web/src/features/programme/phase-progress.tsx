import { Link } from 'react-router';
import type { LibraryProgrammeFieldsFragment } from '../../gql/graphql';
import { isMessageKey, useI18n } from '../../lib/i18n/i18n';
import { PhaseStatusBadge } from './evidence-status';
import { phaseSection, unmetText } from './programme-options';

/**
 * A library's three phases: status, since when, and what is still missing, each with a link to where
 * the library records that evidence (`links`; central staff see the same without links).
 */
export function PhaseProgress({
  programme,
  links = false,
}: {
  programme: LibraryProgrammeFieldsFragment;
  links?: boolean;
}) {
  const { t, lang, formatDate } = useI18n();
  return (
    <ol className="phases">
      {programme.phases.map((p, index) => {
        const headingId = `fase-${p.phase}`;
        return (
          <li key={p.phase} className={`phase phase--${p.status.toLowerCase()}`}>
            <section aria-labelledby={headingId}>
              <p className="phase__number">{t('programme.phaseN', { n: index + 1 })}</p>
              <h2 id={headingId} className="phase__title">
                {t(`phase.${p.phase}`)}
              </h2>
              <p className="phase__status">
                <PhaseStatusBadge status={p.status} />
                {p.since && p.status !== 'NOT_STARTED' && (
                  <span className="muted"> {t('programme.since', { date: formatDate(p.since) })}</span>
                )}
              </p>
              {p.validUntil && (
                <p className="phase__note">{t('programme.validUntil', { date: formatDate(p.validUntil) })}</p>
              )}
              {p.unmet.length > 0 ? (
                <>
                  <h3 className="phase__subtitle">{t('programme.missing')}</h3>
                  <ul className="phase__missing">
                    {p.unmet.map((u) => (
                      <li key={u.code}>{unmetText(lang, u, t, isMessageKey)}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{t('programme.phaseDone')}</p>
              )}
              {links && (
                <Link to={phaseSection(p.phase)} className="button button--secondary button--small">
                  {t(`programme.record.${p.phase}`)}
                </Link>
              )}
            </section>
          </li>
        );
      })}
    </ol>
  );
}
