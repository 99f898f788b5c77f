import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Channel, FeedItemFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { CopyButton } from '../../ui/copy-button';
import { RadioGroup } from '../../ui/field';
import { Badge } from '../../ui/status';
import { composedText } from '../content/post-form';
import { FeedAssets } from './feed-assets';
import { MarkUsedDialog } from './mark-used-dialog';

interface FeedCardProps {
  item: FeedItemFieldsFragment;
  isNew: boolean;
  usedOn: readonly Channel[];
  onMarked: () => Promise<void>;
}

/** One ready post: the text per channel, a copy button, and "Gebruikt" to report it was posted. */
export function FeedCard({ item, isNew, usedOn, onMarked }: FeedCardProps) {
  const { t, formatDate, formatNumber } = useI18n();
  const titleId = useId();
  const [channel, setChannel] = useState<Channel | 'BODY'>(item.variants[0]?.channel ?? 'BODY');
  const [marking, setMarking] = useState(false);
  const variant = item.variants.find((v) => v.channel === channel);
  const text = variant ? composedText(variant) : item.body;
  return (
    <article className="feed-card" aria-labelledby={titleId}>
      <header className="feed-card__header">
        <p className="feed-card__meta">
          {isNew && <Badge tone="warning">{t('feed.new')}</Badge>}
          {item.theme && (
            <span className="feed-card__theme" style={{ borderColor: item.theme.colour }}>
              {item.theme.name}
            </span>
          )}
          <span>{t('feed.publishedOn', { date: formatDate(item.publishedAt) })}</span>
        </p>
        <h2 id={titleId} className="feed-card__title">
          {item.title}
        </h2>
        {item.attribution && <p className="feed-card__attribution">{item.attribution}</p>}
        {(item.overridden.length > 0 || item.upstreamChanges.length > 0) && (
          <p className="feed-card__meta">
            {item.overridden.length > 0 && <Badge tone="info">{t('feed.ownVersion')}</Badge>}
            {item.upstreamChanges.length > 0 && (
              <Badge tone="warning">{t('feed.upstreamChanged', { n: item.upstreamChanges.length })}</Badge>
            )}
          </p>
        )}
      </header>
      <RadioGroup
        label={t('feed.textFor')}
        pills
        value={variant ? channel : 'BODY'}
        onChange={setChannel}
        options={[
          ...item.variants.map((v) => ({ value: v.channel, label: t(`channel.${v.channel}`) })),
          { value: 'BODY' as const, label: t('editor.preview.body') },
        ]}
      />
      <FeedAssets assets={item.assets} />
      <p className="feed-card__text">{text}</p>
      {variant && (
        <p className="feed-card__count">
          {t('editor.counter', { n: formatNumber(variant.length), max: formatNumber(variant.maxLength) })}
        </p>
      )}
      <div className="feed-card__actions">
        <CopyButton text={text} label={t('feed.copy')} />
        <button type="button" className="button button--primary" onClick={() => setMarking(true)}>
          {t('feed.markUsed')}
          <span className="visually-hidden">: {item.title}</span>
        </button>
        <Link to={`/feed/${item.id}/eigen-versie`} className="button button--secondary">
          {item.upstreamChanges.length > 0
            ? t('feed.reviewChanges')
            : item.overridden.length > 0
              ? t('feed.editOwnVersion')
              : t('feed.makeOwnVersion')}
          <span className="visually-hidden">: {item.title}</span>
        </Link>
      </div>
      {usedOn.length > 0 && (
        <p className="feed-card__used">
          <Badge tone="success">{t('feed.used')}</Badge> {usedOn.map((c) => t(`channel.${c}`)).join(', ')}
        </p>
      )}
      <MarkUsedDialog
        open={marking}
        item={item}
        channel={variant?.channel ?? item.variants[0]?.channel ?? 'GENERIC'}
        onClose={() => setMarking(false)}
        onMarked={onMarked}
      />
    </article>
  );
}
