import { checkBylaws, DEFAULT_BYLAWS } from './bylaws.rules.js';

describe('checkBylaws', () => {
  it('accepts the defaults', () => {
    expect(checkBylaws(DEFAULT_BYLAWS)).toEqual([]);
  });

  it('accepts funds adding up to exactly 100%', () => {
    const values = { ...DEFAULT_BYLAWS, minReservePercent: '60.5', educationFundPercent: '30.25', communityFundPercent: '9.25' };
    expect(checkBylaws(values)).toEqual([]);
  });

  it('refuses funds adding up to more than 100%, by one hundredth', () => {
    const values = { ...DEFAULT_BYLAWS, minReservePercent: '60.5', educationFundPercent: '30.25', communityFundPercent: '9.26' };
    expect(checkBylaws(values).map((v) => v.field)).toEqual(['minReservePercent']);
  });

  it('refuses a par value finer than the currency minor unit', () => {
    expect(checkBylaws({ ...DEFAULT_BYLAWS, minorUnitScale: 0, shareParValue: '10.50' }).map((v) => v.field)).toEqual([
      'shareParValue',
    ]);
    expect(checkBylaws({ ...DEFAULT_BYLAWS, minorUnitScale: 0, shareParValue: '1000' })).toEqual([]);
  });

  it('refuses a share cap below the membership minimum', () => {
    const values = { ...DEFAULT_BYLAWS, minSharesForMembership: 5, maxSharesPerMember: 4 };
    expect(checkBylaws(values).map((v) => v.field)).toEqual(['maxSharesPerMember']);
  });
});
