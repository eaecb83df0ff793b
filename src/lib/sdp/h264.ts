/**
 * H.264 profile-level-id, RFC 6184 §8.1: three bytes in hex, profile_idc, profile-iop (the
 * constraint_set flags) and level_idc. Which combinations name which profile is in H.264 Annex A
 * (A.2) and RFC 6184 Table 5; RFC 7742 §6.2 asks WebRTC endpoints for Constrained Baseline.
 */

export interface H264Profile {
	profileIdc: number;
	profileIop: number;
	levelIdc: number;
	/** e.g. `Constrained Baseline` */
	profile: string;
	/** e.g. `3.1`, or `1b` */
	level: string;
	/** names of the constraint_set flags that are set, e.g. `constraint_set0, constraint_set1` */
	flags: string[];
}

const PROFILE_LEVEL_ID = /^[0-9a-f]{6}$/i;

/** profile_idc values (H.264 Annex A.2) */
const PROFILE_NAMES: Record<number, string> = {
	44: 'CAVLC 4:4:4 Intra',
	66: 'Baseline',
	77: 'Main',
	88: 'Extended',
	100: 'High',
	110: 'High 10',
	122: 'High 4:2:2',
	244: 'High 4:4:4 Predictive'
};

/** constraint_set0_flag is the most significant bit of profile-iop, constraint_set5 the 6th. */
function flag(iop: number, n: number): boolean {
	return (iop & (0x80 >> n)) !== 0;
}

function profileName(idc: number, iop: number): string {
	const base = PROFILE_NAMES[idc] ?? `profile_idc ${idc}`;
	// A.2.1.1: Baseline with constraint_set1, or Main / Extended streams that also obey it
	if (
		(idc === 66 && flag(iop, 1)) ||
		(idc === 77 && flag(iop, 0)) ||
		(idc === 88 && flag(iop, 0) && flag(iop, 1))
	) {
		return 'Constrained Baseline';
	}
	if (idc === 100 && flag(iop, 4) && flag(iop, 5)) return 'Constrained High';
	if (idc === 100 && flag(iop, 4)) return 'Progressive High';
	if ((idc === 110 || idc === 122 || idc === 244) && flag(iop, 3)) return `${base} Intra`;
	return base;
}

/** level_idc is the level times ten; 11 with constraint_set3 (or 9) is level 1b (A.3.1). */
function levelName(idc: number, levelIdc: number, iop: number): string {
	if (
		levelIdc === 9 ||
		(levelIdc === 11 && flag(iop, 3) && (idc === 66 || idc === 77 || idc === 88))
	) {
		return '1b';
	}
	return levelIdc % 10 === 0 ? String(levelIdc / 10) : (levelIdc / 10).toFixed(1);
}

/** Decoded values, shared: a description repeats the same few profile-level-ids many times. */
const DECODED = new Map<string, H264Profile | null>();
const DECODED_LIMIT = 256;

/** Decodes a profile-level-id such as `42e01f`; null when it is not three bytes in hex. */
export function decodeProfileLevelId(value: string): Readonly<H264Profile> | null {
	let decoded = DECODED.get(value);
	if (decoded === undefined) {
		decoded = decode(value);
		if (DECODED.size >= DECODED_LIMIT) DECODED.clear();
		DECODED.set(value, decoded);
	}
	return decoded;
}

function decode(value: string): H264Profile | null {
	if (!PROFILE_LEVEL_ID.test(value)) return null;
	const profileIdc = parseInt(value.slice(0, 2), 16);
	const profileIop = parseInt(value.slice(2, 4), 16);
	const levelIdc = parseInt(value.slice(4, 6), 16);
	const flags: string[] = [];
	for (let n = 0; n < 6; n++) if (flag(profileIop, n)) flags.push(`constraint_set${n}`);
	return Object.freeze({
		profileIdc,
		profileIop,
		levelIdc,
		profile: profileName(profileIdc, profileIop),
		level: levelName(profileIdc, levelIdc, profileIop),
		flags: Object.freeze(flags) as string[]
	});
}
