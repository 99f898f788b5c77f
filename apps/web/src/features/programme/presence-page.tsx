import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { PageHeader } from '../../ui/page';
import { LoadError, Loading } from '../../ui/status';
import { ChannelsSection } from './channels-section';
import { HouseStyleSection, PolicySection } from './policy-sections';
import { KpiSection } from './kpi-section';
import { MyProgrammeQuery } from './operations';
import { PhaseNote } from './phase-note';
import { ProgrammeNav } from './programme-nav';
import './programme.css';

/**
 * /programma/aanwezigheid (libraries): the evidence of professional presence besides the strategy —
 * the staff policy, the house style, the active channels and their KPI measurements.
 */
export function PresencePage() {
  const { t } = useI18n();
  const query = useQuery(MyProgrammeQuery, {});
  const [notice, setNotice] = useState<string>();
  const data = query.data;
  const saved = async (message: string) => {
    setNotice(message);
    await query.reload();
  };
  return (
    <>
      <PageHeader title={t('presence.title')} intro={t('presence.intro')} />
      <ProgrammeNav />
      {notice && <Alert kind="success">{notice}</Alert>}
      {query.error !== undefined && !data ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <PhaseNote programme={data.myProgramme} phase="PROFESSIONALLY_PRESENT" />
          <p>
            <Link to="/programma/strategie">{t('presence.toStrategy')}</Link>
          </p>
          <PolicySection policies={data.programmeEvidence.policies} onSaved={saved} />
          <HouseStyleSection houseStyles={data.programmeEvidence.houseStyles} onSaved={saved} />
          <ChannelsSection
            channels={data.programmeEvidence.channels}
            suggestions={data.myProgramme.unregisteredProfileChannels}
            onSaved={saved}
            onChanged={query.reload}
          />
          <KpiSection channels={data.programmeEvidence.channels} onSaved={saved} />
        </>
      )}
    </>
  );
}
