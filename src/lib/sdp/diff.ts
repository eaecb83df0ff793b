/**
 * Two descriptions side by side: sections aligned (the session part, then m-sections by mid, or
 * by position when there is no mid), a line diff within each section, and what happened to the
 * o= session version, which RFC 3264 §8 says must go up by one when anything changed.
 */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import type { SdpDocument, SdpLine, SdpProblem } from './types';

export type DiffOp = 'unchanged' | 'added' | 'removed' | 'changed';

export interface DiffLine {
	op: DiffOp;
	/** the line in the first description (null when added) */
	a: SdpLine | null;
	/** the line in the second description (null when removed) */
	b: SdpLine | null;
}

export interface SectionDiff {
	/** -1 for the session part, else the m-section index in each description; null when absent */
	a: number | null;
	b: number | null;
	mid: string | null;
	kind: string | null;
	matchedBy: 'session' | 'mid' | 'index' | null;
	lines: DiffLine[];
	changed: boolean;
}

export interface SdpDiff {
	sections: SectionDiff[];
	sessionVersion: {
		a: string | null;
		b: string | null;
		/** b − a when both are numbers (session versions may exceed 2^53, hence BigInt inside) */
		bump: number | null;
		/** catalog key (and parameters) saying what happened to the version, for the UI */
		note: { key: SdpMessageKey; params: Record<string, string | number> };
	};
	/** the o= session id differs: these are not two versions of one session */
	sameSession: boolean;
	counts: { added: number; removed: number; changed: number; unchanged: number };
	problems: SdpProblem[];
}

/**
 * The LCS table has one cell per pair of lines; above this many cells (a 2,000 × 2,000 section,
 * far beyond any real one) the diff pairs lines greedily instead, so that huge input stays fast.
 */
export const MAX_LCS_CELLS = 4_000_000;

/**
 * What makes two lines "the same line, changed": same type and attribute, plus the payload type
 * for rtpmap/fmtp/rtcp-fb, the id for extmap, the SSRC and its attribute for ssrc lines. The
 * four directions count as one attribute, so sendrecv → sendonly is a change.
 */
function identity(line: SdpLine): string {
	const attribute = line.attribute;
	if (attribute === null) return line.type;
	switch (attribute) {
		case 'rtpmap':
		case 'fmtp':
		case 'rtcp-fb':
		case 'extmap':
			return `${attribute} ${/^\s*(\*|\d+)/.exec(line.value)?.[1] ?? ''}`;
		case 'ssrc': {
			const m = /^\s*(\d+)\s+([^:\s]+)/.exec(line.value);
			return m ? `ssrc ${m[1]} ${m[2]}` : 'ssrc';
		}
		case 'sendrecv':
		case 'sendonly':
		case 'recvonly':
		case 'inactive':
			return 'direction';
		default:
			return `a ${attribute}`;
	}
}

/** Lines compared without surrounding whitespace: a stray space is not a change of meaning. */
function text(line: SdpLine): string {
	return line.raw.trim();
}

function lcsDiff(a: readonly SdpLine[], b: readonly SdpLine[]): DiffLine[] {
	let start = 0;
	while (start < a.length && start < b.length && text(a[start]!) === text(b[start]!)) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && text(a[endA - 1]!) === text(b[endB - 1]!)) {
		endA--;
		endB--;
	}
	const head: DiffLine[] = [];
	for (let i = 0; i < start; i++) head.push({ op: 'unchanged', a: a[i]!, b: b[i]! });
	const tail: DiffLine[] = [];
	for (let i = endA, j = endB; i < a.length; i++, j++)
		tail.push({ op: 'unchanged', a: a[i]!, b: b[j]! });

	const midA = a.slice(start, endA);
	const midB = b.slice(start, endB);
	const n = midA.length;
	const m = midB.length;
	const ops: DiffLine[] = [];
	if ((n + 1) * (m + 1) > MAX_LCS_CELLS) {
		for (const line of midA) ops.push({ op: 'removed', a: line, b: null });
		for (const line of midB) ops.push({ op: 'added', a: null, b: line });
	} else {
		// lengths of the longest common suffixes, row-major: table[i * (m + 1) + j]
		const table = new Uint32Array((n + 1) * (m + 1));
		const ta = midA.map(text);
		const tb = midB.map(text);
		for (let i = n - 1; i >= 0; i--) {
			for (let j = m - 1; j >= 0; j--) {
				table[i * (m + 1) + j] =
					ta[i] === tb[j]
						? table[(i + 1) * (m + 1) + j + 1]! + 1
						: Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!);
			}
		}
		let i = 0;
		let j = 0;
		while (i < n && j < m) {
			if (ta[i] === tb[j]) {
				ops.push({ op: 'unchanged', a: midA[i++]!, b: midB[j++]! });
			} else if (table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!) {
				ops.push({ op: 'removed', a: midA[i++]!, b: null });
			} else {
				ops.push({ op: 'added', a: null, b: midB[j++]! });
			}
		}
		while (i < n) ops.push({ op: 'removed', a: midA[i++]!, b: null });
		while (j < m) ops.push({ op: 'added', a: null, b: midB[j++]! });
	}
	return [...head, ...pairChanges(ops), ...tail];
}

/**
 * Within each run of removed and added lines, a removed line and an added line with the same
 * identity become one 'changed' entry, shown where the removed line was.
 */
