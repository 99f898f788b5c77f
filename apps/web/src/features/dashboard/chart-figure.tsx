import { useId, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import { DataTable } from '../../ui/data-table';

/**
 * A chart with its text alternative: the caption says what it shows (and the main numbers), the
 * picture itself is hidden from assistive technology, and the same numbers follow as a table that
 * anyone can open ("Cijfers als tabel").
 */
export function ChartFigure({
  title,
  caption,
  chart,
  table,
  height = 300,
}: {
  title: string;
  caption: string;
  chart: ReactNode;
  /** The table's head and body. */
  table: ReactNode;
  height?: number;
}) {
  const { t } = useI18n();
  const captionId = useId();
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart__caption">
        {caption}
      </figcaption>
      <div className="chart__canvas" aria-hidden="true" style={{ height }}>
        {chart}
      </div>
      <details className="chart__data">
        <summary>{t('dashboard.showTable')}</summary>
        <DataTable caption={title}>{table}</DataTable>
      </details>
    </figure>
  );
}
