/**
 * The ICE configuration of the Connection faults that are made by configuration alone: a relay
 * policy with no TURN server, this server's TURN with a credential that is not the right one, and
 * a TURN server that does not exist. Pure: the page fetches the TURN offer and passes it in.
 */
import type { FaultId } from './catalogue';
import { UNREACHABLE_TURN_URL } from './catalogue';

/** What a wrong credential is made of: the right one with its characters reversed is never right. */
export function spoiledCredential(credential: string): string {
	const reversed = [...credential].reverse().join('');
	return reversed === credential ? `${credential}x` : reversed;
}

export interface TurnServer {
	urls: string[];
	username: string;
	credential: string;
}

export type FaultConfiguration =
	{ ok: true; configuration: RTCConfiguration } | { ok: false; reason: 'needsTurn' };

/**
 * The configuration a fault creates the peers with, or null when the fault keeps the page's own.
 * `turn` is this server's TURN offer (urls and fresh credentials), needed by turn-bad-credential.
 */
export function faultConfiguration(
	fault: FaultId,
	turn: TurnServer | null
): FaultConfiguration | null {
	switch (fault) {
		case 'relay-without-turn':
			return { ok: true, configuration: { iceServers: [], iceTransportPolicy: 'relay' } };
		case 'turn-unreachable':
			return {
				ok: true,
				configuration: {
					iceServers: [
						{ urls: UNREACHABLE_TURN_URL, username: 'peerscope', credential: 'peerscope' }
					],
					iceTransportPolicy: 'relay'
				}
			};
		case 'turn-bad-credential': {
			const urls = turn?.urls.filter((url) => /^turns?:/.test(url)) ?? [];
			if (!turn || urls.length === 0) return { ok: false, reason: 'needsTurn' };
			return {
				ok: true,
				configuration: {
					iceServers: [
						{ urls, username: turn.username, credential: spoiledCredential(turn.credential) }
					],
					iceTransportPolicy: 'relay'
				}
			};
		}
		default:
			return null;
	}
}
