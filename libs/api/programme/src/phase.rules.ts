import { EvidenceStatus, Phase, PhaseStatus, STRATEGY_STEP_LABELS } from '@bibliohub/contracts';

/** What central admins configure (programme_criteria); 0 switches a count requirement off. */
export interface PhaseCriteria {
  trainingMinVerified: number;
  trainingDigitalVisionOnly: boolean;
  presenceRequiresTrained: boolean;
  presenceRequiresCompleteStrategy: boolean;
  presenceRequiresPolicy: boolean;
  presenceRequiresHouseStyle: boolean;
  presenceMinActiveChannels: number;
  presenceKpiWithinDays: number;
  presenceMinKpiMeasurements: number;
  networksRequiresPresent: boolean;
  networksMinActive: number;
}

/** The defaults of issue 8. */
export const DEFAULT_CRITERIA: PhaseCriteria = {
  trainingMinVerified: 1,
  trainingDigitalVisionOnly: true,
  presenceRequiresTrained: false,
  presenceRequiresCompleteStrategy: true,
  presenceRequiresPolicy: true,
  presenceRequiresHouseStyle: false,
  presenceMinActiveChannels: 1,
  presenceKpiWithinDays: 90,
  presenceMinKpiMeasurements: 1,
  networksRequiresPresent: false,
  networksMinActive: 1,
};

/** Counts per kind of evidence: `verified` qualifying rows, `live` = submitted or verified, `pending` = submitted. */
export interface EvidenceCount {
  verified: number;
  live: number;
  pending: number;
}

/** Everything the criteria look at, for one library (read by PhaseDerivationService.facts). */
export interface LibraryFacts {
  tenantId: string;
  trainings: EvidenceCount & { verifiedDigitalVision: number };
  strategy: {
    live: number;
    pending: number;
    /** The newest version, whatever its status. */
    latest: {
      versionNo: number;
      status: EvidenceStatus;
      missingSteps: number[];
      comment: string | null;
    } | null;
    /** The newest version that has been decided (verified or rejected): a pending revision does not count yet. */
    decided: { status: EvidenceStatus; missingSteps: number[] } | null;
  };
  policies: EvidenceCount;
  /** verified = verified statements that the house style is applied. */
  houseStyles: EvidenceCount;
  /** verified = verified channels that are active. */
  channels: EvidenceCount;
  /** Dates (YYYY-MM-DD, newest first) of verified measurements on active channels within the widest window. */
  kpi: EvidenceCount & { verifiedDates: string[] };
  /** verified = verified networks that are active. */
  networks: EvidenceCount;
}

export interface UnmetCriterion {
  code: string;
  message: string;
}

