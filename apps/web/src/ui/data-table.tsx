import type { ReactNode } from 'react';

/**
 * A table with a (visually hidden) caption. It scrolls sideways inside its own region when it is
 * wider than the page; that region is focusable, so keyboard users can scroll it too. Below 40rem
 * every row becomes a card (see styles.css), so phones never scroll sideways.
 */
export function DataTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
