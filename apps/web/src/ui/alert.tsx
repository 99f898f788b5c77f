import type { ReactNode } from 'react';

interface AlertProps {
  kind: 'error' | 'success' | 'warning' | 'info';
  title?: string;
  children: ReactNode;
}

/** A message box. Errors and warnings are announced at once (role=alert), the others politely. */
export function Alert({ kind, title, children }: AlertProps) {
  return (
    <div
      className={`alert alert--${kind}`}
      role={kind === 'error' || kind === 'warning' ? 'alert' : 'status'}
    >
      {title && <p className="alert__title">{title}</p>}
      <div>{children}</div>
    </div>
  );
}
