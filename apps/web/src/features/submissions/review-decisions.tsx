import { useState } from 'react';
import { Link } from 'react-router';
import type { SubmissionFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { PromptDialog } from '../../ui/prompt-dialog';
import { useCurrentUser } from '../auth/auth-context';
import {
  ApproveSubmissionMutation,
  AssignSubmissionMutation,
  RejectSubmissionMutation,
  RequestSubmissionChangesMutation,
  StartSubmissionReviewMutation,
} from './operations';

/** Assigns a submission to someone (or to nobody), with the error beside the button. */
export function AssignButton({
  id,
  title,
  reviewerId,
  label,
  onDone,
}: {
  id: string;
  title: string;
  reviewerId: string | null;
  label?: string;
  onDone: () => Promise<void>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const assign = useMutation(async () => {
    await client.request(AssignSubmissionMutation, { id, reviewerId });
    await onDone();
  });
  return (
    <span className="inline-action">
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={assign.loading}
        onClick={() => void assign.run()}
      >
        {label ?? t('review.assignToMe')}
        <span className="visually-hidden">: {title}</span>
      </button>
      {assign.error !== undefined && (
        <span className="field__error" role="alert">
          {errorMessage(assign.error, t)}
        </span>
      )}
    </span>
  );
}

type Decision = 'start' | 'changes' | 'reject' | 'approve';

/** The editor's side panel: who reviews it, and the decisions its status allows. */
export function ReviewDecisions({
  submission,
  onChanged,
}: {
  submission: SubmissionFieldsFragment;
  onChanged: () => Promise<void>;
}) {
  const { t, formatDateTime } = useI18n();
  const client = useApi();
  const me = useCurrentUser();
  const [open, setOpen] = useState<Decision | null>(null);
  const close = () => setOpen(null);
  const ids = { id: submission.id, version: submission.version };
  const inReview = submission.status === 'IN_REVIEW';
  return (
    <section className="card" aria-labelledby="review-decision">
      <h2 id="review-decision" className="card__title">
        {t('review.decision')}
      </h2>
      <dl className="facts">
        <dt>{t('common.library')}</dt>
        <dd>{submission.libraryName}</dd>
        <dt>{t('submissions.submittedAt')}</dt>
        <dd>{submission.submittedAt ? formatDateTime(submission.submittedAt) : '—'}</dd>
        <dt>{t('review.reviewer')}</dt>
        <dd>
          {submission.reviewerId === me.id
            ? t('review.you')
            : submission.reviewerId
              ? t('review.someoneElse')
              : t('review.nobody')}
        </dd>
      </dl>
      <p>
        {submission.reviewerId === me.id ? (
          <AssignButton
            id={submission.id}
            title={submission.title}
            reviewerId={null}
            label={t('review.unassign')}
            onDone={onChanged}
          />
        ) : (
          <AssignButton id={submission.id} title={submission.title} reviewerId={me.id} onDone={onChanged} />
        )}
      </p>
      {submission.postId && (
        <p>
          <Link to={`/berichten/${submission.postId}`} className="button button--primary">
            {t('review.toPost')}
          </Link>
        </p>
      )}
      <div className="button-stack">
        {submission.status === 'SUBMITTED' && (
          <button type="button" className="button button--primary" onClick={() => setOpen('start')}>
            {t('review.start')}
          </button>
        )}
        {inReview && (
          <>
            <button type="button" className="button button--primary" onClick={() => setOpen('approve')}>
              {t('review.approve')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen('changes')}>
              {t('review.requestChanges')}
            </button>
            <button type="button" className="button button--danger-quiet" onClick={() => setOpen('reject')}>
              {t('review.reject')}
            </button>
          </>
        )}
      </div>
      <ConfirmDialog
        open={open === 'start'}
        title={t('review.start.title')}
        confirmLabel={t('review.start')}
        danger={false}
        onClose={close}
        onConfirm={async () => {
          await client.request(StartSubmissionReviewMutation, ids);
          await onChanged();
        }}
      >
        <p>{t('review.start.confirm', { library: submission.libraryName })}</p>
      </ConfirmDialog>
      <PromptDialog
        open={open === 'changes'}
        title={t('review.requestChanges.title')}
        label={t('review.requestChanges.comment')}
        hint={t('review.requestChanges.hint')}
        requiredMessage={t('review.requestChanges.required')}
        confirmLabel={t('review.requestChanges')}
        onClose={close}
        onConfirm={async (comment) => {
          await client.request(RequestSubmissionChangesMutation, { ...ids, comment });
          await onChanged();
        }}
      />
      <PromptDialog
        open={open === 'reject'}
        title={t('review.reject.title')}
        label={t('review.reject.reason')}
        hint={t('review.reject.hint')}
        requiredMessage={t('review.reject.required')}
        confirmLabel={t('review.reject')}
        danger
        onClose={close}
        onConfirm={async (comment) => {
          await client.request(RejectSubmissionMutation, { ...ids, comment });
          await onChanged();
        }}
      />
      <PromptDialog
        open={open === 'approve'}
        title={t('review.approve.title')}
        label={t('review.approve.comment')}
        required={false}
        confirmLabel={t('review.approve')}
        onClose={close}
        onConfirm={async (comment) => {
          await client.request(ApproveSubmissionMutation, { ...ids, comment: comment || null });
          await onChanged();
        }}
      >
        <p>{t('review.approve.confirm', { library: submission.libraryName })}</p>
      </PromptDialog>
    </section>
  );
}
