import { useState } from 'react';
import { useApi } from '../../lib/api-context';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CopyButton } from '../../ui/copy-button';
import { DataTable } from '../../ui/data-table';
import { Section } from '../../ui/page';
import { LoadError, Loading } from '../../ui/status';
import { FeedLinksQuery, RotateFeedTokenMutation } from './operations';

/** RSS and Atom addresses per channel, with copy buttons, and issuing new ones (old ones stop). */
export function FeedLinksSection() {
  const { t } = useI18n();
  const client = useApi();
  const links = useQuery(FeedLinksQuery, {});
  const [rotating, setRotating] = useState(false);
  const [rotated, setRotated] = useState(false);
  return (
    <Section title={t('feedLinks.title')} id="feed-links">
      <p>{t('feedLinks.intro')}</p>
      {rotated && (
        <p className="alert alert--success" role="status">
          {t('feedLinks.rotated')}
        </p>
      )}
      {links.error !== undefined ? (
        <LoadError error={links.error} onRetry={() => void links.reload()} />
      ) : !links.data ? (
        <Loading />
      ) : (
        <DataTable caption={t('feedLinks.title')}>
          <thead>
            <tr>
              <th scope="col">{t('content.channel')}</th>
              <th scope="col">RSS</th>
              <th scope="col">Atom</th>
            </tr>
          </thead>
          <tbody>
            {links.data.feedLinks.map((l) => {
              const channel = t(`channel.${l.channel}`);
              return (
                <tr key={l.channel}>
                  <th scope="row" data-label={t('content.channel')}>
                    {channel}
                  </th>
                  <td data-label="RSS">
                    <CopyButton text={l.rss} label={t('feedLinks.copy', { format: 'RSS', channel })} />
                  </td>
                  <td data-label="Atom">
                    <CopyButton text={l.atom} label={t('feedLinks.copy', { format: 'Atom', channel })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      <button type="button" className="button button--danger-quiet" onClick={() => setRotating(true)}>
        {t('feedLinks.rotate')}
      </button>
      <ConfirmDialog
        open={rotating}
        title={t('feedLinks.rotate.title')}
        confirmLabel={t('feedLinks.rotate')}
        onClose={() => setRotating(false)}
        onConfirm={async () => {
          setRotated(false);
          await client.request(RotateFeedTokenMutation);
          await links.reload();
          setRotated(true);
        }}
      >
        <p>{t('feedLinks.rotate.confirm')}</p>
      </ConfirmDialog>
    </Section>
  );
}
