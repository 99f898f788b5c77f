import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { PageHeader } from '../../ui/page';
import { Badge, LoadError, Loading } from '../../ui/status';
import { ThemesQuery } from '../content/operations';
import { SUBMISSION_STATUS_TONE } from '../content/post-options';
import { SubmissionQuery } from './operations';
import { ReviewDecisions } from './review-decisions';
import { SubmissionContent } from './submission-content';
import { SubmissionTimeline } from './submission-timeline';

/** /beoordelen/:id: a submission with its timeline, comments and the editor's decisions. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const query = useQuery(SubmissionQuery, { id });
  const themes = useQuery(ThemesQuery, { activeOnly: false });
  const [decided, setDecided] = useState(false);
  const submission = query.data?.submission;
  const back = (
    <p className="back-link">
      <Link to="/beoordelen">← {t('review.backToQueue')}</Link>
    </p>
  );
  if (!submission)
    return (
      <>
        <PageHeader title={t('submissions.submission')} />
        {back}
        {query.error !== undefined ? (
          <LoadError error={query.error} onRetry={() => void query.reload()} />
        ) : (
          <Loading />
        )}
      </>
    );
  const changed = async () => {
    await query.reload();
    setDecided(true);
  };
  return (
    <>
      <PageHeader
        title={submission.title}
        intro={
          <>
            <Badge tone={SUBMISSION_STATUS_TONE[submission.status]}>
              {t(`submissionStatus.${submission.status}`)}
            </Badge>{' '}
            {t('review.from', { library: submission.libraryName })}
          </>
        }
      />
      {back}
      {decided && (
        <Alert kind="success">
          <p>{t(`review.done.${submission.status}`)}</p>
        </Alert>
      )}
      <div className="with-aside with-aside--wide">
        <div>
          <SubmissionContent
            submission={submission}
            themeName={themes.data?.themes.find((th) => th.id === submission.themeId)?.name}
          />
          <SubmissionTimeline submission={submission} onChanged={query.reload} />
        </div>
        <aside aria-label={t('review.decision')}>
          <ReviewDecisions submission={submission} onChanged={changed} />
        </aside>
      </div>
    </>
  );
}
