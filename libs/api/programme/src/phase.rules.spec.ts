import { EvidenceStatus, PhaseStatus } from '@bibliohub/contracts';
import { DEFAULT_CRITERIA, emptyFacts, evaluatePhases, type LibraryFacts } from './phase.rules.js';

const TODAY = '2026-05-01';

/** A library meeting every default criterion. */
function achieving(): LibraryFacts {
  const f = emptyFacts('t');
  f.trainings = { verified: 1, verifiedDigitalVision: 1, live: 1, pending: 0 };
  f.strategy = {
    live: 1,
    pending: 0,
    latest: { versionNo: 1, status: EvidenceStatus.VERIFIED, missingSteps: [], comment: null },
    decided: { status: EvidenceStatus.VERIFIED, missingSteps: [] },
  };
  f.policies = { verified: 1, live: 1, pending: 0 };
  f.channels = { verified: 1, live: 1, pending: 0 };
  f.kpi = { verified: 2, live: 2, pending: 0, verifiedDates: ['2026-04-20', '2026-02-15'] };
  f.networks = { verified: 1, live: 1, pending: 0 };
  return f;
}

describe('evaluatePhases (default criteria)', () => {
  it('has not started anything without evidence', () => {
    const e = evaluatePhases(emptyFacts('t'), DEFAULT_CRITERIA, TODAY);
    expect(e.statuses).toEqual({
      TRAINED: PhaseStatus.NOT_STARTED,
      PROFESSIONALLY_PRESENT: PhaseStatus.NOT_STARTED,
      VALUE_NETWORKS: PhaseStatus.NOT_STARTED,
    });
    expect(e.unmet.TRAINED).toEqual([
      { code: 'TRAINING_VERIFIED', message: 'Nog geen geverifieerde training in de digitale visie' },
    ]);
    expect(e.unmet.PROFESSIONALLY_PRESENT.map((u) => u.code)).toEqual([
      'STRATEGY_MISSING',
      'POLICY_VERIFIED',
      'ACTIVE_CHANNELS',
      'KPI_RECENT',
    ]);
  });

  it('achieves every phase on verified evidence; presence holds 90 days after the latest measurement', () => {
    const e = evaluatePhases(achieving(), DEFAULT_CRITERIA, TODAY);
    expect(Object.values(e.statuses)).toEqual([
      PhaseStatus.ACHIEVED,
      PhaseStatus.ACHIEVED,
      PhaseStatus.ACHIEVED,
    ]);
    expect(e.presentValidUntil).toBe('2026-07-19');
    expect(Object.values(e.unmet).flat()).toEqual([]);
  });

  it('counts submitted evidence as progress, not achievement', () => {
    const f = emptyFacts('t');
    f.trainings = { verified: 0, verifiedDigitalVision: 0, live: 1, pending: 1 };
    const e = evaluatePhases(f, DEFAULT_CRITERIA, TODAY);
    expect(e.statuses.TRAINED).toBe(PhaseStatus.IN_PROGRESS);
    expect(e.unmet.TRAINED[0].message).toBe(
      'Nog geen geverifieerde training in de digitale visie (1 wacht op beoordeling)',
    );
  });

  it('only counts trainings in the digital vision unless configured otherwise', () => {
    const f = emptyFacts('t');
    f.trainings = { verified: 1, verifiedDigitalVision: 0, live: 1, pending: 0 };
    expect(evaluatePhases(f, DEFAULT_CRITERIA, TODAY).statuses.TRAINED).toBe(PhaseStatus.IN_PROGRESS);
    expect(
      evaluatePhases(f, { ...DEFAULT_CRITERIA, trainingDigitalVisionOnly: false }, TODAY).statuses.TRAINED,
    ).toBe(PhaseStatus.ACHIEVED);
  });

  it('loses presence when the latest verified KPI measurement is older than the window', () => {
    const f = achieving();
    expect(evaluatePhases(f, DEFAULT_CRITERIA, '2026-07-19').statuses.PROFESSIONALLY_PRESENT).toBe(
      PhaseStatus.ACHIEVED,
    );
    const later = evaluatePhases(f, DEFAULT_CRITERIA, '2026-07-20');
    expect(later.statuses.PROFESSIONALLY_PRESENT).toBe(PhaseStatus.IN_PROGRESS);
    expect(later.unmet.PROFESSIONALLY_PRESENT).toEqual([
      { code: 'KPI_RECENT', message: 'Geen geverifieerde KPI-meting in de afgelopen 90 dagen' },
    ]);
    expect(later.presentValidUntil).toBeNull();
    // two measurements within the window: valid until the older one leaves it
    expect(
      evaluatePhases(f, { ...DEFAULT_CRITERIA, presenceMinKpiMeasurements: 2 }, TODAY).presentValidUntil,
    ).toBe('2026-05-16');
  });

  it('keeps a verified strategy while a revision awaits review; a rejected revision costs the phase', () => {
    const f = achieving();
    f.strategy.latest = { versionNo: 2, status: EvidenceStatus.SUBMITTED, missingSteps: [], comment: null };
    expect(evaluatePhases(f, DEFAULT_CRITERIA, TODAY).statuses.PROFESSIONALLY_PRESENT).toBe(
      PhaseStatus.ACHIEVED,
    );
    f.strategy.latest = {
      versionNo: 2,
      status: EvidenceStatus.REJECTED,
      missingSteps: [],
      comment: 'Doelgroep te vaag',
    };
    f.strategy.decided = { status: EvidenceStatus.REJECTED, missingSteps: [] };
    const e = evaluatePhases(f, DEFAULT_CRITERIA, TODAY);
    expect(e.statuses.PROFESSIONALLY_PRESENT).toBe(PhaseStatus.IN_PROGRESS);
    expect(e.unmet.PROFESSIONALLY_PRESENT).toEqual([
      {
        code: 'STRATEGY_REJECTED',
        message: 'Strategie is afgekeurd: Doelgroep te vaag; pas hem aan en sla hem opnieuw op',
      },
    ]);
  });

  it('names the missing strategy steps in Dutch', () => {
    const f = achieving();
    f.strategy.latest = {
      versionNo: 1,
      status: EvidenceStatus.SUBMITTED,
      missingSteps: [5, 7],
      comment: null,
    };
    f.strategy.decided = null;
    expect(evaluatePhases(f, DEFAULT_CRITERIA, TODAY).unmet.PROFESSIONALLY_PRESENT[0].message).toBe(
      "Strategie is nog niet volledig: stap 5 (één of twee KPI's per doel), stap 7 (meetmethode per tactiek) ontbreekt",
    );
  });

  it('can require the phases in order', () => {
    const f = achieving();
    f.trainings = { verified: 0, verifiedDigitalVision: 0, live: 0, pending: 0 };
    const e = evaluatePhases(
      f,
      { ...DEFAULT_CRITERIA, presenceRequiresTrained: true, networksRequiresPresent: true },
      TODAY,
    );
    expect(e.statuses).toEqual({
      TRAINED: PhaseStatus.NOT_STARTED,
      PROFESSIONALLY_PRESENT: PhaseStatus.IN_PROGRESS,
      VALUE_NETWORKS: PhaseStatus.IN_PROGRESS,
    });
    expect(e.unmet.VALUE_NETWORKS.map((u) => u.code)).toEqual(['PREVIOUS_PHASE']);
  });
});