export interface PhaseEvaluation {
  statuses: Record<Phase, PhaseStatus>;
  /** Last day an achieved presence holds on the current KPI measurements (null: no expiry). */
  presentValidUntil: string | null;
  unmet: Record<Phase, UnmetCriterion[]>;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const waiting = (pending: number) =>
  pending === 1 ? ' (1 wacht op beoordeling)' : pending > 1 ? ` (${pending} wachten op beoordeling)` : '';

const steps = (missing: number[]) =>
  missing.map((n) => `stap ${n} (${STRATEGY_STEP_LABELS[n] ?? '?'})`).join(', ');

/**
 * Turns a library's facts into a status per phase. ACHIEVED: every configured criterion is met by
 * verified evidence. IN_PROGRESS: not achieved, but the library has submitted or verified evidence for
 * the phase (rejected evidence does not count). NOT_STARTED: nothing yet. `today` is YYYY-MM-DD (UTC).
 */
export function evaluatePhases(facts: LibraryFacts, criteria: PhaseCriteria, today: string): PhaseEvaluation {
  // Phase 1: training in the digital vision
  const trainedUnmet: UnmetCriterion[] = [];
  const verifiedTrainings = criteria.trainingDigitalVisionOnly
    ? facts.trainings.verifiedDigitalVision
    : facts.trainings.verified;
  if (verifiedTrainings < criteria.trainingMinVerified) {
    const what = criteria.trainingDigitalVisionOnly ? 'training in de digitale visie' : 'training';
    trainedUnmet.push({
      code: 'TRAINING_VERIFIED',
      message:
        (criteria.trainingMinVerified === 1
          ? `Nog geen geverifieerde ${what}`
          : `Nog ${criteria.trainingMinVerified - verifiedTrainings} geverifieerde ${what}(en) nodig (${verifiedTrainings} van ${criteria.trainingMinVerified})`) +
        waiting(facts.trainings.pending),
    });
  }
  const trained = status(trainedUnmet, facts.trainings.live > 0);

  // Phase 2: professional presence
  const presentUnmet: UnmetCriterion[] = [];
  if (criteria.presenceRequiresTrained && trained !== PhaseStatus.ACHIEVED)
    presentUnmet.push({
      code: 'PREVIOUS_PHASE',
      message: 'Eerst fase 1 behalen: getraind in de digitale visie',
    });
  if (criteria.presenceRequiresCompleteStrategy) {
    const { latest, decided } = facts.strategy;
    const met = decided?.status === EvidenceStatus.VERIFIED && decided.missingSteps.length === 0;
    if (!met) {
      if (!latest)
        presentUnmet.push({
          code: 'STRATEGY_MISSING',
          message: 'Nog geen social-media-strategie vastgelegd (de zeven stappen)',
        });
      else if (latest.missingSteps.length)
        presentUnmet.push({
          code: 'STRATEGY_INCOMPLETE',
          message: `Strategie is nog niet volledig: ${steps(latest.missingSteps)} ontbreekt`,
        });
      else if (latest.status === EvidenceStatus.SUBMITTED)
        presentUnmet.push({
          code: 'STRATEGY_PENDING',
          message: 'Strategie wacht op beoordeling door het landelijk bureau',
        });
      else
        presentUnmet.push({
          code: 'STRATEGY_REJECTED',
          message: `Strategie is afgekeurd${latest.comment ? `: ${latest.comment}` : ''}; pas hem aan en sla hem opnieuw op`,
        });
    }
  }
  if (criteria.presenceRequiresPolicy && facts.policies.verified < 1)
    presentUnmet.push({
      code: 'POLICY_VERIFIED',
      message: facts.policies.pending
        ? 'Social-media-beleid voor medewerkers wacht op beoordeling'
        : 'Nog geen geverifieerd social-media-beleid voor medewerkers',
    });
  if (criteria.presenceRequiresHouseStyle && facts.houseStyles.verified < 1)
    presentUnmet.push({
      code: 'HOUSE_STYLE_VERIFIED',
      message: facts.houseStyles.pending
        ? 'Toepassing van de huisstijl wacht op beoordeling'
        : 'Huisstijl nog niet (geverifieerd) toegepast',
    });
  if (facts.channels.verified < criteria.presenceMinActiveChannels)
    presentUnmet.push({
      code: 'ACTIVE_CHANNELS',
      message:
        (criteria.presenceMinActiveChannels === 1
          ? 'Nog geen geverifieerd actief kanaal'
          : `Nog ${criteria.presenceMinActiveChannels - facts.channels.verified} geverifieerde actieve kanalen nodig`) +
        waiting(facts.channels.pending),
    });
  let presentValidUntil: string | null = null;
  if (criteria.presenceMinKpiMeasurements > 0) {
    const since = addDays(today, -criteria.presenceKpiWithinDays);
    const recent = facts.kpi.verifiedDates.filter((d) => d >= since && d <= today);
    if (recent.length < criteria.presenceMinKpiMeasurements) {
      presentUnmet.push({
        code: 'KPI_RECENT',
        message:
          (criteria.presenceMinKpiMeasurements === 1
            ? `Geen geverifieerde KPI-meting in de afgelopen ${criteria.presenceKpiWithinDays} dagen`
            : `Minder dan ${criteria.presenceMinKpiMeasurements} geverifieerde KPI-metingen in de afgelopen ${criteria.presenceKpiWithinDays} dagen`) +
          waiting(facts.kpi.pending),
      });
    } else {
      presentValidUntil = addDays(
        recent[criteria.presenceMinKpiMeasurements - 1],
        criteria.presenceKpiWithinDays,
      );
    }
  }
  const presentStarted =
    facts.strategy.live +
      facts.policies.live +
      facts.houseStyles.live +
      facts.channels.live +
      facts.kpi.live >
    0;
  const present = status(presentUnmet, presentStarted);

  // Phase 3: value networks
  const networksUnmet: UnmetCriterion[] = [];
  if (criteria.networksRequiresPresent && present !== PhaseStatus.ACHIEVED)
    networksUnmet.push({ code: 'PREVIOUS_PHASE', message: 'Eerst fase 2 behalen: professioneel aanwezig' });
  if (facts.networks.verified < criteria.networksMinActive)
    networksUnmet.push({
      code: 'ACTIVE_NETWORKS',
      message:
        (criteria.networksMinActive === 1
          ? 'Nog geen actief, geverifieerd waardenetwerk of themacommunity'
          : `Nog ${criteria.networksMinActive - facts.networks.verified} actieve, geverifieerde waardenetwerken nodig`) +
        waiting(facts.networks.pending),
    });
  const networks = status(networksUnmet, facts.networks.live > 0);

  return {
    statuses: { TRAINED: trained, PROFESSIONALLY_PRESENT: present, VALUE_NETWORKS: networks },
    presentValidUntil: present === PhaseStatus.ACHIEVED ? presentValidUntil : null,
    unmet: { TRAINED: trainedUnmet, PROFESSIONALLY_PRESENT: presentUnmet, VALUE_NETWORKS: networksUnmet },
  };
}

function status(unmet: UnmetCriterion[], started: boolean): PhaseStatus {
  if (!unmet.length) return PhaseStatus.ACHIEVED;
  return started ? PhaseStatus.IN_PROGRESS : PhaseStatus.NOT_STARTED;
}

/** Facts of a library without any evidence. */
export function emptyFacts(tenantId: string): LibraryFacts {
  const none = { verified: 0, live: 0, pending: 0 };
  return {
    tenantId,
    trainings: { ...none, verifiedDigitalVision: 0 },
    strategy: { live: 0, pending: 0, latest: null, decided: null },
    policies: { ...none },
    houseStyles: { ...none },
    channels: { ...none },
    kpi: { ...none, verifiedDates: [] },
    networks: { ...none },
  };
}
