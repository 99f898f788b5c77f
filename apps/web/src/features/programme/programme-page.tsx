import { Link } from 'react-router';
import { isMessageKey, useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { PageHeader, Section } from '../../ui/page';
import { LoadError, Loading } from '../../ui/status';
import { MyProgrammeQuery } from './operations';
import { PhaseHistory } from './phase-history';
import { PhaseProgress } from './phase-progress';
import { phaseSection, unmetText } from './programme-options';
import { ProgrammeNav } from './programme-nav';
import './programme.css';

/** /programma (libraries): own progress through the three phases and what is missing for the next. */
export function ProgrammePage() {
  const { t, lang } = useI18n();
  const query = useQuery(MyProgrammeQuery, {});
  const programme = query.data?.myProgramme;
  return (
    <>
      <PageHeader title={t('programme.title')} intro={t('programme.intro')} />
      <ProgrammeNav />
      {query.error !== undefined ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !programme ? (
        <Loading />
      ) : (
        <>
          {programme.nextPhase ? (
            <Alert kind="info" title={t('programme.next', { phase: t(`phase.${programme.nextPhase}`) })}>
              {programme.missingForNextPhase.length > 0 && (
                <ul>
                  {programme.missingForNextPhase.map((u) => (
                    <li key={u.code}>{unmetText(lang, u, t, isMessageKey)}</li>
                  ))}
                </ul>
              )}
              <p>
                <Link to={phaseSection(programme.nextPhase)}>
                  {t(`programme.record.${programme.nextPhase}`)}
                </Link>
              </p>
            </Alert>
          ) : (
            <Alert kind="success">{t('programme.allDone')}</Alert>
          )}
          {programme.pendingReviews > 0 && (
            <p className="muted">{t('programme.pending', { n: programme.pendingReviews })}</p>
          )}
          <PhaseProgress programme={programme} links />
          <Section title={t('programme.history.title')} id="fasegeschiedenis">
            <PhaseHistory />
          </Section>
        </>
      )}
    </>
  );
}
