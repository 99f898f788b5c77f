import type { LibraryProgrammeFieldsFragment, Phase } from '../../gql/graphql';
import { isMessageKey, useI18n } from '../../lib/i18n/i18n';
import { Alert } from '../../ui/alert';
import { PhaseStatusBadge } from './evidence-status';
import { unmetText } from './programme-options';

/** Above a section: where the library stands in the phase this evidence counts for, and what is missing. */
export function PhaseNote({ programme, phase }: { programme: LibraryProgrammeFieldsFragment; phase: Phase }) {
  const { t, lang } = useI18n();
  const progress = programme.phases.find((p) => p.phase === phase);
  if (!progress) return null;
  return (
    <div className="phase-note">
      <p className="phase-note__status">
        {t(`phase.${phase}`)}: <PhaseStatusBadge status={progress.status} />
      </p>
      {progress.unmet.length > 0 && (
        <Alert kind="info" title={t('programme.missing')}>
          <ul>
            {progress.unmet.map((u) => (
              <li key={u.code}>{unmetText(lang, u, t, isMessageKey)}</li>
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
}
