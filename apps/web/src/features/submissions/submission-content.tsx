import type { SubmissionFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { Section } from '../../ui/page';
import { AssetThumb } from '../assets/asset-thumb';
import { RenderedPost } from '../content/post-preview';
import { attachedThumb } from './submission-form';

/** A submission as sent in: texts, images, classification and what the library said about rights. */
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
      <SubmissionImageList assets={submission.assets} />
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

/** The attached images with their alt text and credit, as the editors review them. */
function SubmissionImageList({ assets }: { assets: SubmissionFieldsFragment['assets'] }) {
  const { t } = useI18n();
  if (assets.length === 0) return null;
  return (
    <section aria-labelledby="submission-images">
      <h3 id="submission-images">{t('submission.images')}</h3>
      <ul className="feed-assets">
        {assets.map((a) => (
          <li key={a.asset.id}>
            <figure className="feed-asset">
              <AssetThumb url={attachedThumb(a)} alt={a.altText ?? ''} kind={a.asset.kind} large />
              <figcaption>
                <span className="feed-asset__title">{a.asset.title}</span>
                <span>{t('submission.images.alt', { alt: a.altText ?? '—' })}</span>
                {a.asset.rights.creditLine && <span>{a.asset.rights.creditLine}</span>}
                {a.asset.unusableReason && (
                  <span className="field__error">
                    {t('submission.images.unusable', { reason: t(`assetWarning.${a.asset.unusableReason}`) })}
                  </span>
                )}
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
