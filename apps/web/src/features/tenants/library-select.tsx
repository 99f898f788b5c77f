import { useEffect, useState } from 'react';
import type { LibraryOptionsQuery } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { useI18n } from '../../lib/i18n/i18n';
import { SelectField } from '../../ui/field';
import { LibraryOptionsQuery as LibraryOptionsDocument } from './operations';

export type LibraryOption = LibraryOptionsQuery['tenants']['nodes'][number];

/** All libraries (a few hundred at most), page by page, for a central admin's pickers. */
export function useLibraries({ skip = false }: { skip?: boolean } = {}) {
  const client = useApi();
  const [libraries, setLibraries] = useState<readonly LibraryOption[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (skip) return;
    let cancelled = false;
    (async () => {
      const all: LibraryOption[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const { tenants }: LibraryOptionsQuery = await client.request(LibraryOptionsDocument, { after });
        all.push(...tenants.nodes);
        if (!tenants.pageInfo.hasNextPage || !tenants.pageInfo.endCursor) break;
        after = tenants.pageInfo.endCursor;
      }
      if (!cancelled) setLibraries(all);
    })().catch((e: unknown) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [client, skip]);
  return { libraries, error, loading: !skip && !libraries && !error };
}

interface LibrarySelectProps {
  libraries: readonly LibraryOption[] | undefined;
  value: string;
  onChange: (slug: string) => void;
  label?: string;
  /** Label of the empty choice ("Alle bibliotheken" in a filter, "Kies …" in a form). */
  emptyLabel: string;
  required?: boolean;
  error?: string | undefined;
  className?: string;
}

/** A select of libraries by slug; deactivated ones are marked. */
export function LibrarySelect({
  libraries,
  value,
  onChange,
  label,
  emptyLabel,
  ...rest
}: LibrarySelectProps) {
  const { t } = useI18n();
  return (
    <SelectField
      label={label ?? t('common.library')}
      value={value}
      onChange={onChange}
      disabled={!libraries}
      options={[
        { value: '', label: libraries ? emptyLabel : t('common.loading') },
        ...(libraries ?? []).map((l) => ({
          value: l.slug,
          label: l.active ? l.name : `${l.name} (${t('status.inactive').toLowerCase()})`,
        })),
      ]}
      {...rest}
    />
  );
}
