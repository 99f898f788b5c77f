/**
 * The national programme (DOMAIN.md): three phases with national targets, each library's status per
 * phase, and the evidence libraries record and central staff verify.
 */
export enum Phase {
  /** getraind in de digitale visie (target 167) */
  TRAINED = 'TRAINED',
  /** professioneel aanwezig op sociale media (target 125) */
  PROFESSIONALLY_PRESENT = 'PROFESSIONALLY_PRESENT',
  /** faciliteert een of meer waardenetwerken (target 50) */
  VALUE_NETWORKS = 'VALUE_NETWORKS',
}

/** The phases in programme order. */
export const PHASES: readonly Phase[] = [Phase.TRAINED, Phase.PROFESSIONALLY_PRESENT, Phase.VALUE_NETWORKS];

export enum PhaseStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  ACHIEVED = 'ACHIEVED',
}

export enum EvidenceStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

/** What a piece of evidence is about; each kind counts towards one phase. */
export enum EvidenceKind {
  TRAINING = 'TRAINING',
  STRATEGY = 'STRATEGY',
  POLICY = 'POLICY',
  HOUSE_STYLE = 'HOUSE_STYLE',
  CHANNEL = 'CHANNEL',
  KPI_MEASUREMENT = 'KPI_MEASUREMENT',
  VALUE_NETWORK = 'VALUE_NETWORK',
}

export const EVIDENCE_PHASE: Record<EvidenceKind, Phase> = {
  TRAINING: Phase.TRAINED,
  STRATEGY: Phase.PROFESSIONALLY_PRESENT,
  POLICY: Phase.PROFESSIONALLY_PRESENT,
  HOUSE_STYLE: Phase.PROFESSIONALLY_PRESENT,
  CHANNEL: Phase.PROFESSIONALLY_PRESENT,
  KPI_MEASUREMENT: Phase.PROFESSIONALLY_PRESENT,
  VALUE_NETWORK: Phase.VALUE_NETWORKS,
};

/** Default national targets (2011 plan); per programme period they are settings. */
export const DEFAULT_PHASE_TARGETS: Record<Phase, number> = {
  TRAINED: 167,
  PROFESSIONALLY_PRESENT: 125,
  VALUE_NETWORKS: 50,
};

/** Dutch names for display. */
export const PHASE_LABELS: Record<Phase, string> = {
  TRAINED: 'Getraind in de digitale visie',
  PROFESSIONALLY_PRESENT: 'Professioneel aanwezig',
  VALUE_NETWORKS: 'Waardenetwerken',
};

export const PHASE_STATUS_LABELS: Record<PhaseStatus, string> = {
  NOT_STARTED: 'Niet gestart',
  IN_PROGRESS: 'Bezig',
  ACHIEVED: 'Behaald',
};

/** The seven steps of a library's social-media strategy (DOMAIN.md), numbered 1–7. */
export const STRATEGY_STEP_LABELS: Record<number, string> = {
  1: 'online en offline doelen',
  2: 'doelgroepen en hun mediagebruik',
  3: 'social-media-missie',
  4: 'social-media-doelen',
  5: "één of twee KPI's per doel",
  6: 'tactieken en kanalen',
  7: 'meetmethode per tactiek',
};
