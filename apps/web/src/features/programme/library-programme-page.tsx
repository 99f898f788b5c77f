import { Link, useParams } from 'react-router';
import type { EvidenceFieldsFragment, EvidenceStatus } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { useQuery } from '../../lib/use-query';
import { DataTable } from '../../ui/data-table';
import { PageHeader, Section } from '../../ui/page';
import { LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { canAccess } from '../shell/access';
import { useChannelName } from './channels-section';
import { EvidenceStatusBadge } from './evidence-status';
import { KpiSection } from './kpi-section';
import { EvidenceQueueQuery, LibraryProgrammeQuery } from './operations';
import { PhaseHistory } from './phase-history';
import { PhaseProgress } from './phase-progress';
import { ReviewActions } from './review-actions';
import { StrategySummary } from './strategy-summary';
import './programme.css';

/**
 * /dashboard/bibliotheken/:tenantId (central staff): one library's progress, the evidence waiting for
 * review (verify or reject it here), and everything it recorded.
 */
export function LibraryProgrammePage() {
  const { tenantId = '' } = useParams();
  const { t } = useI18n();
  const user = useCurrentUser();
  const reviewer = canAccess(user.role, 'evidenceReview');
  const query = useQuery(LibraryProgrammeQuery, { tenantId });
  const waiting = useConnection(
    EvidenceQueueQuery,
    { first: 100, status: 'SUBMITTED', kind: null, tenantId },
    (r) => r.evidenceQueue,
  );
  const programme = query.data?.libraryProgramme;
  const evidence = query.data?.programmeEvidence;
  const reload = async () => {
    await Promise.all([query.reload(), waiting.reload()]);
  };
  return (
    <>
      <PageHeader
        title={programme ? programme.libraryName : t('libraryProgramme.titleShort')}
        intro={t('libraryProgramme.intro')}
      />
      <p className="back-link">
        <Link to="/dashboard">← {t('libraryProgramme.back')}</Link>
      </p>
      {query.error !== undefined && !programme ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !programme || !evidence ? (
        <Loading />
      ) : (
        <>
          <PhaseProgress programme={programme} />
          <Section title={t('libraryProgramme.waiting')} id="te-beoordelen">
            {waiting.error !== undefined && (
              <LoadError error={waiting.error} onRetry={() => void waiting.reload()} />
            )}
            {waiting.loading ? (
              <Loading />
            ) : waiting.nodes.length === 0 ? (
              <p className="muted">{t('libraryProgramme.nothingWaiting')}</p>
            ) : (
              <ul className="plain-list review-list">
                {waiting.nodes.map((item) => (
                  <li key={`${item.kind}-${item.id}`} className="review-item">
                    <p className="review-item__what">
                      <span className="cell-note">{t(`evidenceKind.${item.kind}`)}</span>
                      {item.summary}
                    </p>
                    {reviewer && <ReviewActions item={item} onDone={reload} />}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <EvidenceTables evidence={evidence} />
          <KpiSection channels={evidence.channels} tenantId={tenantId} />
          <Section title={t('programme.history.title')} id="fasegeschiedenis">
            <PhaseHistory tenantId={tenantId} />
          </Section>
        </>
      )}
    </>
  );
}

interface Reviewed {
  status: EvidenceStatus;
  reviewedAt?: string | null;
  reviewComment?: string | null;
}

/** Everything the library recorded, read-only, with its review state. */
function EvidenceTables({ evidence }: { evidence: EvidenceFieldsFragment }) {
  const { t, formatDate, formatNumber } = useI18n();
  const channelName = useChannelName();
  const table = (
    title: string,
    id: string,
    rows: { key: string; what: string; detail?: string | undefined; item: Reviewed }[],
  ) => (
    <Section title={title} id={id}>
      {rows.length === 0 ? (
        <p className="muted">{t('libraryProgramme.none')}</p>
      ) : (
        <DataTable caption={title}>
          <thead>
            <tr>
              <th scope="col">{t('evidence.what')}</th>
              <th scope="col">{t('evidence.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" data-label={t('evidence.what')}>
                  {r.what}
                  {r.detail && <span className="cell-note">{r.detail}</span>}
                </th>
                <td data-label={t('evidence.status')}>
                  <EvidenceStatusBadge item={r.item} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </Section>
  );
  return (
    <>
      {table(
        t('trainings.title'),
        'trainingen',
        evidence.trainings.map((tr) => ({
          key: tr.id,
          what: tr.module,
          detail: t('libraryProgramme.training', {
            date: formatDate(tr.date),
            provider: tr.provider,
            n: formatNumber(tr.staffCount),
          }),
          item: tr,
        })),
      )}
      <Section title={t('strategy.title')} id="strategie">
        {evidence.strategy ? (
          <>
            <p>
              {t('strategy.current', { n: evidence.strategy.versionNo })}:{' '}
              <EvidenceStatusBadge item={evidence.strategy} />
            </p>
            <StrategySummary strategy={evidence.strategy} />
          </>
        ) : (
          <p className="muted">{t('libraryProgramme.none')}</p>
        )}
      </Section>
      {table(
        t('policy.title'),
        'beleid',
        evidence.policies.map((p) => ({
          key: p.id,
          what: t('libraryProgramme.policy', { date: formatDate(p.adoptedOn) }),
          detail: p.url ?? (p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text),
          item: p,
        })),
      )}
      {table(
        t('houseStyle.title'),
        'huisstijl',
        evidence.houseStyles.map((h) => ({
          key: h.id,
          what: h.applied
            ? t('libraryProgramme.houseStyleApplied', { date: formatDate(h.appliedOn) })
            : t('libraryProgramme.houseStyleNotApplied', { date: formatDate(h.appliedOn) }),
          detail: h.note ?? undefined,
          item: h,
        })),
      )}
      {table(
        t('channels.title'),
        'kanalen',
        evidence.channels.map((c) => ({
          key: c.id,
          what: channelName(c),
          detail: c.active ? t('channels.active') : t('channels.inactive'),
          item: c,
        })),
      )}
      {table(
        t('networks.title'),
        'netwerken',
        evidence.networks.map((n) => ({
          key: n.id,
          what: n.name,
          detail: t('libraryProgramme.network', {
            theme: n.theme,
            n: formatNumber(n.memberCount),
            state: n.active ? t('channels.active') : t('channels.inactive'),
          }),
          item: n,
        })),
      )}
    </>
  );
}
