import { Channel, Goal, TargetGroup } from '@bibliohub/contracts';
import { KpiMetric, strategyGaps, type StrategySteps } from './strategy.rules.js';

export const COMPLETE_STRATEGY: StrategySteps = {
  onlineGoals: ['Meer volgers onder jongeren'],
  offlineGoals: ['Meer bezoekers bij de voorleesochtend'],
  targetGroups: [
    {
      group: TargetGroup.OUDERS,
      description: 'Ouders van peuters',
      mediaUse: 'Instagram en WhatsApp, ’s avonds',
    },
  ],
  mission: 'Wij verbinden inwoners met verhalen, kennis en elkaar.',
  socialGoals: [
    {
      goal: Goal.MARKETING,
      description: 'Naamsbekendheid bij jonge ouders',
      kpis: [{ name: 'Volgers op Instagram', metric: KpiMetric.FOLLOWERS, target: 1500 }],
    },
  ],
  tactics: [
    {
      description: 'Dagelijks een voorleestip',
      channels: [Channel.INSTAGRAM],
      measurementMethod: 'Maandelijks volgers en bereik tellen',
    },
  ],
};

describe('strategyGaps', () => {
  it('finds nothing missing in a complete seven-step strategy', () => {
    expect(strategyGaps(COMPLETE_STRATEGY)).toEqual([]);
  });

  it('names every empty step', () => {
    expect(
      strategyGaps({
        onlineGoals: [],
        offlineGoals: [],
        targetGroups: [],
        mission: ' ',
        socialGoals: [],
        tactics: [],
      }),
    ).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('needs online and offline goals, media use per group, a KPI per goal and a method per tactic', () => {
    expect(strategyGaps({ ...COMPLETE_STRATEGY, offlineGoals: [''] })).toEqual([1]);
    expect(
      strategyGaps({
        ...COMPLETE_STRATEGY,
        targetGroups: [...COMPLETE_STRATEGY.targetGroups, { group: null, description: 'x', mediaUse: '' }],
      }),
    ).toEqual([2]);
    expect(
      strategyGaps({
        ...COMPLETE_STRATEGY,
        socialGoals: [
          ...COMPLETE_STRATEGY.socialGoals,
          { goal: Goal.NETWERKEN, description: 'Collega’s vinden', kpis: [] },
        ],
      }),
    ).toEqual([5]);
    expect(
      strategyGaps({
        ...COMPLETE_STRATEGY,
        tactics: [{ description: 'x', channels: [], measurementMethod: '' }],
      }),
    ).toEqual([6, 7]);
  });
});
