import { PEER_ROLES } from '$lib/vocabulary';
import type { GlareWalkStep } from './glareWalk';

/**
 * The code of one step, written as the example (WebRTC 1.0 §10.7) writes it, with the values this
 * run had as comments. It is code: the same in every language.
 */
export function codeOf(step: GlareWalkStep): string {
	const pc = step.peer ? `pc${step.peer}` : 'pc';
	const d = step.decision;
	const handler = d
		? [
				`readyForOffer = !makingOffer && (${pc}.signalingState == "stable" || isSettingRemoteAnswerPending); // ${d.readyForOffer}`,
				`offerCollision = description.type == "offer" && !readyForOffer; // ${d.offerCollision}`,
				`ignoreOffer = !polite && offerCollision; // ${d.ignoreOffer}`
			]
		: [];
	const applying = (type: string) => [
		...handler,
		`isSettingRemoteAnswerPending = description.type == "answer"; // ${type === 'answer'}`,
		`await ${pc}.setRemoteDescription(description); // ${type}${d?.rollsBack ? ': SRD rolls back as needed' : ''}`,
		'isSettingRemoteAnswerPending = false;'
	];
	/** The classic order for a description made without a collision: create, apply, send. */
	const createAndSend = (type: 'offer' | 'answer') => [
		`${type} = await ${pc}.${type === 'offer' ? 'createOffer' : 'createAnswer'}();`,
		`await ${pc}.setLocalDescription(${type});`,
		`signaling.send({ description: ${type} });`
	];
	const lines = (): string[] => {
		switch (step.id) {
			case 'offerA':
				return createAndSend('offer');
			case 'offerB':
				return [
					'makingOffer = true;',
					`await ${pc}.setLocalDescription();`,
					'makingOffer = false;',
					`signaling.send({ description: ${pc}.localDescription });`
				];
			case 'ignoreOffer':
				return [...handler, 'if (ignoreOffer) return;'];
			case 'rollback':
				return applying('offer');
			case 'answer':
				return createAndSend('answer');
			case 'applyAnswer':
				return applying('answer');
			case 'connected':
				return PEER_ROLES.map(
					(peer) => `pc${peer}.connectionState; // "${step.connection[peer] ?? ''}"`
				);
		}
	};
	return lines().join('\n');
}
