import { useCallback } from 'react';
import type { Channel, PostStatus } from '../../gql/graphql';
import { endOfDayExclusive, startOfDay } from '../../lib/dates';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { useDebouncedInput, useUrlParams } from '../../lib/use-url-params';
import { SelectField, TextField } from '../../ui/field';
import { CHANNELS } from '../tenants/profile-form';
import { ThemesQuery } from './operations';
import { GOALS, LANGUAGES, POST_STATUSES, TARGET_GROUPS, oneOf } from './post-options';

/** The library's filters, kept in the address: ?zoek=…&thema=…&kanaal=…&doel=…&doelgroep=… */
export function usePostFilters() {
  const params = useUrlParams();
  const search = params.get('zoek');
  const status = oneOf<PostStatus>(POST_STATUSES, params.get('status'));
  const variables = {
    search: search || null,
    themeIds: params.get('thema') ? [params.get('thema')] : null,
    channel: oneOf<Channel>(CHANNELS, params.get('kanaal')),
    goal: oneOf(GOALS, params.get('doel')),
    targetGroup: oneOf(TARGET_GROUPS, params.get('doelgroep')),
    language: oneOf(LANGUAGES, params.get('taal')),
    statuses: status ? [status] : null,
    from: startOfDay(params.get('van')),
    until: endOfDayExclusive(params.get('tot')),
  };
  return { params, variables };
}

export function PostFilters({ filters }: { filters: ReturnType<typeof usePostFilters> }) {
  const { t } = useI18n();
  const { params } = filters;
  const themes = useQuery(ThemesQuery, { activeOnly: false });
  const { set } = params;
  const commitSearch = useCallback((zoek: string) => set({ zoek }), [set]);
  const [search, setSearch] = useDebouncedInput(params.get('zoek'), commitSearch);
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
    <form
      role="search"
      className="filters"
      onSubmit={(e) => e.preventDefault()}
      aria-label={t('content.filters')}
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
        'thema',
        t('content.theme'),
        t('content.allThemes'),
        (themes.data?.themes ?? []).map((th) => ({ value: th.id, label: th.name })),
      )}
      {select(
        'kanaal',
        t('content.channel'),
        t('content.allChannels'),
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
        'status',
        t('content.status'),
        t('content.allStatuses'),
        POST_STATUSES.map((s) => ({ value: s, label: t(`postStatus.${s}`) })),
      )}
      {select(
        'taal',
        t('content.language'),
        t('content.allLanguages'),
        LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) })),
      )}
      <TextField
        label={t('content.from')}
        type="date"
        required
        hint={t('content.dateHint')}
        value={params.get('van')}
        onChange={(van) => set({ van })}
      />
      <TextField
        label={t('content.until')}
        type="date"
        required
        value={params.get('tot')}
        onChange={(tot) => set({ tot })}
      />
    </form>
  );
}
