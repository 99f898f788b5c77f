import { NavLink } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import type { MessageKey } from '../../lib/i18n/nl';

const SECTIONS: readonly { to: string; label: MessageKey }[] = [
  { to: '/programma', label: 'programme.nav.overview' },
  { to: '/programma/trainingen', label: 'programme.nav.trainings' },
  { to: '/programma/strategie', label: 'programme.nav.strategy' },
  { to: '/programma/aanwezigheid', label: 'programme.nav.presence' },
  { to: '/programma/netwerken', label: 'programme.nav.networks' },
];

/** The parts of a library's programme page; the current one is marked for screen readers too. */
export function ProgrammeNav() {
  const { t } = useI18n();
  return (
    <nav className="subnav" aria-label={t('programme.nav.label')}>
      <ul className="subnav__list">
        {SECTIONS.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to} end className="subnav__link">
              {t(s.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
