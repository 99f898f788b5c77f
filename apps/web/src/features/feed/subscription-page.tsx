import { useState, type FormEvent } from 'react';
import type { Channel, FeedSubscriptionQuery as FeedSubscriptionData } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { CheckboxGroup } from '../../ui/field';
import { PageHeader } from '../../ui/page';
import { LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { CHANNELS } from '../tenants/profile-form';
import { FeedSubscriptionQuery, UpdateFeedSubscriptionMutation } from './operations';

/** /abonnement: which themes and channels the library's feed (and RSS, webhooks) carries. */
export function SubscriptionPage() {
  const { t } = useI18n();
  const query = useQuery(FeedSubscriptionQuery, {});
  return (
    <>
      <PageHeader title={t('subscription.title')} intro={t('subscription.intro')} />
      {query.error !== undefined && !query.data ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !query.data ? (
        <Loading />
      ) : (
        <SubscriptionForm data={query.data} />
      )}
    </>
  );
}

function SubscriptionForm({ data }: { data: FeedSubscriptionData }) {
  const { t } = useI18n();
  const client = useApi();
  const user = useCurrentUser();
  const [themeIds, setThemeIds] = useState<string[]>([...data.feedSubscription.themeIds]);
  const [channels, setChannels] = useState<Channel[]>([...data.feedSubscription.channels]);
  const [saved, setSaved] = useState(false);
  const save = useMutation(async () => {
    await client.request(UpdateFeedSubscriptionMutation, { themeIds, channels });
    setSaved(true);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void save.run();
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={t('subscription.title')}>
      {saved && <Alert kind="success">{t('common.saved')}</Alert>}
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      <div className="grid-2">
        <CheckboxGroup
          label={t('subscription.themes')}
          hint={t('subscription.themes.hint')}
          value={themeIds}
          onChange={setThemeIds}
          options={data.themes.map((th) => ({
            value: th.id,
            label: th.kind === 'CAMPAIGN' ? `${th.name} (${t('themeKind.CAMPAIGN').toLowerCase()})` : th.name,
          }))}
        />
        <CheckboxGroup
          label={t('subscription.channels')}
          hint={t('subscription.channels.hint')}
          value={channels}
          onChange={setChannels}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        />
      </div>
      <p className="muted">{t('subscription.appliesTo', { library: user.tenant.name })}</p>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
