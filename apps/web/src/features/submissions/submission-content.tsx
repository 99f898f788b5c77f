import type { SubmissionFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { Section } from '../../ui/page';
import { RenderedPost } from '../content/post-preview';

/** A submission as sent in: texts, classification and what the library said about rights. */
export function SubmissionContent({
  submission,
  themeName,
}: {
  submission: SubmissionFieldsFragment;
  themeName: string | undefined;
}) {
  const { t } = useI18n();
  const yesNo = (v: boolean) => t(v ? 'common.yes' : 'common.no');
  return (
    <Section title={t('submission.content')} id="submission-content">
      <RenderedPost title={submission.title} body={submission.body} variants={submission.variants} />
      <dl className="facts facts--spaced">
        <dt>{t('content.theme')}</dt>
        <dd>{themeName ?? '—'}</dd>
        <dt>{t('content.goal')}</dt>
        <dd>{submission.goal ? t(`goal.${submission.goal}`) : '—'}</dd>
        <dt>{t('content.language')}</dt>
        <dd>{t(`language.${submission.language}`)}</dd>
        <dt>{t('editor.targetGroups')}</dt>
        <dd>{submission.targetGroups.map((g) => t(`targetGroup.${g}`)).join(', ') || '—'}</dd>
        <dt>{t('submission.localContext')}</dt>
        <dd>{submission.localContext ?? '—'}</dd>
        <dt>{t('submission.mayShare')}</dt>
        <dd>{yesNo(submission.mayShare)}</dd>
        <dt>{t('submission.portraitConsent')}</dt>
        <dd>{yesNo(submission.portraitConsent)}</dd>
        <dt>{t('submission.rightsNote')}</dt>
        <dd>{submission.rightsNote ?? '—'}</dd>
      </dl>
    </Section>
  );
}
