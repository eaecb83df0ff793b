/**
 * The structured view: the session summary and one MediaSection per m= line, built from the
 * classified lines. Tolerant: a line that does not parse is skipped here (its own explanation
 * reports it), so a broken line never hides the rest of the structure.
 */
import { tokens, type Fields } from '$lib/grammar';
import {
	DIRECTIONS,
	finishCodecs,
	fingerprintOf,
	newSection,
	sectionAttribute,
	type Direction,
	type SectionState
} from './section';
import type { Codec, MediaSection, SdpLine, SdpProblem, SessionSummary } from './types';

/** Attributes that only mean something inside an m-section. */
const MEDIA_ONLY = new Set([
	'rtpmap',
	'fmtp',
	'rtcp-fb',
	'ssrc',
	'ssrc-group',
	'mid',
	'candidate',
	'rid',
	'msid'
]);

export interface Structure {
	session: SessionSummary;
	media: MediaSection[];
	/** each section's codecs by payload type, for the explanations */
	codecsBySection: Map<number, Codec>[];
	problems: SdpProblem[];
}

export function emptySession(): SessionSummary {
	return {
		version: null,
		origin: null,
		name: null,
		bundle: [],
		iceUfrag: null,
		icePwd: null,
		iceOptions: [],
		iceLite: false,
		fingerprint: null,
		setup: null,
		msidSemantic: null,
		extmapAllowMixed: false
	};
}

/** Session-level facts that m-sections inherit, or that the summary shows. */
interface SessionState {
	summary: SessionSummary;
	groups: { semantics: string; mids: string[]; line: number }[];
	direction: Direction | null;
}

function sessionAttribute(state: SessionState, line: SdpLine, problems: SdpProblem[]) {
	const summary = state.summary;
	const value = line.value.trim();
	switch (line.attribute) {
		case 'group': {
			const [semantics = '', ...mids] = tokens(value);
			state.groups.push({ semantics, mids, line: line.number });
			break;
		}
		case 'ice-ufrag':
			summary.iceUfrag = value;
			break;
		case 'ice-pwd':
			summary.icePwd = value;
			break;
		case 'ice-options':
			summary.iceOptions = tokens(value);
			break;
		case 'ice-lite':
			summary.iceLite = true;
			break;
		case 'fingerprint':
			summary.fingerprint = fingerprintOf(value);
			break;
		case 'setup':
			summary.setup = value;
			break;
		case 'msid-semantic':
			summary.msidSemantic = value;
			break;
		case 'extmap-allow-mixed':
			summary.extmapAllowMixed = true;
			break;
		default:
			if (line.attribute !== null && DIRECTIONS.has(line.attribute)) {
				state.direction = line.attribute as Direction;
			} else if (line.attribute !== null && MEDIA_ONLY.has(line.attribute)) {
				problems.push({
					line: line.number,
					severity: 'warning',
					key: 'sdp.problem.mediaAttributeInSession',
					params: { attribute: line.attribute }
				});
			}
	}
}

/** The value every live m-section agrees on, for the summary of a BUNDLEd description. */
function agreed<T>(states: SectionState[], pick: (state: SectionState) => T | null): T | null {
	const live = states.filter((state) => !state.section.rejected);
	const first = live[0] ? pick(live[0]) : null;
	if (first === null) return null;
	const key = JSON.stringify(first);
	return live.every((state) => JSON.stringify(pick(state)) === key) ? first : null;
}

export function buildStructure(lines: readonly SdpLine[]): Structure {
	const problems: SdpProblem[] = [];
	const session: SessionState = { summary: emptySession(), groups: [], direction: null };
	const states: SectionState[] = [];
	let current: SectionState | null = null;

	for (const line of lines) {
		switch (line.type) {
			case 'm':
				current = newSection(line, states.length);
				states.push(current);
				break;
			case 'a':
				if (current) sectionAttribute(current, line, problems);
				else sessionAttribute(session, line, problems);
				break;
			case 'v':
				if (!current) session.summary.version ??= line.value.trim();
				break;
			case 's':
				if (!current) session.summary.name ??= line.value;
				break;
			case 'o': {
				const parts = tokens(line.value);
				if (!current && parts.length === 6 && !session.summary.origin) {
					const [username, sessionId, sessionVersion, netType, addrType, address] =
						parts as Fields<6>;
					session.summary.origin = {
						username,
						sessionId,
						sessionVersion,
						netType,
						addrType,
						address
					};
				}
				break;
			}
		}
	}

	const summary = session.summary;
	const bundleGroups = session.groups.filter((g) => g.semantics === 'BUNDLE');
	summary.bundle = bundleGroups[0]?.mids ?? [];
	const bundledMids = new Set(bundleGroups.flatMap((g) => g.mids));
	const media: MediaSection[] = [];
	const midLines = new Map<string, number>();

	for (const state of states) {
		const section = state.section;
		finishCodecs(state, problems);
		section.rejected = section.port === 0 && !state.bundleOnly;
		section.direction ??= session.direction;
		section.iceUfrag ??= summary.iceUfrag;
		section.icePwd ??= summary.icePwd;
		section.fingerprint ??= summary.fingerprint;
		section.setup ??= summary.setup;
		section.bundled = !section.rejected && section.mid !== null && bundledMids.has(section.mid);
		if (section.mid !== null) {
			if (midLines.has(section.mid)) {
				problems.push({
					line: state.mids[0] ?? section.line,
					severity: 'error',
					key: 'sdp.problem.duplicateMid',
					params: { mid: section.mid, first: midLines.get(section.mid)! }
				});
			} else midLines.set(section.mid, state.mids[0] ?? section.line);
		}
		media.push(section);
	}

	for (const group of session.groups) {
		for (const mid of group.mids) {
			if (!midLines.has(mid)) {
				problems.push({
					line: group.line,
					severity: 'warning',
					key: 'sdp.problem.groupUnknownMid',
					params: { mid, semantics: group.semantics }
				});
			}
		}
	}

	// JSEP puts ICE and DTLS attributes in every m-section; the summary shows them when they agree
	summary.iceUfrag ??= agreed(states, (s) => s.section.iceUfrag);
	summary.icePwd ??= agreed(states, (s) => s.section.icePwd);
	summary.fingerprint ??= agreed(states, (s) => s.section.fingerprint);
	summary.setup ??= agreed(states, (s) => s.section.setup);
	if (summary.iceOptions.length === 0)
		summary.iceOptions = agreed(states, (s) => s.iceOptions) ?? [];
	summary.iceLite ||= states.length > 0 && states.every((s) => s.iceLite);
	summary.extmapAllowMixed ||= states.length > 0 && states.every((s) => s.extmapAllowMixed);

	return { session: summary, media, codecsBySection: states.map((s) => s.codecs), problems };
}
