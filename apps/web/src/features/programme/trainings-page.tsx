import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { DataTable } from '../../ui/data-table';
import { PageHeader } from '../../ui/page';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { DeleteEvidenceButton } from './evidence-actions';
import { EvidenceStatusBadge } from './evidence-status';
import { MyProgrammeQuery } from './operations';
import { PhaseNote } from './phase-note';
import { ProgrammeNav } from './programme-nav';
import { TrainingDialog, type Training } from './training-dialog';
import './programme.css';

/** /programma/trainingen (libraries): the trainings the staff followed, as evidence for phase 1. */
export function TrainingsPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const query = useQuery(MyProgrammeQuery, {});
  const [editing, setEditing] = useState<Training | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  const trainings = query.data?.programmeEvidence.trainings;
  const onSaved = async () => {
    setSaved(true);
    await query.reload();
  };
  return (
    <>
      <PageHeader
        title={t('trainings.title')}
        intro={t('trainings.intro')}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setSaved(false);
              setEditing('new');
            }}
          >
            {t('trainings.new')}
          </button>
        }
      />
      <ProgrammeNav />
      {saved && <Alert kind="success">{t('programme.saved')}</Alert>}
      {query.error !== undefined ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !trainings || !query.data ? (
        <Loading />
      ) : (
        <>
          <PhaseNote programme={query.data.myProgramme} phase="TRAINED" />
          {trainings.length === 0 ? (
            <EmptyState title={t('trainings.empty')}>
              <p>{t('trainings.emptyHint')}</p>
            </EmptyState>
          ) : (
            <DataTable caption={t('trainings.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('trainings.module')}</th>
                  <th scope="col">{t('trainings.date')}</th>
                  <th scope="col">{t('trainings.provider')}</th>
                  <th scope="col" className="num">
                    {t('trainings.staffCount')}
                  </th>
                  <th scope="col">{t('trainings.certificate')}</th>
                  <th scope="col">{t('evidence.status')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {trainings.map((training) => (
                  <tr key={training.id}>
                    <th scope="row" data-label={t('trainings.module')}>
                      {training.module}
                      {!training.digitalVision && (
                        <span className="cell-note">{t('trainings.notDigitalVision')}</span>
                      )}
                    </th>
                    <td data-label={t('trainings.date')}>{formatDate(training.date)}</td>
                    <td data-label={t('trainings.provider')}>{training.provider}</td>
                    <td data-label={t('trainings.staffCount')} className="num">
                      {formatNumber(training.staffCount)}
                    </td>
                    <td data-label={t('trainings.certificate')}>
                      {training.certificateAssetId ? (
                        <Link to={`/beeldmateriaal/${training.certificateAssetId}`}>
                          {t('trainings.certificate.open')}
                          <span className="visually-hidden">: {training.module}</span>
                        </Link>
                      ) : (
                        <span className="muted">{t('trainings.certificate.none')}</span>
                      )}
                    </td>
                    <td data-label={t('evidence.status')}>
                      <EvidenceStatusBadge item={training} />
                    </td>
                    <td data-label={t('common.actions')}>
                      <span className="inline-actions">
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => {
                            setSaved(false);
                            setEditing(training);
                          }}
                        >
                          {t('programme.edit')}
                          <span className="visually-hidden">: {training.module}</span>
                        </button>
                        <DeleteEvidenceButton
                          kind="TRAINING"
                          item={training}
                          name={training.module}
                          onDone={query.reload}
                        />
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </>
      )}
      <TrainingDialog
        open={editing !== null}
        training={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
        onSaved={onSaved}
      />
    </>
  );
}
