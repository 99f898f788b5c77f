import { useState, type FormEvent } from 'react';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { DataTable } from '../../ui/data-table';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';
import { Section } from '../../ui/page';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { useChannelName, type ProgrammeChannel } from './channels-section';
import { DeleteEvidenceButton } from './evidence-actions';
import { checkCount, checkDate } from './evidence-form';
import { EvidenceStatusBadge } from './evidence-status';
import { KpiMeasurementsQuery, SaveKpiMeasurementMutation } from './operations';
import { KPI_FIGURES, today, type KpiFigure } from './programme-options';
import { LoadMore } from '../../ui/load-more';

/**
 * KPI measurements per channel at measurement moments (followers, posts, interactions, shares, visits
 * to the website from social media): recorded here, newest first. Central staff read them on the
 * library's page (`tenantId`).
 */
export function KpiSection({
  channels,
  tenantId,
  onSaved,
}: {
  channels: readonly ProgrammeChannel[];
  /** Central staff: the library whose measurements to show (read-only). */
  tenantId?: string;
  onSaved?: (message: string) => Promise<unknown>;
}) {
  const { t, formatDate, formatShortDate, formatNumber } = useI18n();
  const channelName = useChannelName();
  const [adding, setAdding] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const list = useConnection(
    KpiMeasurementsQuery,
    { tenantId: tenantId ?? null, channelId: null, first: 20 },
    (r) => r.kpiMeasurements,
    { refreshKey: refresh },
  );
  const active = channels.filter((c) => c.active);
  const nameOf = (id: string) => {
    const c = channels.find((ch) => ch.id === id);
    return c ? channelName(c) : '—';
  };
  const editable = Boolean(onSaved);
  return (
    <Section title={t('kpi.title')} id="kpi">
      <p className="muted">{t('kpi.intro')}</p>
      {editable &&
        (active.length === 0 ? (
          <Alert kind="info">{t('kpi.noChannels')}</Alert>
        ) : (
          <ul className="inline-actions plain-list kpi-add">
            {active.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="button button--primary button--small"
                  onClick={() => setAdding(c.id)}
                >
                  {t('kpi.add', { name: channelName(c) })}
                </button>
              </li>
            ))}
          </ul>
        ))}
      {list.error !== undefined && <LoadError error={list.error} onRetry={() => void list.reload()} />}
      {list.loading ? (
        <Loading />
      ) : list.nodes.length === 0 && list.error === undefined ? (
        <EmptyState title={t('kpi.empty')} />
      ) : (
        <DataTable caption={t('kpi.table')}>
          <thead>
            <tr>
              <th scope="col">{t('kpi.measuredOn')}</th>
              <th scope="col">{t('channels.channel')}</th>
              {KPI_FIGURES.map((f) => (
                <th key={f} scope="col" className="num">
                  {t(`kpi.${f}`)}
                </th>
              ))}
              <th scope="col">{t('evidence.status')}</th>
              {editable && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((m) => (
              <tr key={m.id}>
                <th scope="row" data-label={t('kpi.measuredOn')}>
                  {formatShortDate(m.measuredOn)}
                </th>
                <td data-label={t('channels.channel')}>{nameOf(m.channelId)}</td>
                {KPI_FIGURES.map((f) => (
                  <td key={f} data-label={t(`kpi.${f}`)} className="num">
                    {formatNumber(m[f])}
                  </td>
                ))}
                <td data-label={t('evidence.status')}>
                  <EvidenceStatusBadge item={m} compact />
                </td>
                {editable && (
                  <td data-label={t('common.actions')}>
                    <DeleteEvidenceButton
                      kind="KPI_MEASUREMENT"
                      item={m}
                      name={t('kpi.itemName', { name: nameOf(m.channelId), date: formatDate(m.measuredOn) })}
                      onDone={list.reload}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <LoadMore list={list} />
      {onSaved && (
        <Dialog
          open={adding !== null}
          title={t('kpi.new', { name: adding ? nameOf(adding) : '' })}
          onClose={() => setAdding(null)}
        >
          <KpiForm
            channelId={adding ?? ''}
            onClose={() => setAdding(null)}
            onSaved={async () => {
              setRefresh((n) => n + 1);
              await onSaved(t('kpi.saved', { name: adding ? nameOf(adding) : '' }));
            }}
          />
        </Dialog>
      )}
    </Section>
  );
}

function KpiForm({
  channelId,
  onClose,
  onSaved,
}: {
  channelId: string;
  onClose: () => void;
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const [measuredOn, setMeasuredOn] = useState(today());
  const [figures, setFigures] = useState<Record<KpiFigure, string>>({
    followers: '',
    posts: '',
    interactions: '',
    shares: '',
    websiteVisits: '',
  });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useMutation(async () => {
    await client.request(SaveKpiMeasurementMutation, {
      input: {
        channelId,
        measuredOn,
        followers: Number(figures.followers),
        posts: Number(figures.posts),
        interactions: Number(figures.interactions),
        shares: Number(figures.shares),
        websiteVisits: Number(figures.websiteVisits),
      },
    });
    await onSaved();
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = checkDate('measuredOn', measuredOn, t);
    for (const f of KPI_FIGURES) Object.assign(found, checkCount(f, figures[f], t));
    setProblems(found);
    if (Object.keys(found).length === 0 && (await save.run())) onClose();
  };
  const errors = { ...fieldErrors(save.error, t), ...problems };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('kpi.formIntro')}</p>
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      <TextField
        label={t('kpi.measuredOn')}
        type="date"
        required
        max={today()}
        value={measuredOn}
        onChange={setMeasuredOn}
        error={errors['measuredOn']}
      />
      <div className="form-row">
        {KPI_FIGURES.map((f) => (
          <TextField
            key={f}
            label={t(`kpi.${f}`)}
            hint={f === 'interactions' || f === 'websiteVisits' ? t(`kpi.${f}.hint`) : undefined}
            type="number"
            inputMode="numeric"
            min={0}
            required
            value={figures[f]}
            onChange={(value) => setFigures((current) => ({ ...current, [f]: value }))}
            error={errors[f]}
          />
        ))}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : t('kpi.save')}
        </button>
      </div>
    </form>
  );
}
