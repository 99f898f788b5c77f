import { useState, type FormEvent } from 'react';
import type { SubmissionFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { TextAreaField } from '../../ui/field';
import { Section } from '../../ui/page';
import { CommentOnSubmissionMutation } from './operations';

/** What happened to a submission, oldest first, and a box to add a comment. */
export function SubmissionTimeline({
  submission,
  onChanged,
}: {
  submission: SubmissionFieldsFragment;
  onChanged: () => Promise<void>;
}) {
  const { t, formatDateTime } = useI18n();
  const who = (side: string) => (side === 'CENTRAL' ? t('timeline.central') : submission.libraryName);
  return (
    <Section title={t('timeline.title')} id="timeline">
      <ol className="timeline">
        {submission.timeline.map((e) => (
          <li
            key={e.id}
            className={`timeline__item timeline__item--${e.side === 'CENTRAL' ? 'central' : 'library'}`}
          >
            <p className="timeline__meta">
              <strong>{who(e.side)}</strong> · <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            </p>
            {e.kind === 'STATUS' && e.toStatus && (
              <p className="timeline__what">
                {e.fromStatus
                  ? t('timeline.status', {
                      from: t(`submissionStatus.${e.fromStatus}`),
                      to: t(`submissionStatus.${e.toStatus}`),
                    })
                  : t('timeline.created', { to: t(`submissionStatus.${e.toStatus}`) })}
              </p>
            )}
            {e.comment && <blockquote className="timeline__comment">{e.comment}</blockquote>}
          </li>
        ))}
      </ol>
      <CommentForm id={submission.id} onAdded={onChanged} />
    </Section>
  );
}

function CommentForm({ id, onAdded }: { id: string; onAdded: () => Promise<void> }) {
  const { t } = useI18n();
  const client = useApi();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const add = useMutation(async () => {
    await client.request(CommentOnSubmissionMutation, { id, comment: comment.trim() });
    setComment('');
    await onAdded();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!comment.trim());
    if (comment.trim()) void add.run();
  };
  return (
    <form className="form comment-form" onSubmit={submit} noValidate>
      {add.error !== undefined && <Alert kind="error">{errorMessage(add.error, t)}</Alert>}
      <TextAreaField
        label={t('timeline.comment')}
        hint={t('timeline.comment.hint')}
        required
        rows={3}
        value={comment}
        onChange={setComment}
        error={missing ? t('timeline.comment.required') : undefined}
      />
      <button type="submit" className="button button--secondary" disabled={add.loading}>
        {add.loading ? t('common.busy') : t('timeline.comment.add')}
      </button>
    </form>
  );
}
