import { useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { SubmissionFieldsFragment, ThemeFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { PageHeader } from '../../ui/page';
import { Badge, LoadError, Loading } from '../../ui/status';
import { ThemesQuery } from '../content/operations';
import { SUBMISSION_STATUS_TONE } from '../content/post-options';
import {
  CreateSubmissionMutation,
  SubmissionQuery,
  SubmitSubmissionMutation,
  UpdateSubmissionMutation,
} from './operations';
import { SubmissionContent } from './submission-content';
import { SubmissionEditor } from './submission-editor';
import { EMPTY_SUBMISSION, isEditable, submissionInput, submissionValues } from './submission-form';
import { SubmissionTimeline } from './submission-timeline';

/** /inzendingen/nieuw and /inzendingen/:id for libraries: write, submit, follow, answer. */
export function SubmissionPage() {
  const { id } = useParams();
  return id ? <EditSubmission key={id} id={id} /> : <NewSubmission />;
}

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to="/inzendingen">← {t('submissions.backToList')}</Link>
    </p>
  );
}

type Notice = 'created' | 'submitted' | 'saved';

function NewSubmission() {
  const { t } = useI18n();
  const client = useApi();
  const navigate = useNavigate();
  const themes = useQuery(ThemesQuery, { activeOnly: true });
  // One key per content: a retry of the same submission returns the first one instead of a copy.
  const attempt = useRef<{ json: string; key: string } | null>(null);
  return (
    <>
      <PageHeader title={t('submissions.new')} intro={t('submissions.newIntro')} />
      <BackLink />
      {!themes.data ? (
        <Loading />
      ) : (
        <SubmissionEditor
          initial={EMPTY_SUBMISSION}
          themes={themes.data.themes}
          submitLabel={t('submission.submit')}
          onSave={async (values, submit) => {
            const input = submissionInput(values);
            const json = JSON.stringify({ input, submit });
            if (attempt.current?.json !== json) attempt.current = { json, key: crypto.randomUUID() };
            const { createSubmission } = await client.request(CreateSubmissionMutation, {
              input,
              submit,
              idempotencyKey: attempt.current.key,
            });
            const notice: Notice = submit ? 'submitted' : 'created';
            await navigate(`/inzendingen/${createSubmission.id}`, { state: { notice } });
          }}
        />
      )}
    </>
  );
}

function EditSubmission({ id }: { id: string }) {
  const { t } = useI18n();
  const client = useApi();
  const location = useLocation();
  const query = useQuery(SubmissionQuery, { id });
  const themes = useQuery(ThemesQuery, { activeOnly: false });
  const [notice, setNotice] = useState<Notice | null>(
    (location.state as { notice?: Notice } | null)?.notice ?? null,
  );
  const submission = query.data?.submission;
  if (!submission || !themes.data)
    return (
      <>
        <PageHeader title={t('submissions.submission')} />
        <BackLink />
        {query.error !== undefined ? (
          <LoadError error={query.error} onRetry={() => void query.reload()} />
        ) : (
          <Loading />
        )}
      </>
    );
  const changed = async (what: Notice | null) => {
    await query.reload();
    setNotice(what);
  };
  return (
    <>
      <PageHeader
        title={submission.title}
        intro={
          <Badge tone={SUBMISSION_STATUS_TONE[submission.status]}>
            {t(`submissionStatus.${submission.status}`)}
          </Badge>
        }
      />
      <BackLink />
      {notice && <Alert kind="success">{t(`submission.notice.${notice}`)}</Alert>}
      <StatusExplanation submission={submission} />
      <div className="with-aside with-aside--wide">
        {isEditable(submission.status) ? (
          <SubmissionEditor
            key={submission.version}
            initial={submissionValues(submission)}
            themes={themes.data.themes.filter((th) => th.active || th.id === submission.themeId)}
            submitLabel={t(submission.status === 'DRAFT' ? 'submission.submit' : 'submission.resubmit')}
            onReload={query.reload}
            onSave={async (values, submit) => {
              setNotice(null);
              const { updateSubmission } = await client.request(UpdateSubmissionMutation, {
                id,
                version: submission.version,
                input: submissionInput(values),
              });
              if (submit)
                await client.request(SubmitSubmissionMutation, { id, version: updateSubmission.version });
              await changed(submit ? 'submitted' : 'saved');
            }}
          />
        ) : (
          <SubmissionContent submission={submission} themeName={themeName(themes.data.themes, submission)} />
        )}
        <SubmissionTimeline submission={submission} onChanged={() => changed(null)} />
      </div>
    </>
  );
}

const themeName = (themes: readonly ThemeFieldsFragment[], s: SubmissionFieldsFragment) =>
  themes.find((th) => th.id === s.themeId)?.name;

/** What the status means for the library, with the editors' last word when they asked for changes. */
function StatusExplanation({ submission }: { submission: SubmissionFieldsFragment }) {
  const { t } = useI18n();
  const request = submission.timeline.findLast((e) => e.toStatus === 'CHANGES_REQUESTED');
  switch (submission.status) {
    case 'CHANGES_REQUESTED':
      return (
        <Alert kind="warning" title={t('submission.explain.CHANGES_REQUESTED')}>
          {request?.comment && <blockquote className="timeline__comment">{request.comment}</blockquote>}
        </Alert>
      );
    case 'REJECTED':
      return (
        <Alert kind="info" title={t('submission.explain.REJECTED')}>
          {submission.decisionReason && <p>{submission.decisionReason}</p>}
        </Alert>
      );
    case 'DRAFT':
    case 'SUBMITTED':
    case 'IN_REVIEW':
    case 'APPROVED':
    case 'REPUBLISHED':
      return <p className="muted">{t(`submission.explain.${submission.status}`)}</p>;
  }
}
