import { useCallback, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Channel } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { useQuery } from '../../lib/use-query';
import { useDebouncedInput, useUrlParams } from '../../lib/use-url-params';
import { Alert } from '../../ui/alert';
import { SelectField, TextField } from '../../ui/field';
import { PageHeader } from '../../ui/page';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { GOALS, LANGUAGES, TARGET_GROUPS, oneOf } from '../content/post-options';
import { CHANNELS } from '../tenants/profile-form';
import { FeedCard } from './feed-card';
import { FeedQuery, FeedSubscriptionQuery, MarkFeedVisitedMutation, MyUsageQuery } from './operations';
import { LoadMore } from '../../ui/load-more';

/**
 * /feed (libraries): ready posts, personalised with the library's profile, newest first. Opening it
 * counts as a visit: what was published since the previous one is marked "Nieuw".
 */
export function FeedPage() {
  const { t, formatDateTime } = useI18n();
  const client = useApi();
  const params = useUrlParams();
  const { set } = params;
  const subscription = useQuery(FeedSubscriptionQuery, {});
  const usage = useQuery(MyUsageQuery, {});
  const visited = useRef(false);
  const before = subscription.data?.feedSubscription;

  // Record the visit once, after reading when the previous one was.
  useEffect(() => {
    if (!before || visited.current) return;
    visited.current = true;
    client.request(MarkFeedVisitedMutation).catch(() => undefined);
  }, [before, client]);

  const commitSearch = useCallback((zoek: string) => set({ zoek }), [set]);
  const [search, setSearch] = useDebouncedInput(params.get('zoek'), commitSearch);
  const list = useConnection(
    FeedQuery,
    {
      first: 20,
      search: params.get('zoek') || null,
      channel: oneOf<Channel>(CHANNELS, params.get('kanaal')),
      goal: oneOf(GOALS, params.get('doel')),
      targetGroup: oneOf(TARGET_GROUPS, params.get('doelgroep')),
      language: oneOf(LANGUAGES, params.get('taal')),
    },
    (r) => r.feed,
  );
  const used = usage.data?.myUsage.nodes ?? [];
  const select = (name: string, label: string, all: string, options: { value: string; label: string }[]) => (
    <SelectField
      label={label}
      value={params.get(name)}
      onChange={(value) => set({ [name]: value })}
      required
      options={[{ value: '', label: all }, ...options]}
    />
  );

  return (
    <>
      <PageHeader
        title={t('feed.title')}
        intro={t('feed.intro')}
        actions={
          <Link to="/abonnement" className="button button--secondary">
            {t('feed.subscription')}
          </Link>
        }
      />
      {before && before.newSinceLastVisit > 0 && (
        <Alert kind="info">
          {before.lastVisitAt
            ? t('feed.newSince', { n: before.newSinceLastVisit, date: formatDateTime(before.lastVisitAt) })
            : t('feed.newFirst', { n: before.newSinceLastVisit })}
        </Alert>
      )}
      <form
        role="search"
        className="filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('feed.filters')}
      >
        <TextField
          label={t('content.search')}
          hint={t('content.search.hint')}
          type="search"
          value={search}
          onChange={setSearch}
          required
          className="filters__search"
        />
        {select(
          'kanaal',
          t('content.channel'),
          t('feed.subscribedChannels'),
          CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) })),
        )}
        {select(
          'doel',
          t('content.goal'),
          t('content.allGoals'),
          GOALS.map((g) => ({ value: g, label: t(`goal.${g}`) })),
        )}
        {select(
          'doelgroep',
          t('content.targetGroup'),
          t('content.allTargetGroups'),
          TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}`) })),
        )}
        {select(
          'taal',
          t('content.language'),
          t('content.allLanguages'),
          LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) })),
        )}
      </form>
      {list.error !== undefined && <LoadError error={list.error} onRetry={() => void list.reload()} />}
      {list.loading || !subscription.data ? (
        <Loading />
      ) : list.nodes.length === 0 && list.error === undefined ? (
        <EmptyState title={t('feed.empty')}>
          <p>{t('feed.emptyHint')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted" role="status">
            {t('feed.shown', { n: list.nodes.length })}
          </p>
          <ul className="feed">
            {list.nodes.map((item) => (
              <li key={item.id}>
                <FeedCard
                  item={item}
                  isNew={Boolean(before?.lastVisitAt && item.publishedAt > before.lastVisitAt)}
                  usedOn={used.filter((u) => u.postId === item.id).map((u) => u.channel)}
                  onMarked={usage.reload}
                />
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </>
  );
}
