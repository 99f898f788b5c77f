import { useState } from 'react';
import type { AssetFieldsFragment, AssetKind } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { AssetThumb } from './asset-thumb';
import { AssetsQuery } from './operations';
import { LoadMore } from '../../ui/load-more';

/** Picks a house-style asset (of the given kinds) by searching the asset library. */
export function AssetPickerDialog({
  open,
  title,
  kinds,
  onPick,
  onClose,
}: {
  open: boolean;
  title: string;
  kinds: readonly AssetKind[];
  onPick: (asset: AssetFieldsFragment) => void;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      <Picker kinds={kinds} onPick={onPick} />
    </Dialog>
  );
}

function Picker({
  kinds,
  onPick,
}: {
  kinds: readonly AssetKind[];
  onPick: (asset: AssetFieldsFragment) => void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const list = useConnection(
    AssetsQuery,
    { first: 12, search: search.trim() || null, kinds: [...kinds], scope: 'CENTRAL', includeArchived: false },
    (r) => r.assets,
  );
  return (
    <div className="picker">
      <TextField label={t('content.search')} type="search" value={search} onChange={setSearch} required />
      {list.error !== undefined && <LoadError error={list.error} />}
      {list.loading ? (
        <Loading />
      ) : list.nodes.length === 0 ? (
        <EmptyState title={t('assets.empty')} />
      ) : (
        <ul className="picker__list">
          {list.nodes.map((asset) => (
            <li key={asset.id} className="picker__item">
              <AssetThumb url={asset.thumb} alt="" kind={asset.kind} />
              <span className="picker__title">{asset.title}</span>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={Boolean(asset.unusableReason)}
                onClick={() => onPick(asset)}
              >
                {t('assets.pick')}
                <span className="visually-hidden">: {asset.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <LoadMore list={list} />
    </div>
  );
}
