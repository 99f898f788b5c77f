import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { DataTable } from '../../ui/data-table';
import { Badge, EmptyState, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { canAccess } from '../shell/access';
import { PostsQuery } from './operations';
import { POST_STATUS_TONE } from './post-options';
import type { usePostFilters } from './post-filters';
import { LoadMore } from '../../ui/load-more';

const PAGE_SIZE = 25;

/** The filtered posts, best match first when searching, else last changed first; "Meer laden". */
export function PostList({ variables }: { variables: ReturnType<typeof usePostFilters>['variables'] }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const user = useCurrentUser();
  const editor = canAccess(user.role, 'contentEdit');
  const list = useConnection(PostsQuery, { first: PAGE_SIZE, ...variables }, (r) => r.posts);
  if (list.loading) return <Loading />;
  if (list.nodes.length === 0 && list.error === undefined)
    return (
      <EmptyState title={t('content.empty')}>
        <p>{t('content.emptyHint')}</p>
      </EmptyState>
    );
  return (
    <>
      {list.error !== undefined && <LoadError error={list.error} onRetry={() => void list.reload()} />}
      <p className="muted" role="status">
        {t('content.shown', { n: list.nodes.length })}
      </p>
      <DataTable caption={t('content.title')}>
        <thead>
          <tr>
            <th scope="col">{t('content.col.title')}</th>
            <th scope="col">{t('content.theme')}</th>
            <th scope="col">{t('content.status')}</th>
            <th scope="col">{t('content.col.channels')}</th>
            <th scope="col">{t('content.col.suggested')}</th>
          </tr>
        </thead>
        <tbody>
          {list.nodes.map((post) => (
            <tr key={post.id}>
              <th scope="row" data-label={t('content.col.title')}>
                <Link to={editor ? `/berichten/${post.id}` : `/berichten/${post.id}/gebruik`}>
                  {post.title}
                </Link>
                <span className="cell-note">
                  {t('common.updatedAt', { date: formatDateTime(post.updatedAt) })}
                  {post.attribution && ` · ${post.attribution}`}
                </span>
              </th>
              <td data-label={t('content.theme')}>
                {post.theme ? <ThemeName name={post.theme.name} colour={post.theme.colour} /> : '—'}
              </td>
              <td data-label={t('content.status')}>
                <Badge tone={POST_STATUS_TONE[post.status]}>{t(`postStatus.${post.status}`)}</Badge>
              </td>
              <td data-label={t('content.col.channels')}>
                {post.variants.map((v) => t(`channel.${v.channel}`)).join(', ') || '—'}
              </td>
              <td data-label={t('content.col.suggested')}>
                {post.suggestedPublishAt ? formatDate(post.suggestedPublishAt) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <LoadMore list={list} />
    </>
  );
}

/** A theme's name with its colour as a small swatch. */
export function ThemeName({ name, colour }: { name: string; colour: string }) {
  return (
    <span className="theme-name">
      <span className="swatch" style={{ background: colour }} aria-hidden="true" />
      {name}
    </span>
  );
}
