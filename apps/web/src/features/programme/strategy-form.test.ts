import { describe, expect, it } from 'vitest';
import {
  emptyGoal,
  emptyTactic,
  missingSteps,
  strategyChanged,
  strategyInput,
  strategyValues,
  type StrategyValues,
} from './strategy-form';

const complete = (): StrategyValues => ({
  onlineGoals: ['Meer volgers'],
  offlineGoals: ['Meer bezoekers in de vestigingen'],
  targetGroups: [
    { group: 'OUDERS', description: 'Ouders van jonge kinderen', mediaUse: 'Instagram, ’s avonds' },
  ],
  mission: 'Wij verbinden inwoners met verhalen.',
  socialGoals: [
    {
      goal: 'MARKETING',
      description: 'Naamsbekendheid',
      kpis: [{ name: 'Volgers', metric: 'FOLLOWERS', target: '2500' }],
    },
  ],
  tactics: [
    { description: 'Dagelijks een bericht', channels: ['INSTAGRAM'], measurementMethod: 'Elk kwartaal' },
  ],
});

describe('strategy form', () => {
  it('starts blank with one row per list, so every step has something to fill in', () => {
    const blank = strategyValues(null);
    expect(blank.onlineGoals).toEqual(['']);
    expect(blank.targetGroups).toHaveLength(1);
    expect(blank.socialGoals[0]?.kpis).toHaveLength(1);
    expect(missingSteps(blank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Blank rows are not sent: an untouched wizard saves an empty strategy.
    expect(strategyInput(blank)).toEqual({
      onlineGoals: [],
      offlineGoals: [],
      targetGroups: [],
      mission: '',
      socialGoals: [],
      tactics: [],
    });
  });

  it('finds a complete strategy complete, and names each step that is not', () => {
    expect(missingSteps(complete())).toEqual([]);
    const v = complete();
    v.offlineGoals = ['  '];
    v.targetGroups = [{ group: 'SENIOREN', description: 'Senioren', mediaUse: '' }];
    v.socialGoals = [{ ...emptyGoal(), goal: 'MARKETING', description: 'Naamsbekendheid' }];
    v.tactics = [{ ...emptyTactic(), description: 'Webcare' }];
    expect(missingSteps(v)).toEqual([1, 2, 5, 6, 7]);
  });

  it('sends trimmed texts, whole-number targets and at most two KPIs per goal', () => {
    const v = complete();
    v.mission = '  Verbinden.  ';
    v.socialGoals[0].kpis = [
      { name: ' Volgers ', metric: 'FOLLOWERS', target: ' 2500 ' },
      { name: 'Gesprekken', metric: '', target: 'veel' },
      { name: 'Delen', metric: 'SHARES', target: '' },
    ];
    const input = strategyInput(v);
    expect(input.mission).toBe('Verbinden.');
    expect(input.socialGoals?.[0]?.kpis).toEqual([
      { name: 'Volgers', metric: 'FOLLOWERS', target: 2500 },
      { name: 'Gesprekken', metric: null, target: null },
    ]);
  });

  it('reads a saved version back into the same input', () => {
    const saved = strategyInput(complete());
    const values = strategyValues({
      id: 's1',
      versionNo: 3,
      complete: true,
      missingSteps: [],
      status: 'SUBMITTED',
      version: 1,
      submittedAt: '2026-01-05T10:00:00Z',
      reviewedAt: null,
      reviewComment: null,
      steps: {
        onlineGoals: saved.onlineGoals ?? [],
        offlineGoals: saved.offlineGoals ?? [],
        mission: saved.mission ?? '',
        targetGroups: (saved.targetGroups ?? []).map((g) => ({
          group: g.group ?? null,
          description: g.description ?? '',
          mediaUse: g.mediaUse ?? '',
        })),
        socialGoals: (saved.socialGoals ?? []).map((g) => ({
          goal: g.goal ?? null,
          description: g.description ?? '',
          kpis: (g.kpis ?? []).map((k) => ({
            name: k.name,
            metric: k.metric ?? null,
            target: k.target ?? null,
          })),
        })),
        tactics: (saved.tactics ?? []).map((t) => ({
          description: t.description ?? '',
          channels: t.channels ?? [],
          measurementMethod: t.measurementMethod ?? '',
        })),
      },
    });
    expect(strategyInput(values)).toEqual(saved);
    expect(strategyChanged(values, complete())).toBe(false);
    values.mission = 'Iets anders';
    expect(strategyChanged(values, complete())).toBe(true);
  });
});
