import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useApi } from '../../lib/api-context';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { PageHeader } from '../../ui/page';
import { Badge, LoadError, Loading } from '../../ui/status';
import { CreatePostMutation, PostQuery, ThemesQuery, UpdatePostMutation } from './operations';
import { postInput } from './post-form';
import { PostEditor } from './post-editor';
import { POST_STATUS_TONE } from './post-options';
import { PostAssetsPanel } from './post-assets-panel';
import { PostPreview } from './post-preview';
import { PostStatusPanel } from './post-status-panel';
import { RevisionHistory } from './revision-history';

/** /berichten/nieuw (a new draft) and /berichten/:id (edit, workflow, preview, history). */
export function PostEditorPage() {
  const { id } = useParams();
  return id ? <EditPost key={id} id={id} /> : <NewPost />;
}

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to="/berichten">← {t('content.backToList')}</Link>
    </p>
  );
}

function NewPost() {
  const { t } = useI18n();
  const client = useApi();
  const navigate = useNavigate();
  const themes = useQuery(ThemesQuery, { activeOnly: true });
  return (
    <>
      <PageHeader title={t('content.new')} intro={t('editor.newIntro')} />
      <BackLink />
      {!themes.data ? (
        themes.error !== undefined ? (
          <LoadError error={themes.error} onRetry={() => void themes.reload()} />
        ) : (
          <Loading />
        )
      ) : (
        <PostEditor
          themes={themes.data.themes}
          submitLabel={t('editor.createDraft')}
          onSave={async (values) => {
            const { createPost } = await client.request(CreatePostMutation, { input: postInput(values) });
            await navigate(`/berichten/${createPost.id}`, { state: { notice: 'created' } });
          }}
        />
      )}
    </>
  );
}

type Notice = 'created' | 'saved' | 'duplicated' | 'changed';

function EditPost({ id }: { id: string }) {
  const { t } = useI18n();
  const client = useApi();
  const location = useLocation();
  const query = useQuery(PostQuery, { id });
  const themes = useQuery(ThemesQuery, { activeOnly: true });
  const [notice, setNotice] = useState<Notice | null>(
    (location.state as { notice?: Notice } | null)?.notice ?? null,
  );
  const post = query.data?.post;
  if (!post || !themes.data)
    return (
      <>
        <PageHeader title={t('editor.title.edit')} />
        <BackLink />
        {query.error !== undefined ? (
          <LoadError error={query.error} onRetry={() => void query.reload()} />
        ) : (
          <Loading />
        )}
      </>
    );
  const changed = async (what: Notice) => {
    await query.reload();
    setNotice(what);
  };
  return (
    <>
      <PageHeader
        title={post.title}
        intro={
          <>
            <Badge tone={POST_STATUS_TONE[post.status]}>{t(`postStatus.${post.status}`)}</Badge>{' '}
            {post.attribution && <span>{post.attribution}</span>}
          </>
        }
        actions={
          <Link to={`/berichten/${post.id}/gebruik`} className="button button--secondary">
            {t('usage.post.link')}
          </Link>
        }
      />
      <BackLink />
      {notice && (
        <Alert kind="success">
          {t(
            notice === 'created'
              ? 'editor.created'
              : notice === 'duplicated'
                ? 'editor.duplicated'
                : notice === 'changed'
                  ? 'editor.statusChanged'
                  : 'common.saved',
          )}
        </Alert>
      )}
      <div className="with-aside">
        <PostEditor
          key={post.version}
          post={post}
          themes={themes.data.themes}
          submitLabel={t('common.save')}
          onReload={query.reload}
          onSave={async (values) => {
            setNotice(null);
            await client.request(UpdatePostMutation, {
              id: post.id,
              input: { ...postInput(values), version: post.version },
            });
            await changed('saved');
          }}
        />
        <aside className="stack" aria-label={t('editor.aside')}>
          <PostStatusPanel post={post} onChanged={() => changed('changed')} />
          <PostAssetsPanel key={post.version} post={post} onChanged={() => changed('saved')} />
          <PostPreview post={post} />
        </aside>
      </div>
      <RevisionHistory post={post} onRestored={() => changed('saved')} />
    </>
  );
}
