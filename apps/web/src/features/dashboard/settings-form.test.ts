import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { fieldErrors } from '../../lib/error-messages';
import { translate } from '../../lib/i18n/i18n';
import {
  checkCriteria,
  checkPeriod,
  criteriaInput,
  criteriaValues,
  periodInput,
  periodValues,
  type CriteriaValues,
} from './settings-form';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('nl', key, params);

const stored = {
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
  version: 3,
  updatedAt: '2026-11-01T10:00:00Z',
};

describe('programme criteria form', () => {
  it('round-trips the stored criteria into the API input, without version or date', () => {
    const values = criteriaValues(stored);
    expect(values.presenceKpiWithinDays).toBe('90');
    const { version: _version, updatedAt: _updatedAt, ...input } = stored;
    expect(criteriaInput({ ...values, presenceKpiWithinDays: ' 30 ' })).toEqual({
      ...input,
      presenceKpiWithinDays: 30,
    });
  });

  it('checks the same bounds as the API', () => {
    const values = criteriaValues(stored);
    expect(checkCriteria(values, t)).toEqual({});
    const wrong: CriteriaValues = {
      ...values,
      trainingMinVerified: '0',
      presenceKpiWithinDays: '4000',
      networksMinActive: '1,5',
      presenceMinActiveChannels: '',
    };
    expect(checkCriteria(wrong, t)).toEqual({
      trainingMinVerified: 'Deze waarde is te klein.',
      presenceKpiWithinDays: 'Deze waarde is te groot.',
      networksMinActive: 'Vul een heel getal in.',
      presenceMinActiveChannels: 'Vul dit veld in.',
    });
  });

  it('refuses a professional presence that rests on no evidence, like the API', () => {
    const none: CriteriaValues = {
      ...criteriaValues(stored),
      presenceRequiresCompleteStrategy: false,
      presenceRequiresPolicy: false,
      presenceRequiresHouseStyle: false,
      presenceMinActiveChannels: '0',
      presenceMinKpiMeasurements: '0',
    };
    const message = checkCriteria(none, t)['presenceMinActiveChannels'];
    expect(message).toMatch(/^Professionele aanwezigheid moet op ten minste één bewijs rusten/);
    expect(checkCriteria({ ...none, presenceRequiresHouseStyle: true }, t)).toEqual({});
    // The API's answer lands on the same field with the same sentence.
    const error = new ApiError('BAD_USER_INPUT', 'PRESENCE_WITHOUT_EVIDENCE', 'x', [
      { field: 'presenceMinActiveChannels', reason: 'min', message: 'at least one presence requirement' },
    ]);
    expect(fieldErrors(error, t)).toEqual({ presenceMinActiveChannels: message });
  });
});

describe('programme period form', () => {
  it('starts a new period today with the national targets 167 / 125 / 50', () => {
    const values = periodValues(undefined, '2026-11-23');
    expect(values).toEqual({
      name: '',
      startsOn: '2026-11-23',
      targetDate: '',
      targetTrained: '167',
      targetPresent: '125',
      targetNetworks: '50',
    });
    expect(checkPeriod(values, t)).toEqual({ name: 'Vul dit veld in.', targetDate: 'Vul dit veld in.' });
  });

  it('wants the target date after the start, and whole targets', () => {
    const values = {
      ...periodValues(undefined, '2026-11-23'),
      name: ' Programma 2027 ',
      targetDate: '2026-11-23',
      targetPresent: '-1',
      targetNetworks: '100001',
    };
    expect(checkPeriod(values, t)).toEqual({
      targetDate: 'De streefdatum moet na de begindatum liggen.',
      targetPresent: 'Vul een heel getal in.',
      targetNetworks: 'Deze waarde is te groot.',
    });
    expect(
      periodInput({ ...values, targetDate: '2028-12-31', targetPresent: '0', targetNetworks: '60' }),
    ).toEqual({
      name: 'Programma 2027',
      startsOn: '2026-11-23',
      targetDate: '2028-12-31',
      targetTrained: 167,
      targetPresent: 0,
      targetNetworks: 60,
    });
  });
});
