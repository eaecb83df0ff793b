/**
 * One sentence for the event a replay step applied ("Peer A gathered a srflx candidate …"), as a
 * catalog key and its parameters, so the page says it in the reader's language. Untrusted parts
 * (addresses, candidate lines, the lab's messages) travel as parameters and are shown as text.
 */
import { describeCandidate } from './candidates';
import { eventCandidate } from './replay';
import type { NatEvent } from './run';

export type EventSentenceKey =
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

export function describeEvent(event: NatEvent): EventSentence {
	const peer = (event.peer ?? '').toUpperCase();
	const data = event.data;
	const bare = typeof data === 'string' ? data : '';
	switch (event.kind) {
		case 'phase':
			return {
				key: 'nat.event.phase',
				params: { phase: bare || field(data, 'phase') || field(data, 'name') }
			};
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
			return { key: 'nat.event.gathering', params: { peer, state: bare || field(data, 'state') } };
		case 'state':
			return { key: 'nat.event.state', params: { peer, state: bare || field(data, 'state') } };
		case 'pair': {
			const local = describeCandidate(field(data, 'local'));
			const remote = describeCandidate(field(data, 'remote'));
			return {
				key: 'nat.event.pair',
				params: {
					peer,
					local: `${local.type} ${local.address}`,
					remote: `${remote.type} ${remote.address}`,
					state: field(data, 'state')
				}
			};
		}
		case 'mapping':
			return {
				key: 'nat.event.mapping',
				params: {
					nat: field(data, 'nat').toUpperCase(),
					internal: field(data, 'internal'),
					external: field(data, 'external'),
					remote: field(data, 'remote'),
					protocol: field(data, 'protocol') || 'udp'
				}
			};
		case 'packet':
			return {
				key: 'nat.event.packet',
				params: {
					kind: field(data, 'kind'),
					from: field(data, 'from'),
					to: field(data, 'to'),
					protocol: field(data, 'protocol') || 'udp'
				}
			};
		case 'log':
			return {
				key: 'nat.event.log',
				params: { peer: peer || '–', message: bare || field(data, 'message') }
			};
		case 'error':
			return {
				key: 'nat.event.error',
				params: { code: field(data, 'code') || 'failed', message: bare || field(data, 'message') }
			};
		default:
			return { key: 'nat.event.other', params: { kind: event.kind } };
	}
}
