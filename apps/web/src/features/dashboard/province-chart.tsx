import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Phase, ProgrammeDashboardQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { RadioGroup } from '../../ui/field';
import { Section } from '../../ui/page';
import { PHASE_STATUSES } from '../programme/programme-options';
import { ChartFigure } from './chart-figure';
import { STATUS_COLOURS } from './dashboard-format';

type Dashboard = ProgrammeDashboardQuery['programmeDashboard'];

/** Per province: how many libraries achieved, are working on, or have not started the chosen phase. */
export function ProvinceChart({ dashboard }: { dashboard: Dashboard }) {
  const { t, formatNumber } = useI18n();
  const [phase, setPhase] = useState<Phase>('TRAINED');
  const rows = dashboard.provinces.map((p) => {
    const counts = p.phases.find((c) => c.phase === phase);
    return {
      name: p.province ? t(`province.${p.province}`) : t('dashboard.noProvince'),
      libraryCount: p.libraryCount,
      ACHIEVED: counts?.achieved ?? 0,
      IN_PROGRESS: counts?.inProgress ?? 0,
      NOT_STARTED: counts?.notStarted ?? 0,
    };
  });
  const leaders = [...rows]
    .filter((r) => r.ACHIEVED > 0)
    .sort((a, b) => b.ACHIEVED - a.ACHIEVED || a.name.localeCompare(b.name))
    .slice(0, 3);
  const caption = t('dashboard.provinces.caption', {
    phase: t(`phase.${phase}`),
    n: rows.length,
    leaders: leaders.length
      ? leaders.map((r) => `${r.name} (${formatNumber(r.ACHIEVED)})`).join(', ')
      : t('dashboard.provinces.noneYet'),
  });
  return (
    <Section title={t('dashboard.provinces.title')} id="provincies">
      <RadioGroup
        label={t('dashboard.provinces.phase')}
        pills
        value={phase}
        onChange={setPhase}
        options={dashboard.phases.map((p) => ({ value: p.phase, label: t(`phase.${p.phase}`) }))}
      />
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.provinces.empty')}</p>
      ) : (
        <ChartFigure
          title={t('dashboard.provinces.table', { phase: t(`phase.${phase}`) })}
          caption={caption}
          height={Math.max(240, rows.length * 34 + 60)}
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={rows}
                layout="vertical"
                margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
                accessibilityLayer={false}
              >
                <CartesianGrid stroke="#d3dfe3" strokeDasharray="3 3" horizontal={false} />
                <XAxis
                  type="number"
                  allowDecimals={false}
                  tick={{ fill: '#4a616b', fontSize: 12 }}
                  tickFormatter={(v: number) => formatNumber(v)}
                />
                <YAxis type="category" dataKey="name" width={110} tick={{ fill: '#4a616b', fontSize: 12 }} />
                <Tooltip formatter={(v) => formatNumber(Number(v))} />
                <Legend />
                {[...PHASE_STATUSES].reverse().map((s) => (
                  <Bar
                    key={s}
                    dataKey={s}
                    name={t(`phaseStatus.${s}`)}
                    stackId="status"
                    fill={STATUS_COLOURS[s]}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          }
          table={
            <>
              <thead>
                <tr>
                  <th scope="col">{t('tenants.province')}</th>
                  <th scope="col" className="num">
                    {t('dashboard.libraries')}
                  </th>
                  {[...PHASE_STATUSES].reverse().map((s) => (
                    <th key={s} scope="col" className="num">
                      {t(`phaseStatus.${s}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.name}>
                    <th scope="row" data-label={t('tenants.province')}>
                      {r.name}
                    </th>
                    <td className="num" data-label={t('dashboard.libraries')}>
                      {formatNumber(r.libraryCount)}
                    </td>
                    {[...PHASE_STATUSES].reverse().map((s) => (
                      <td key={s} className="num" data-label={t(`phaseStatus.${s}`)}>
                        {formatNumber(r[s])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </>
          }
        />
      )}
    </Section>
  );
}
