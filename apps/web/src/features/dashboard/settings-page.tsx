import { useState } from 'react';
import { Link } from 'react-router';
import type { ProgrammeCriteriaFieldsFragment, ProgrammePeriodFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { DataTable } from '../../ui/data-table';
import { PageHeader, Section } from '../../ui/page';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { CriteriaForm } from './criteria-form';
import { ProgrammeSettingsQuery } from './operations';
import { PeriodDialog } from './period-dialog';
import './dashboard.css';

/**
 * /dashboard/instellingen (central admins): the criteria that turn verified evidence into phase
 * statuses, and the programme periods with their target date and a target per phase.
 */
export function ProgrammeSettingsPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const query = useQuery(ProgrammeSettingsQuery, {});
  const [notice, setNotice] = useState<string>();
  const [editing, setEditing] = useState<ProgrammePeriodFieldsFragment | 'new' | null>(null);
  // The criteria as last saved here; the query's answer until then.
  const [saved, setSaved] = useState<ProgrammeCriteriaFieldsFragment>();
  const criteria = saved ?? query.data?.programmeCriteria;
  const periods = query.data?.programmePeriods;

  const onCriteriaSaved = (next: ProgrammeCriteriaFieldsFragment, changed: number) => {
    setSaved(next);
    setNotice(t('settings.criteria.saved', { n: changed }));
  };
  const onPeriodSaved = async (period: ProgrammePeriodFieldsFragment) => {
    setNotice(t('settings.periods.saved', { name: period.name }));
    await query.reload();
  };

  return (
    <>
      <p className="back-link">
        <Link to="/dashboard">← {t('settings.back')}</Link>
      </p>
      <PageHeader title={t('settings.title')} intro={t('settings.intro')} />
      {notice && <Alert kind="success">{notice}</Alert>}
      {query.error !== undefined && !query.data ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !criteria || !periods ? (
        <Loading />
      ) : (
        <>
          <Section title={t('settings.periods.title')} id="settings-periods">
            <p className="muted">{t('settings.periods.intro')}</p>
            {periods.length === 0 ? (
              <EmptyState title={t('settings.periods.empty')}>
                <p>{t('settings.periods.emptyHint')}</p>
              </EmptyState>
            ) : (
              <DataTable caption={t('settings.periods.title')}>
                <thead>
                  <tr>
                    <th scope="col">{t('settings.periods.name')}</th>
                    <th scope="col">{t('settings.periods.startsOn')}</th>
                    <th scope="col">{t('settings.periods.targetDate')}</th>
                    <th scope="col" className="num">
                      {t('settings.periods.targetTrained')}
                    </th>
                    <th scope="col" className="num">
                      {t('settings.periods.targetPresent')}
                    </th>
                    <th scope="col" className="num">
                      {t('settings.periods.targetNetworks')}
                    </th>
                    <th scope="col">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {periods.map((period) => (
                    <tr key={period.id ?? period.name}>
                      <th scope="row" data-label={t('settings.periods.name')}>
                        {period.name}
                      </th>
                      <td data-label={t('settings.periods.startsOn')}>{formatDate(period.startsOn)}</td>
                      <td data-label={t('settings.periods.targetDate')}>
                        {period.targetDate ? formatDate(period.targetDate) : '–'}
                      </td>
                      <td data-label={t('settings.periods.targetTrained')} className="num">
                        {formatNumber(period.targetTrained)}
                      </td>
                      <td data-label={t('settings.periods.targetPresent')} className="num">
                        {formatNumber(period.targetPresent)}
                      </td>
                      <td data-label={t('settings.periods.targetNetworks')} className="num">
                        {formatNumber(period.targetNetworks)}
                      </td>
                      <td data-label={t('common.actions')}>
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => {
                            setNotice(undefined);
                            setEditing(period);
                          }}
                        >
                          {t('settings.periods.change')}
                          <span className="visually-hidden">: {period.name}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )}
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setNotice(undefined);
                setEditing('new');
              }}
            >
              {t('settings.periods.new')}
            </button>
          </Section>
          <Section title={t('settings.criteria.title')} id="settings-criteria">
            <p className="muted">{t('settings.criteria.intro')}</p>
            {/* A fresh form after each save, so its fields and version match what was stored. */}
            <CriteriaForm key={criteria.version} criteria={criteria} onSaved={onCriteriaSaved} />
          </Section>
        </>
      )}
      <PeriodDialog
        open={editing !== null}
        period={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
        onSaved={onPeriodSaved}
      />
    </>
  );
}