function pairChanges(ops: DiffLine[]): DiffLine[] {
	const result: DiffLine[] = [];
	let i = 0;
	while (i < ops.length) {
		if (ops[i]!.op === 'unchanged') {
			result.push(ops[i++]!);
			continue;
		}
		const run: DiffLine[] = [];
		while (i < ops.length && ops[i]!.op !== 'unchanged') run.push(ops[i++]!);
		const added = run.filter((d) => d.op === 'added');
		const taken = new Set<DiffLine>();
		for (const entry of run) {
			if (entry.op !== 'removed') continue;
			const key = identity(entry.a!);
			const partner = added.find((d) => !taken.has(d) && identity(d.b!) === key);
			if (partner) {
				taken.add(partner);
				result.push({ op: 'changed', a: entry.a, b: partner.b });
			} else result.push(entry);
		}
		for (const entry of added) if (!taken.has(entry)) result.push(entry);
	}
	return result;
}

function sectionLines(doc: SdpDocument): SdpLine[][] {
	const sections: SdpLine[][] = [[]];
	for (let k = 0; k < doc.media.length; k++) sections.push([]);
	for (const line of doc.lines) sections[line.section + 1]?.push(line);
	return sections;
}

/** Pairs m-sections by mid where both have unique mids, else by position. */
function alignSections(
	a: SdpDocument,
	b: SdpDocument
): [number | null, number | null, 'mid' | 'index' | null][] {
	const midsOf = (doc: SdpDocument) => {
		const mids = doc.media.map((m) => m.mid);
		return mids.every((mid) => mid !== null) && new Set(mids).size === mids.length ? mids : null;
	};
	const midsA = midsOf(a);
	const midsB = midsOf(b);
	const partnerOfB = new Map<number, number>();
	const byMid = midsA !== null && midsB !== null;
	for (let j = 0; j < b.media.length; j++) {
		const i = byMid ? midsA.indexOf(midsB[j]!) : j < a.media.length ? j : -1;
		if (i >= 0) partnerOfB.set(j, i);
	}
	const matchedA = new Set(partnerOfB.values());
	const pairs: [number | null, number | null, 'mid' | 'index' | null][] = [];
	let nextA = 0;
	const flushA = (upTo: number) => {
		for (; nextA < upTo; nextA++) if (!matchedA.has(nextA)) pairs.push([nextA, null, null]);
	};
	for (let j = 0; j < b.media.length; j++) {
		const i = partnerOfB.get(j);
		if (i === undefined) {
			pairs.push([null, j, null]);
			continue;
		}
		flushA(i);
		pairs.push([i, j, byMid ? 'mid' : 'index']);
	}
	flushA(a.media.length);
	return pairs;
}

function bigIntOf(value: string | undefined): bigint | null {
	return value !== undefined && /^\d+$/.test(value) ? BigInt(value) : null;
}

export function diffSdp(a: SdpDocument, b: SdpDocument): SdpDiff {
	const linesA = sectionLines(a);
	const linesB = sectionLines(b);
	const sections: SectionDiff[] = [];
	const add = (ia: number | null, ib: number | null, matchedBy: SectionDiff['matchedBy']) => {
		const la = ia === null ? [] : (linesA[ia + 1] ?? []);
		const lb = ib === null ? [] : (linesB[ib + 1] ?? []);
		const lines = lcsDiff(la, lb);
		const section =
			ib !== null && ib >= 0 ? b.media[ib] : ia !== null && ia >= 0 ? a.media[ia] : undefined;
		sections.push({
			a: ia,
			b: ib,
			mid: section?.mid ?? null,
			kind: section?.kind ?? null,
			matchedBy,
			lines,
			changed: lines.some((l) => l.op !== 'unchanged')
		});
	};
	add(-1, -1, 'session');
	for (const [ia, ib, by] of alignSections(a, b)) add(ia, ib, by);

	const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
	for (const section of sections) for (const line of section.lines) counts[line.op]++;

	const originA = a.session.origin;
	const originB = b.session.origin;
	const versionA = bigIntOf(originA?.sessionVersion);
	const versionB = bigIntOf(originB?.sessionVersion);
	const bump = versionA !== null && versionB !== null ? Number(versionB - versionA) : null;
	const sameSession = originA?.sessionId === originB?.sessionId;
	const problems: SdpProblem[] = [];
	const originLine = b.lines.find((l) => l.type === 'o' && l.section < 0)?.number ?? null;
	// everything but o= itself: a changed version alone is not a change of content
	const contentChanged = sections.some((s) =>
		s.lines.some((l) => l.op !== 'unchanged' && (l.a ?? l.b)!.type !== 'o')
	);
	const params = {
		from: originA?.sessionVersion ?? '?',
		to: originB?.sessionVersion ?? '?',
		bump: bump ?? '?'
	};
	let noteKey: SdpMessageKey = 'sdp.diff.versionBumped';
	if (!originA || !originB || bump === null) noteKey = 'sdp.diff.versionUnknown';
	else if (!sameSession) noteKey = 'sdp.diff.otherSession';
	else if (bump < 0) noteKey = 'sdp.diff.versionDecreased';
	else if (bump === 0)
		noteKey = contentChanged ? 'sdp.diff.versionNotBumped' : 'sdp.diff.versionSame';
	else if (!contentChanged) noteKey = 'sdp.diff.versionBumpedNoChange';
	if (noteKey === 'sdp.diff.versionDecreased' || noteKey === 'sdp.diff.versionNotBumped') {
		problems.push({ line: originLine, severity: 'warning', key: noteKey, params });
	}
	return {
		sections,
		sessionVersion: {
			a: originA?.sessionVersion ?? null,
			b: originB?.sessionVersion ?? null,
			bump,
			note: { key: noteKey, params }
		},
		sameSession,
		counts,
		problems
	};
}
