/**
 * The structure of a description, RFC 8866 §5: which lines must be there, in which order, and
 * which may appear only once. Works on classified lines; explains nothing.
 */
import type { SdpLine, SdpProblem } from './types';

/**
 * The order of the session part, RFC 8866 §5: v o s i* u* e* p* c* b* (t r* z*)+ k* a*. The
 * time description (t, r, z) may repeat, so a t= after r= or z= starts the next one.
 */
const SESSION_RANK: Record<string, number> = {
	v: 0,
	o: 1,
	s: 2,
	i: 3,
	u: 4,
	e: 5,
	p: 6,
	c: 7,
	b: 8,
	t: 9,
	r: 10,
	z: 11,
	k: 12,
	a: 13
};
/** The order inside a media description, RFC 8866 §5: m i* c* b* k* a*. */
const MEDIA_RANK: Record<string, number> = { m: 0, i: 1, c: 2, b: 3, k: 4, a: 5 };
/** Lines that appear at most once in the session part. */
const ONCE_IN_SESSION = new Set(['v', 'o', 's', 'c', 'k']);
/** Lines the session part must have, RFC 8866 §5. */
const REQUIRED = ['o', 's', 't'] as const;

export function checkOrder(lines: readonly SdpLine[]): SdpProblem[] {
	const problems: SdpProblem[] = [];
	const first = lines.find((l) => l.type !== '' || l.raw.trim() !== '');
	const version = lines.find((l) => l.type === 'v');
	if (!version) {
		problems.push({
			line: first?.number ?? 1,
			severity: 'error',
			key: 'sdp.problem.missingVersion'
		});
	} else if (version !== first) {
		problems.push({ line: version.number, severity: 'error', key: 'sdp.problem.versionNotFirst' });
	}

	const seen = new Set<string>();
	let highest = -1;
	let highestType = '';
	let sessionEnd: SdpLine | undefined;
	for (const line of lines) {
		if (line.type === '' || !(line.type in SESSION_RANK || line.type === 'm')) continue;
		if (line.type === 'm') {
			sessionEnd ??= line;
			highest = 0;
			highestType = 'm';
			continue;
		}
		const inSession = line.section < 0;
		const rank = inSession ? SESSION_RANK[line.type] : MEDIA_RANK[line.type];
		if (rank === undefined) {
			problems.push({
				line: line.number,
				severity: 'error',
				key: 'sdp.problem.notInMedia',
				params: { type: line.type }
			});
			continue;
		}
		if (inSession) {
			if (ONCE_IN_SESSION.has(line.type) && seen.has(line.type)) {
				problems.push({
					line: line.number,
					severity: 'error',
					key: 'sdp.problem.duplicateLine',
					params: { type: line.type }
				});
			}
			seen.add(line.type);
		}
		const repeatsTime =
			inSession && line.type === 't' && (highestType === 'r' || highestType === 'z');
		if (rank < highest && !repeatsTime) {
			problems.push({
				line: line.number,
				severity: 'error',
				key: 'sdp.problem.outOfOrder',
				params: { type: line.type, after: highestType }
			});
		} else {
			highest = rank;
			highestType = line.type;
		}
	}

	for (const type of REQUIRED) {
		if (seen.has(type)) continue;
		problems.push({
			line: expectedAt(lines, SESSION_RANK[type]!, sessionEnd),
			severity: 'error',
			key: 'sdp.problem.missingLine',
			params: { type }
		});
	}
	return problems;
}

/** Where a missing session line should have been: the first session line that ranks after it. */
function expectedAt(lines: readonly SdpLine[], rank: number, sessionEnd?: SdpLine): number | null {
	for (const line of lines) {
		if (line.section >= 0) break;
		const lineRank = SESSION_RANK[line.type];
		if (lineRank !== undefined && lineRank > rank) return line.number;
	}
	return sessionEnd?.number ?? lines[lines.length - 1]?.number ?? null;
}
