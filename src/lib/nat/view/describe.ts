/**
 * One sentence for the event a replay step applied ("Peer A gathered a srflx candidate …"), as a
 * catalog key and its parameters, so the page says it in the reader's language. Untrusted parts
 * (addresses, candidate lines, the lab's messages) travel as parameters and are shown as text.
 */
import { describeCandidate } from './candidates';
import { compactData, eventCandidate } from './replay';
import type { NatEvent } from './run';

/** The phases the lab announces (src/lib/server/nat/work.js), each told in one sentence. */
export const LAB_PHASES = [
	'start',
	'topology',
	'browsers',
	'signaling',
	'connected',
	'failed',
	'done'
] as const;
export type LabPhase = (typeof LAB_PHASES)[number];

export type EventSentenceKey =
	| `nat.phase.${LabPhase}`
	| 'nat.event.connection'
	| 'nat.event.phase'
	| 'nat.event.candidate'
	| 'nat.event.candidateEnd'
	| 'nat.event.gathering'
	| 'nat.event.pair'
	| 'nat.event.state'
	| 'nat.event.mapping'
	| 'nat.event.packet'
	| 'nat.event.log'
	| 'nat.event.error'
	| 'nat.event.other';

export interface EventSentence {
	key: EventSentenceKey;
	params: Record<string, string | number>;
}

function field(data: unknown, name: string): string {
	const value =
		data && typeof data === 'object' ? (data as Record<string, unknown>)[name] : undefined;
	return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Fields of the event's data that a sentence shows under their own names. */
function fields(data: unknown, ...names: string[]): Record<string, string> {
	return Object.fromEntries(names.map((name) => [name, field(data, name)]));
}

/** The transport of a mapping or packet: the lab names it only when it is not UDP. */
function protocolOf(data: unknown): string {
	return field(data, 'protocol') || 'udp';
}

export function describeEvent(event: NatEvent): EventSentence {
	const peer = (event.peer ?? '').toUpperCase();
	const data = event.data;
	const bare = typeof data === 'string' ? data : '';
	switch (event.kind) {
		case 'phase': {
			const phase = bare || field(data, 'phase') || field(data, 'name');
			if (!(LAB_PHASES as readonly string[]).includes(phase))
				return { key: 'nat.event.phase', params: { phase } };
			return {
				key: `nat.phase.${phase as LabPhase}`,
				params: {
					ms: field(data, 'msToConnected'),
					...fields(data, 'reason', 'browser', 'outcome', 'predicted')
				}
			};
		}
		case 'candidate': {
			const line = eventCandidate(data);
			if (!line) return { key: 'nat.event.candidateEnd', params: { peer } };
			const c = describeCandidate(line);
			return {
				key: 'nat.event.candidate',
				params: { peer, type: c.type, protocol: c.protocol, address: c.address || line }
			};
		}
		case 'gathering':
			if (bare === 'end-of-candidates') return { key: 'nat.event.candidateEnd', params: { peer } };
			return { key: 'nat.event.gathering', params: { peer, state: bare || field(data, 'state') } };
		case 'state':
			return field(data, 'connection')
				? { key: 'nat.event.connection', params: { peer, state: field(data, 'connection') } }
				: {
						key: 'nat.event.state',
						params: { peer, state: bare || field(data, 'ice') || field(data, 'state') }
					};
		case 'pair': {
			const end = (line: string, type: string) => {
				const c = describeCandidate(line);
				return c.type === 'unknown' ? type || line : `${c.type} ${c.address}`;
			};
			return {
				key: 'nat.event.pair',
				params: {
					peer,
					local: end(field(data, 'local'), field(data, 'localType')),
					remote: end(field(data, 'remote'), field(data, 'remoteType')),
					state: field(data, 'state')
				}
			};
		}
		case 'mapping':
			return {
				key: 'nat.event.mapping',
				params: {
					nat: field(data, 'nat').toUpperCase(),
					...fields(data, 'internal', 'external', 'remote'),
					protocol: protocolOf(data)
				}
			};
		case 'packet':
			return {
				key: 'nat.event.packet',
				params: { ...fields(data, 'kind', 'from', 'to'), protocol: protocolOf(data) }
			};
		case 'log':
			return {
				key: 'nat.event.log',
				params: { peer: peer || '–', message: bare || field(data, 'message') || compactData(data) }
			};
		case 'error':
			return {
				key: 'nat.event.error',
				params: {
					code: field(data, 'code') || 'failed',
					message: bare || field(data, 'message') || compactData(data)
				}
			};
		default:
			return { key: 'nat.event.other', params: { kind: event.kind } };
	}
}
