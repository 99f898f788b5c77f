import type { EvidenceFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';

type Strategy = NonNullable<EvidenceFieldsFragment['strategy']>;

/** The seven steps of a saved strategy, read-only: what a reviewer checks before verifying it. */
export function StrategySummary({ strategy }: { strategy: Strategy }) {
  const { t, formatNumber } = useI18n();
  const s = strategy.steps;
  const none = <span className="muted">{t('strategy.empty')}</span>;
  const list = (items: readonly string[]) =>
    items.length ? (
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    ) : (
      none
    );
  return (
    <ol className="strategy-summary">
      <li>
        <h3>{t('strategy.step.1')}</h3>
        <p className="strategy-summary__label">{t('strategy.onlineGoals')}</p>
        {list(s.onlineGoals)}
        <p className="strategy-summary__label">{t('strategy.offlineGoals')}</p>
        {list(s.offlineGoals)}
      </li>
      <li>
        <h3>{t('strategy.step.2')}</h3>
        {list(
          s.targetGroups.map((g) =>
            [g.group ? t(`targetGroup.${g.group}`) : '', g.description, g.mediaUse]
              .filter(Boolean)
              .join(' – '),
          ),
        )}
      </li>
      <li>
        <h3>{t('strategy.step.3')}</h3>
        {s.mission ? <p>{s.mission}</p> : none}
      </li>
      <li>
        <h3>{t('strategy.step.4')}</h3>
        {list(
          s.socialGoals.map((g) =>
            [g.goal ? t(`goal.${g.goal}`) : '', g.description].filter(Boolean).join(': '),
          ),
        )}
      </li>
      <li>
        <h3>{t('strategy.step.5')}</h3>
        {list(
          s.socialGoals.flatMap((g) =>
            g.kpis.map(
              (k) =>
                `${k.name}${k.metric ? ` (${t(`kpiMetric.${k.metric}`)})` : ''}${
                  k.target !== null && k.target !== undefined
                    ? ` – ${t('strategy.kpiTargetValue', { n: formatNumber(k.target) })}`
                    : ''
                }`,
            ),
          ),
        )}
      </li>
      <li>
        <h3>{t('strategy.step.6')}</h3>
        {list(
          s.tactics.map(
            (tac) =>
              `${tac.description}${tac.channels.length ? ` (${tac.channels.map((c) => t(`channel.${c}`)).join(', ')})` : ''}`,
          ),
        )}
      </li>
      <li>
        <h3>{t('strategy.step.7')}</h3>
        {list(s.tactics.map((tac) => tac.measurementMethod).filter(Boolean))}
      </li>
    </ol>
  );
}
