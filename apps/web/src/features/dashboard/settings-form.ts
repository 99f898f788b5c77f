import type {
  CriteriaInput,
  PeriodInput,
  ProgrammeCriteriaFieldsFragment,
  ProgrammePeriodFieldsFragment,
} from '../../gql/graphql';
import type { Translate } from '../../lib/i18n/i18n';
import { checkCount, requireText } from '../programme/evidence-form';

/*
 * The programme settings forms: their values as typed text, and the checks made before asking the
 * API. The limits mirror the API's (CriteriaInput, PeriodInput), so an admin sees every problem at
 * once; the API checks them again, and its answers appear per field too.
 */

type Problems = Record<string, string>;

export const COUNT_CRITERIA = [
  'trainingMinVerified',
  'presenceMinActiveChannels',
  'presenceKpiWithinDays',
  'presenceMinKpiMeasurements',
  'networksMinActive',
] as const;
export type CountCriterion = (typeof COUNT_CRITERIA)[number];

export const FLAG_CRITERIA = [
  'trainingDigitalVisionOnly',
  'presenceRequiresTrained',
  'presenceRequiresCompleteStrategy',
  'presenceRequiresPolicy',
  'presenceRequiresHouseStyle',
  'networksRequiresPresent',
] as const;
export type FlagCriterion = (typeof FLAG_CRITERIA)[number];

/** The API's bounds per count (0 switches a requirement off where the minimum is 0). */
export const CRITERIA_LIMITS: Record<CountCriterion, { min: number; max: number }> = {
  trainingMinVerified: { min: 1, max: 100 },
  presenceMinActiveChannels: { min: 0, max: 20 },
  presenceKpiWithinDays: { min: 1, max: 3650 },
  presenceMinKpiMeasurements: { min: 0, max: 100 },
  networksMinActive: { min: 1, max: 100 },
};

export const TARGET_MAX = 100_000;

export type CriteriaValues = Record<CountCriterion, string> & Record<FlagCriterion, boolean>;

export function criteriaValues(criteria: ProgrammeCriteriaFieldsFragment): CriteriaValues {
  const counts = Object.fromEntries(COUNT_CRITERIA.map((k) => [k, String(criteria[k])]));
  const flags = Object.fromEntries(FLAG_CRITERIA.map((k) => [k, criteria[k]]));
  return { ...counts, ...flags } as CriteriaValues;
}

export function criteriaInput(values: CriteriaValues): CriteriaInput {
  const counts = Object.fromEntries(COUNT_CRITERIA.map((k) => [k, Number(values[k].trim())]));
  const flags = Object.fromEntries(FLAG_CRITERIA.map((k) => [k, values[k]]));
  return { ...counts, ...flags } as unknown as CriteriaInput;
}

/** A whole number between min and max, typed as text. */
export function checkRange(field: string, value: string, t: Translate, min: number, max: number): Problems {
  const problem = checkCount(field, value, t, min);
  if (Object.keys(problem).length > 0) return problem;
  return Number(value.trim()) > max ? { [field]: t('field.max') } : {};
}

export function checkCriteria(values: CriteriaValues, t: Translate): Problems {
  const found: Problems = {};
  for (const key of COUNT_CRITERIA)
    Object.assign(found, checkRange(key, values[key], t, CRITERIA_LIMITS[key].min, CRITERIA_LIMITS[key].max));
  // Like the API: phase 2 must rest on at least one piece of evidence.
  if (
    !found['presenceMinActiveChannels'] &&
    !found['presenceMinKpiMeasurements'] &&
    !values.presenceRequiresCompleteStrategy &&
    !values.presenceRequiresPolicy &&
    !values.presenceRequiresHouseStyle &&
    Number(values.presenceMinActiveChannels) === 0 &&
    Number(values.presenceMinKpiMeasurements) === 0
  )
    found['presenceMinActiveChannels'] = t('field.presenceMinActiveChannels.min');
  return found;
}

export interface PeriodValues {
  name: string;
  startsOn: string;
  targetDate: string;
  targetTrained: string;
  targetPresent: string;
  targetNetworks: string;
}

/** A period's values; a new one starts today with the national targets 167 / 125 / 50. */
export function periodValues(period: ProgrammePeriodFieldsFragment | undefined, today: string): PeriodValues {
  return {
    name: period?.name ?? '',
    startsOn: period?.startsOn ?? today,
    targetDate: period?.targetDate ?? '',
    targetTrained: String(period?.targetTrained ?? 167),
    targetPresent: String(period?.targetPresent ?? 125),
    targetNetworks: String(period?.targetNetworks ?? 50),
  };
}

export function periodInput(values: PeriodValues): PeriodInput {
  return {
    name: values.name.trim(),
    startsOn: values.startsOn,
    targetDate: values.targetDate,
    targetTrained: Number(values.targetTrained.trim()),
    targetPresent: Number(values.targetPresent.trim()),
    targetNetworks: Number(values.targetNetworks.trim()),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(field: string, value: string, t: Translate): Problems {
  if (!value) return { [field]: t('field.required') };
  return DATE.test(value) ? {} : { [field]: t('field.matches') };
}

export function checkPeriod(values: PeriodValues, t: Translate): Problems {
  const found: Problems = {
    ...requireText('name', values.name, t),
    ...(values.name.trim().length > 200 ? { name: t('field.maxLength') } : {}),
    ...checkDay('startsOn', values.startsOn, t),
    ...checkDay('targetDate', values.targetDate, t),
    ...checkRange('targetTrained', values.targetTrained, t, 0, TARGET_MAX),
    ...checkRange('targetPresent', values.targetPresent, t, 0, TARGET_MAX),
    ...checkRange('targetNetworks', values.targetNetworks, t, 0, TARGET_MAX),
  };
  // ISO dates compare as text.
  if (!found['startsOn'] && !found['targetDate'] && values.targetDate <= values.startsOn)
    found['targetDate'] = t('field.targetDate.afterStart');
  return found;
}
