import type { ProgrammeDashboardQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { barPercent, forecastText } from './dashboard-format';

type Dashboard = ProgrammeDashboardQuery['programmeDashboard'];

/** The three numbers the programme is steered by: achieved against the target, with a progress bar. */
export function PhaseCounters({ dashboard }: { dashboard: Dashboard }) {
  const { t, lang, formatDate, formatNumber } = useI18n();
  return (
    <ul className="counters plain-list">
      {dashboard.phases.map((p) => {
        const headingId = `teller-${p.phase}`;
        const percent = barPercent(p.achieved, p.target);
        return (
          <li key={p.phase}>
            <section
              className={`counter-card counter-card--${p.phase.toLowerCase()}`}
              aria-labelledby={headingId}
            >
              <h2 id={headingId} className="counter-card__title">
                {t(`phase.${p.phase}`)}
              </h2>
              <p className="counter-card__value">
                <span className="counter-card__achieved">{formatNumber(p.achieved)}</span>{' '}
                <span className="counter-card__target">
                  {t('dashboard.ofTarget', { target: formatNumber(p.target) })}
                </span>
              </p>
              <div className="bar" aria-hidden="true">
                <div className="bar__fill" style={{ width: `${percent}%` }} />
              </div>
              <p className="counter-card__percent">
                {t('dashboard.percentOfTarget', {
                  percent: formatNumber(p.percentOfTarget),
                })}
              </p>
              <dl className="counter-card__split">
                <div>
                  <dt>{t('phaseStatus.IN_PROGRESS')}</dt>
                  <dd>{formatNumber(p.inProgress)}</dd>
                </div>
                <div>
                  <dt>{t('phaseStatus.NOT_STARTED')}</dt>
                  <dd>{formatNumber(p.notStarted)}</dd>
                </div>
              </dl>
              <p className="counter-card__forecast">
                <strong>{t('dashboard.forecast')}: </strong>
                {forecastText(p.forecast, {
                  t,
                  lang,
                  formatDate,
                  granularity: dashboard.granularity,
                  target: p.target,
                  targetDate: dashboard.period.targetDate,
                })}
              </p>
            </section>
          </li>
        );
      })}
    </ul>
  );
}
