/** ICE attributes, RFC 8839 §5 (and trickle ICE, RFC 8840). */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import { explainCandidate } from './candidate';
import { field, table, tokens } from './helpers';
import type { Explainer, LineProblem } from './types';

/** RFC 8839 §5.4: ice-ufrag is 4 to 256 ice-chars, ice-pwd 22 to 256. */
export const ICE_UFRAG_MIN = 4;
export const ICE_PWD_MIN = 22;
export const ICE_CREDENTIAL_MAX = 256;
const ICE_CHARS = /^[A-Za-z0-9+/]*$/;

function credential(key: SdpMessageKey, min: number, name: string): Explainer {
	return (value) => {
		const text = value.trim();
		const problems: LineProblem[] = [];
		if (text.length < min || text.length > ICE_CREDENTIAL_MAX) {
			problems.push({
				severity: 'warning',
				key: 'sdp.problem.iceCredentialLength',
				params: { name, length: text.length, min, max: ICE_CREDENTIAL_MAX }
			});
		}
		if (!ICE_CHARS.test(text)) {
			problems.push({
				severity: 'warning',
				key: 'sdp.problem.iceCredentialChars',
				params: { name }
			});
		}
		return {
			key,
			params: { value: text, length: text.length },
			reference: 'RFC 8839 §5.4',
			fields: [field(name, text)],
			problems
		};
	};
}

const OPTION_KEYS: Record<string, SdpMessageKey> = table({
	trickle: 'sdp.iceOption.trickle',
	renomination: 'sdp.iceOption.renomination',
	ice2: 'sdp.iceOption.ice2'
});

const iceOptions: Explainer = (value) => {
	const options = tokens(value);
	return {
		key: 'sdp.attr.ice-options',
		params: { options: options.join(', ') },
		reference: 'RFC 8839 §5.6',
		fields: options.map((option) => field('ice-option-tag', option, OPTION_KEYS[option]))
	};
};

const flag =
	(key: SdpMessageKey, reference: string): Explainer =>
	() => ({ key, reference, fields: [] });

const remoteCandidates: Explainer = (value) => {
	const parts = tokens(value);
	const fields = [];
	for (let i = 0; i < parts.length; i += 3) {
		fields.push(
			field('component-id', parts[i] ?? ''),
			field('connection-address', parts[i + 1] ?? ''),
			field('port', parts[i + 2] ?? '')
		);
	}
	return { key: 'sdp.attr.remote-candidates', reference: 'RFC 8839 §5.2', fields };
};

export const ICE_EXPLAINERS: Record<string, Explainer> = {
	candidate: (value) => explainCandidate(value),
	'ice-ufrag': credential('sdp.attr.ice-ufrag', ICE_UFRAG_MIN, 'ice-ufrag'),
	'ice-pwd': credential('sdp.attr.ice-pwd', ICE_PWD_MIN, 'ice-pwd'),
	'ice-options': iceOptions,
	'ice-lite': flag('sdp.attr.ice-lite', 'RFC 8839 §5.3'),
	'ice-mismatch': flag('sdp.attr.ice-mismatch', 'RFC 8839'),
	'end-of-candidates': flag('sdp.attr.end-of-candidates', 'RFC 8840'),
	'remote-candidates': remoteCandidates,
	'ice-pacing': (value) => ({
		key: 'sdp.attr.ice-pacing',
		params: { value: value.trim() },
		reference: 'RFC 8839 §5.5',
		fields: [field('milliseconds', value.trim())]
	})
};
