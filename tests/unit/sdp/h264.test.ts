import { describe, expect, it } from 'vitest';
import { decodeProfileLevelId } from '$lib/sdp';

describe('H.264 profile-level-id (RFC 6184 §8.1, H.264 Annex A)', () => {
	it.each([
		// the values browsers offer
		['42e01f', 'Constrained Baseline', '3.1'],
		['42001f', 'Baseline', '3.1'],
		['4d001f', 'Main', '3.1'],
		['640c1f', 'Constrained High', '3.1'],
		['64001f', 'High', '3.1'],
		['42e034', 'Constrained Baseline', '5.2'],
		// Main or Extended streams that obey the Baseline constraints are Constrained Baseline
		['4d8028', 'Constrained Baseline', '4'],
		['58c01e', 'Constrained Baseline', '3'],
		['640828', 'Progressive High', '4'],
		['f4001f', 'High 4:4:4 Predictive', '3.1'],
		['6e101f', 'High 10 Intra', '3.1'],
		// level 1b: level_idc 11 with constraint_set3 in Baseline/Main/Extended, or level_idc 9
		['42f00b', 'Constrained Baseline', '1b'],
		['640009', 'High', '1b'],
		['42E01F', 'Constrained Baseline', '3.1']
	])('%s is %s, level %s', (value, profile, level) => {
		expect(decodeProfileLevelId(value)).toMatchObject({ profile, level });
	});

	it('gives the three bytes and the constraint flags', () => {
		expect(decodeProfileLevelId('42e01f')).toEqual({
			profileIdc: 0x42,
			profileIop: 0xe0,
			levelIdc: 0x1f,
			profile: 'Constrained Baseline',
			level: '3.1',
			flags: ['constraint_set0', 'constraint_set1', 'constraint_set2']
		});
	});

	it('refuses what is not three bytes in hex', () => {
		for (const value of ['', '42e01', '42e01f0', 'xyzxyz', ' 42e01f']) {
			expect(decodeProfileLevelId(value)).toBeNull();
		}
	});
});
