import type {
  Channel,
  EvidenceFieldsFragment,
  Goal,
  KpiMetric,
  StrategyInput,
  TargetGroup,
} from '../../gql/graphql';

/*
 * The seven-step strategy as the wizard holds it (every field as typed), and the conversions to and
 * from the API. `missingSteps` mirrors the API's completeness rule (strategy.rules.ts in
 * libs/api/programme), so the wizard can show per step what is still needed before saving.
 */

export interface TargetGroupValues {
  group: TargetGroup | '';
  description: string;
  mediaUse: string;
}

export interface KpiValues {
  name: string;
  metric: KpiMetric | '';
  /** A whole number as typed; '' for none. */
  target: string;
}

export interface GoalValues {
  goal: Goal | '';
  description: string;
  kpis: KpiValues[];
}

export interface TacticValues {
  description: string;
  channels: Channel[];
  measurementMethod: string;
}

export interface StrategyValues {
  onlineGoals: string[];
  offlineGoals: string[];
  targetGroups: TargetGroupValues[];
  mission: string;
  socialGoals: GoalValues[];
  tactics: TacticValues[];
}

/** The API allows one or two KPIs per goal. */
export const MAX_KPIS = 2;
export const STEPS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Step = (typeof STEPS)[number];

export const emptyTargetGroup = (): TargetGroupValues => ({ group: '', description: '', mediaUse: '' });
export const emptyKpi = (): KpiValues => ({ name: '', metric: '', target: '' });
export const emptyGoal = (): GoalValues => ({ goal: '', description: '', kpis: [emptyKpi()] });
export const emptyTactic = (): TacticValues => ({ description: '', channels: [], measurementMethod: '' });

type Strategy = NonNullable<EvidenceFieldsFragment['strategy']>;

/** The newest saved version as form values; a blank strategy (one empty row per list) without one. */
export function strategyValues(strategy: Strategy | null | undefined): StrategyValues {
  const s = strategy?.steps;
  const atLeastOne = <T>(items: T[], empty: () => T) => (items.length ? items : [empty()]);
  return {
    onlineGoals: atLeastOne([...(s?.onlineGoals ?? [])], () => ''),
    offlineGoals: atLeastOne([...(s?.offlineGoals ?? [])], () => ''),
    targetGroups: atLeastOne(
      (s?.targetGroups ?? []).map((g) => ({
        group: g.group ?? '',
        description: g.description,
        mediaUse: g.mediaUse,
      })),
      emptyTargetGroup,
    ),
    mission: s?.mission ?? '',
    socialGoals: atLeastOne(
      (s?.socialGoals ?? []).map((g) => ({
        goal: g.goal ?? '',
        description: g.description,
        kpis: atLeastOne(
          g.kpis.map((k) => ({
            name: k.name,
            metric: k.metric ?? '',
            target: k.target === null || k.target === undefined ? '' : String(k.target),
          })),
          emptyKpi,
        ),
      })),
      emptyGoal,
    ),
    tactics: atLeastOne(
      (s?.tactics ?? []).map((t) => ({
        description: t.description,
        channels: [...t.channels],
        measurementMethod: t.measurementMethod,
      })),
      emptyTactic,
    ),
  };
}

const filled = (text: string) => text.trim().length > 0;

/**
 * What the API gets: texts trimmed, rows left completely empty dropped (a blank row the wizard
 * offers is not a target group), KPIs without a name dropped, targets as whole numbers.
 */
export function strategyInput(values: StrategyValues): StrategyInput {
  return {
    onlineGoals: values.onlineGoals.map((g) => g.trim()).filter(Boolean),
    offlineGoals: values.offlineGoals.map((g) => g.trim()).filter(Boolean),
    targetGroups: values.targetGroups
      .filter((g) => g.group || filled(g.description) || filled(g.mediaUse))
      .map((g) => ({
        group: g.group || null,
        description: g.description.trim(),
        mediaUse: g.mediaUse.trim(),
      })),
    mission: values.mission.trim(),
    socialGoals: values.socialGoals
      .filter((g) => g.goal || filled(g.description) || g.kpis.some((k) => filled(k.name)))
      .map((g) => ({
        goal: g.goal || null,
        description: g.description.trim(),
        kpis: g.kpis
          .filter((k) => filled(k.name))
          .slice(0, MAX_KPIS)
          .map((k) => ({
            name: k.name.trim(),
            metric: k.metric || null,
            target: /^\d+$/.test(k.target.trim()) ? Number(k.target.trim()) : null,
          })),
      })),
    tactics: values.tactics
      .filter((t) => filled(t.description) || t.channels.length > 0 || filled(t.measurementMethod))
      .map((t) => ({
        description: t.description.trim(),
        channels: t.channels,
        measurementMethod: t.measurementMethod.trim(),
      })),
  };
}

/**
 * The steps (1–7) still incomplete, as the API will judge the saved input: online and offline goals;
 * target groups each with their media use; a mission; a described social-media goal; a KPI for every
 * goal; tactics each with a channel; a measurement method for every tactic.
 */
export function missingSteps(values: StrategyValues): Step[] {
  const input = strategyInput(values);
  const gaps: Step[] = [];
  if (!input.onlineGoals?.length || !input.offlineGoals?.length) gaps.push(1);
  const groups = input.targetGroups ?? [];
  if (!groups.length || !groups.every((g) => filled(g.mediaUse ?? ''))) gaps.push(2);
  if (!filled(input.mission ?? '')) gaps.push(3);
  const goals = input.socialGoals ?? [];
  if (!goals.some((g) => filled(g.description ?? ''))) gaps.push(4);
  if (!goals.length || !goals.every((g) => (g.kpis ?? []).length > 0)) gaps.push(5);
  const tactics = input.tactics ?? [];
  if (!tactics.length || !tactics.every((t) => (t.channels ?? []).length > 0)) gaps.push(6);
  if (!tactics.length || !tactics.every((t) => filled(t.measurementMethod ?? ''))) gaps.push(7);
  return gaps;
}

/** Whether the form differs from what was saved (so leaving the wizard can warn). */
export function strategyChanged(values: StrategyValues, saved: StrategyValues): boolean {
  return JSON.stringify(strategyInput(values)) !== JSON.stringify(strategyInput(saved));
}
