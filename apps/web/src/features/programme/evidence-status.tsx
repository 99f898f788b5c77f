import type { EvidenceStatus, PhaseStatus } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { Badge } from '../../ui/status';
import { EVIDENCE_STATUS_TONE, PHASE_STATUS_TONE } from './programme-options';

export function PhaseStatusBadge({ status }: { status: PhaseStatus }) {
  const { t } = useI18n();
  return <Badge tone={PHASE_STATUS_TONE[status]}>{t(`phaseStatus.${status}`)}</Badge>;
}

interface Reviewed {
  status: EvidenceStatus;
  reviewedAt?: string | null;
  reviewComment?: string | null;
}

/**
 * The review state of one piece of evidence, with the reviewer's comment (always given on a
 * rejection) and, unless `compact` (narrow tables), when it was reviewed.
 */
export function EvidenceStatusBadge({ item, compact = false }: { item: Reviewed; compact?: boolean }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      <Badge tone={EVIDENCE_STATUS_TONE[item.status]}>{t(`evidenceStatus.${item.status}`)}</Badge>
      {!compact && item.reviewedAt && item.status !== 'SUBMITTED' && (
        <span className="cell-note">{t('evidence.reviewedOn', { date: formatDate(item.reviewedAt) })}</span>
      )}
      {item.reviewComment && item.status !== 'SUBMITTED' && (
        <span className="cell-note evidence-comment">
          {t('evidence.comment', { comment: item.reviewComment })}
        </span>
      )}
    </>
  );
}
