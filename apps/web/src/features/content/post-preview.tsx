import { useState } from 'react';
import type { Channel, PostFieldsFragment, VariantFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { RadioGroup } from '../../ui/field';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { LibrarySelect, useLibraries } from '../tenants/library-select';
import { PreviewPostQuery } from './operations';
import { composedText } from './post-form';

/** The saved post as one chosen library will see it, placeholders filled in by the API. */
export function PostPreview({ post }: { post: PostFieldsFragment }) {
  const { t } = useI18n();
  const libraries = useLibraries();
  const [slug, setSlug] = useState('');
  const library = libraries.libraries?.find((l) => l.slug === slug);
  const preview = useQuery(
    PreviewPostQuery,
    { id: post.id, tenantId: library?.id ?? '' },
    // Loads again after every save.
    { skip: !library, refreshKey: post.version },
  );
  const shown = library && preview.data?.previewPost;
  return (
    <section className="preview" aria-labelledby="post-preview">
      <h2 id="post-preview" className="preview__title">
        {t('editor.preview')}
      </h2>
      <p className="preview__hint">{t('editor.preview.hint')}</p>
      {libraries.error !== undefined && <LoadError error={libraries.error} />}
      <LibrarySelect
        label={t('editor.preview.as')}
        libraries={libraries.libraries}
        value={slug}
        onChange={setSlug}
        emptyLabel={t('common.chooseLibrary')}
        required
      />
      {!library ? null : preview.error !== undefined ? (
        <LoadError error={preview.error} onRetry={() => void preview.reload()} />
      ) : !shown ? (
        <Loading />
      ) : (
        <RenderedPost title={shown.title} body={shown.body} variants={shown.variants} />
      )}
    </section>
  );
}

/** A rendered post: title, master text and the text of one chosen channel. */
export function RenderedPost({
  title,
  body,
  variants,
}: {
  title: string;
  body: string;
  variants: readonly VariantFieldsFragment[];
}) {
  const { t } = useI18n();
  const [channel, setChannel] = useState<Channel | 'BODY'>('BODY');
  const variant = variants.find((v) => v.channel === channel);
  if (!variants.length && !body) return <EmptyState title={t('editor.preview.empty')} />;
  return (
    <div className="preview__post">
      <p className="preview__post-title">{title}</p>
      <RadioGroup
        label={t('editor.preview.channel')}
        pills
        value={variant ? channel : 'BODY'}
        onChange={setChannel}
        options={[
          { value: 'BODY', label: t('editor.preview.body') },
          ...variants.map((v) => ({ value: v.channel, label: t(`channel.${v.channel}`) })),
        ]}
      />
      <p className="preview__text">{variant ? composedText(variant) : body}</p>
    </div>
  );
}
