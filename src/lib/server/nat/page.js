// @ts-check
/**
 * The page each lab browser runs, served by request interception on http://localhost/ (a secure
 * context, so getUserMedia and the fake camera work, with no server and no network). It holds one
 * RTCPeerConnection with a fake camera track and reports every step to the lab as console
 * messages that start with EMIT_PREFIX; the lab calls its `lab*` functions to relay signaling.
 * Candidates only ever reach the other peer through that relay, media and ICE only through the
 * NATs.
 */

export const PAGE_URL = 'http://localhost/natlab';

/**
 * What starts a console message that carries `{ kind, data }` as JSON to the lab. Console messages
 * rather than an exposed function: Playwright answers exposeFunction with an object that belongs
 * to the page, and a lab stopped while that call was on its way (a time limit, Ctrl-C) killed the
 * page first, so Playwright's client threw an uncaught "Cannot find parent object page@…" that
 * failed the whole test run.
 */
export const EMIT_PREFIX = 'peerscope-nat-lab:';

export const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Peerscope NAT lab peer</title></head>
<body><script>
'use strict';
let pc;
const emit = (kind, data) => console.debug(${JSON.stringify(EMIT_PREFIX)} + JSON.stringify({ kind, data }));

// Chromium leaves the address of a remote peer-reflexive candidate out of getStats (it was never
// signaled); the line then says (hidden) rather than inventing one.
function candidateLine(c) {
	if (!c) return null;
	let line = 'candidate:' + (c.foundation || '0') + ' 1 ' + c.protocol + ' ' + c.priority + ' ' +
		(c.address || '(hidden)') + ' ' + c.port + ' typ ' + c.candidateType;
	if (c.relatedAddress) line += ' raddr ' + c.relatedAddress + ' rport ' + c.relatedPort;
	if (c.tcpType) line += ' tcptype ' + c.tcpType;
	return line;
}

window.labStart = async (config) => {
	pc = new RTCPeerConnection(config);
	const stream = await navigator.mediaDevices.getUserMedia({
		video: { width: 320, height: 240, frameRate: 15 }, audio: false
	});
	for (const track of stream.getTracks()) pc.addTrack(track, stream);
	pc.onicecandidate = (e) => emit('candidate', e.candidate ? e.candidate.toJSON() : null);
	pc.onicecandidateerror = (e) =>
		emit('log', { iceCandidateError: { url: e.url, errorCode: e.errorCode, errorText: e.errorText } });
	pc.onicegatheringstatechange = () => emit('gathering', pc.iceGatheringState);
	pc.oniceconnectionstatechange = () => emit('state', { ice: pc.iceConnectionState });
	pc.onconnectionstatechange = () => emit('state', { connection: pc.connectionState });
};
window.labOffer = async () => {
	const offer = await pc.createOffer();
	await pc.setLocalDescription(offer);
	return { type: offer.type, sdp: offer.sdp };
};
window.labAnswer = async (offer) => {
	await pc.setRemoteDescription(offer);
	const answer = await pc.createAnswer();
	await pc.setLocalDescription(answer);
	return { type: answer.type, sdp: answer.sdp };
};
window.labAccept = (answer) => pc.setRemoteDescription(answer);
window.labAddCandidate = (candidate) => pc.addIceCandidate(candidate);
window.labStats = async () => {
	const report = await pc.getStats();
	const byId = new Map();
	report.forEach((s) => byId.set(s.id, s));
	const pairs = [];
	let selectedId = null;
	report.forEach((s) => {
		if (s.type === 'transport' && s.selectedCandidatePairId) selectedId = s.selectedCandidatePairId;
	});
	report.forEach((s) => {
		if (s.type !== 'candidate-pair') return;
		const local = byId.get(s.localCandidateId);
		const remote = byId.get(s.remoteCandidateId);
		pairs.push({
			id: s.id,
			state: s.state,
			nominated: !!s.nominated,
			selected: s.id === selectedId,
			local: candidateLine(local),
			remote: candidateLine(remote),
			localType: local && local.candidateType,
			remoteType: remote && remote.candidateType,
			localRelayProtocol: (local && local.relayProtocol) || null,
			currentRoundTripTime: s.currentRoundTripTime ?? null,
			totalRoundTripTime: s.totalRoundTripTime ?? 0,
			responsesReceived: s.responsesReceived ?? 0,
			requestsSent: s.requestsSent ?? 0,
			bytesSent: s.bytesSent ?? 0,
			bytesReceived: s.bytesReceived ?? 0
		});
	});
	return { pairs, connectionState: pc.connectionState, iceConnectionState: pc.iceConnectionState };
};
window.labClose = () => pc && pc.close();
</script></body></html>`;
