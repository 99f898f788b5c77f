import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { PostFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { fromDateTimeInput } from '../../lib/dates';
import { useI18n } from '../../lib/i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { PromptDialog } from '../../ui/prompt-dialog';
import { Badge } from '../../ui/status';
import {
  ArchivePostMutation,
  DuplicatePostMutation,
  PublishPostMutation,
  RestorePostToDraftMutation,
  SchedulePostMutation,
  UnschedulePostMutation,
  WithdrawPostMutation,
} from './operations';
import { POST_STATUS_TONE } from './post-options';

type Action = 'publish' | 'schedule' | 'unschedule' | 'withdraw' | 'archive' | 'restore' | 'duplicate';

/** Which workflow steps each status offers (the API's POST_TRANSITIONS, plus duplicating). */
const ACTIONS: Record<PostFieldsFragment['status'], readonly Action[]> = {
  DRAFT: ['publish', 'schedule', 'archive', 'duplicate'],
  SCHEDULED: ['publish', 'unschedule', 'archive', 'duplicate'],
  PUBLISHED: ['withdraw', 'archive', 'duplicate'],
  WITHDRAWN: ['publish', 'archive', 'duplicate'],
  ARCHIVED: ['restore', 'duplicate'],
};

const DANGER: readonly Action[] = ['withdraw', 'archive'];

/** Status, dates and the workflow buttons of a post, each with a confirmation. */
export function PostStatusPanel({
  post,
  onChanged,
}: {
  post: PostFieldsFragment;
  onChanged: () => Promise<void>;
}) {
  const { t, formatDateTime } = useI18n();
  const client = useApi();
  const navigate = useNavigate();
  const [open, setOpen] = useState<Action | null>(null);
  const close = () => setOpen(null);
  const ids = { id: post.id, version: post.version };
  const run = async (action: Exclude<Action, 'schedule' | 'withdraw'>) => {
    switch (action) {
      case 'publish':
        await client.request(PublishPostMutation, ids);
        return onChanged();
      case 'unschedule':
        await client.request(UnschedulePostMutation, ids);
        return onChanged();
      case 'archive':
        await client.request(ArchivePostMutation, ids);
        return onChanged();
      case 'restore':
        await client.request(RestorePostToDraftMutation, ids);
        return onChanged();
      case 'duplicate': {
        const { duplicatePost } = await client.request(DuplicatePostMutation, { id: post.id });
        return navigate(`/berichten/${duplicatePost.id}`, { state: { notice: 'duplicated' } });
      }
    }
  };
  return (
    <section className="card" aria-labelledby="post-status">
      <h2 id="post-status" className="card__title">
        {t('editor.status')}
      </h2>
      <dl className="facts">
        <dt>{t('content.status')}</dt>
        <dd>
          <Badge tone={POST_STATUS_TONE[post.status]}>{t(`postStatus.${post.status}`)}</Badge>
        </dd>
        {post.scheduledAt && (
          <>
            <dt>{t('editor.scheduledAt')}</dt>
            <dd>{formatDateTime(post.scheduledAt)}</dd>
          </>
        )}
        {post.publishedAt && (
          <>
            <dt>{t('editor.publishedAt')}</dt>
            <dd>{formatDateTime(post.publishedAt)}</dd>
          </>
        )}
        {post.withdrawalReason && (
          <>
            <dt>{t('editor.withdrawalReason')}</dt>
            <dd>{post.withdrawalReason}</dd>
          </>
        )}
      </dl>
      <div className="button-stack">
        {ACTIONS[post.status].map((action) => (
          <button
            key={action}
            type="button"
            className={`button ${action === 'publish' ? 'button--primary' : DANGER.includes(action) ? 'button--danger-quiet' : 'button--secondary'}`}
            onClick={() => setOpen(action)}
          >
            {t(`editor.action.${action}`)}
          </button>
        ))}
      </div>
      {(['publish', 'unschedule', 'archive', 'restore', 'duplicate'] as const).map((action) => (
        <ConfirmDialog
          key={action}
          open={open === action}
          title={t(`editor.action.${action}.title`)}
          confirmLabel={t(`editor.action.${action}`)}
          danger={DANGER.includes(action)}
          onClose={close}
          onConfirm={() => run(action)}
        >
          <p>{t(`editor.action.${action}.confirm`, { title: post.title })}</p>
        </ConfirmDialog>
      ))}
      <PromptDialog
        open={open === 'schedule'}
        title={t('editor.action.schedule.title')}
        label={t('editor.action.schedule.at')}
        input="datetime-local"
        confirmLabel={t('editor.action.schedule')}
        onClose={close}
        onConfirm={async (at) => {
          await client.request(SchedulePostMutation, { ...ids, at: fromDateTimeInput(at) ?? '' });
          await onChanged();
        }}
      >
        <p>{t('editor.action.schedule.confirm', { title: post.title })}</p>
      </PromptDialog>
      <PromptDialog
        open={open === 'withdraw'}
        title={t('editor.action.withdraw.title')}
        label={t('editor.action.withdraw.reason')}
        hint={t('editor.action.withdraw.reasonHint')}
        requiredMessage={t('editor.action.withdraw.reasonRequired')}
        confirmLabel={t('editor.action.withdraw')}
        danger
        onClose={close}
        onConfirm={async (reason) => {
          await client.request(WithdrawPostMutation, { ...ids, reason });
          await onChanged();
        }}
      >
        <p>{t('editor.action.withdraw.confirm', { title: post.title })}</p>
      </PromptDialog>
    </section>
  );
}
