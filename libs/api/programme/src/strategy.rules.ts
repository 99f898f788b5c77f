import type { Channel, Goal, TargetGroup } from '@bibliohub/contracts';

/** What a strategy KPI counts; the measures of DOMAIN.md. */
export enum KpiMetric {
  FOLLOWERS = 'FOLLOWERS',
  POSTS = 'POSTS',
  INTERACTIONS = 'INTERACTIONS',
  SHARES = 'SHARES',
  WEBSITE_VISITS = 'WEBSITE_VISITS',
  OTHER = 'OTHER',
}

/** Step 2: a target group and where/how it uses media. */
export interface StrategyTargetGroup {
  group: TargetGroup | null;
  description: string;
  mediaUse: string;
}

/** Step 5: a KPI of a social-media goal (one or two per goal). */
export interface StrategyKpi {
  name: string;
  /** What is counted; null for a KPI described in words only. */
  metric: KpiMetric | null;
  target: number | null;
}

/** Step 4 with its step-5 KPIs. */
export interface StrategyGoal {
  goal: Goal | null;
  description: string;
  kpis: StrategyKpi[];
}

/** Step 6 with its step-7 measurement method. */
export interface StrategyTactic {
  description: string;
  channels: Channel[];
  measurementMethod: string;
}

/** A library's social-media strategy in the seven steps of DOMAIN.md. */
export interface StrategySteps {
  /** Step 1 */
  onlineGoals: string[];
  offlineGoals: string[];
  /** Step 2 */
  targetGroups: StrategyTargetGroup[];
  /** Step 3 */
  mission: string;
  /** Steps 4 and 5 */
  socialGoals: StrategyGoal[];
  /** Steps 6 and 7 */
  tactics: StrategyTactic[];
}

const filled = (text: string | null | undefined): boolean => !!text && text.trim().length > 0;

/**
 * The steps (1–7) that are not yet filled in. Complete means: online and offline goals; at least one
 * target group, each with its media use; a mission; at least one social-media goal; at least one KPI
 * for every goal; at least one tactic, each with a channel; a measurement method for every tactic.
 */
export function strategyGaps(steps: StrategySteps): number[] {
  const gaps: number[] = [];
  if (!steps.onlineGoals.some(filled) || !steps.offlineGoals.some(filled)) gaps.push(1);
  if (!steps.targetGroups.length || !steps.targetGroups.every((g) => filled(g.mediaUse))) gaps.push(2);
  if (!filled(steps.mission)) gaps.push(3);
  if (!steps.socialGoals.some((g) => filled(g.description))) gaps.push(4);
  if (!steps.socialGoals.length || !steps.socialGoals.every((g) => g.kpis.some((k) => filled(k.name))))
    gaps.push(5);
  if (!steps.tactics.length || !steps.tactics.every((t) => t.channels.length > 0)) gaps.push(6);
  if (!steps.tactics.length || !steps.tactics.every((t) => filled(t.measurementMethod))) gaps.push(7);
  return gaps;
}
