// @ts-check
/**
 * Runs in the browser under capture (Chromium or Firefox), loaded by page.html from the capture
 * server (server.js). Each case builds its peer connections in this one page (a loopback call, no
 * signaling server), waits for ICE gathering to finish so the candidates are in the description,
 * and POSTs `localDescription.sdp` to the server exactly as the browser produced it.
 *
 * Query parameters, set by chromium.js / firefox.js:
 *   browser  file name prefix: chromium | firefox
 *   cases    comma-separated case names (see CASES below), run in that order
 *   prime    1: call getUserMedia before any case. A page holding camera/microphone permission
 *            gets its real host addresses in candidates; without it Chromium and Firefox hide
 *            them behind mDNS names (the mdns case relies on that).
 *   turn     JSON { urls, username, credential } for the relay-only case
 */

/** ICE gathering over loopback takes milliseconds; TURN allocation a little longer. */
const GATHERING_TIMEOUT_MS = 20_000;
/** Connectivity checks over loopback; generous for a loaded two-core machine. */
const CONNECT_TIMEOUT_MS = 20_000;
/** Enough transceivers for a Chromium offer of about 1,200 lines: the benchmark input. */
const MANY_AUDIO_TRANSCEIVERS = 8;
const MANY_VIDEO_TRANSCEIVERS = 8;
/** The usual three simulcast layers: quarter, half and full resolution (RFC 8853 rids). */
const SIMULCAST_ENCODINGS = [
	{ rid: 'q', scaleResolutionDownBy: 4 },
	{ rid: 'h', scaleResolutionDownBy: 2 },
	{ rid: 'f', scaleResolutionDownBy: 1 }
];
/** Codecs to put first in the codec-preferences case, in order of preference. */
const PREFERRED_VIDEO_CODECS = ['video/VP9', 'video/H264'];

const params = new URLSearchParams(location.search);
const browserName = params.get('browser') ?? 'unknown';
const caseNames = (params.get('cases') ?? '').split(',').filter(Boolean);
const primeMedia = params.get('prime') === '1';
const turnParam = params.get('turn');
/** @type {RTCIceServer | null} */
const turnServer = turnParam ? JSON.parse(turnParam) : null;

/** @param {string} message */
function log(message) {
	return fetch('/log', { method: 'POST', body: message });
}

/**
 * Records one API call as start / success / error, naming the peer, as the app's event log does.
 * @template T
 * @param {string} peer
 * @param {string} call
 * @param {() => Promise<T>} run
 * @returns {Promise<T>}
 */
async function step(peer, call, run) {
	await log(`${peer}.${call}: start`);
	try {
		const result = await run();
		await log(`${peer}.${call}: success`);
		return result;
	} catch (error) {
		await log(`${peer}.${call}: error ${error instanceof Error ? error.message : error}`);
		throw error;
	}
}

/**
 * Sends one description to the server, which writes `<browser>-<stem>-<type>.sdp`.
 * @param {string} stem
 * @param {RTCSessionDescription | null} description
 */
async function save(stem, description) {
	if (!description) throw new Error(`${stem}: no description to save`);
	const name = `${browserName}-${stem}-${description.type}`;
	const response = await fetch(`/sdp?name=${encodeURIComponent(name)}`, {
		method: 'POST',
		headers: { 'content-type': 'application/sdp' },
		body: description.sdp
	});
	if (!response.ok) throw new Error(`${name}: server answered ${response.status}`);
}

/**
 * Resolves when the peer has gathered all its candidates: the local description then lists them
 * all (JSEP, RFC 8829: localDescription carries every candidate gathered so far).
 * @param {RTCPeerConnection} pc
 * @param {string} peer
 */
function gatheringComplete(pc, peer) {
	if (pc.iceGatheringState === 'complete') return Promise.resolve();
	/** @param {RTCPeerConnectionIceEvent} event */
	const onCandidate = (event) =>
		log(
			`${peer}.icecandidate: ${event.candidate ? event.candidate.candidate || '(empty)' : 'null'}`
		);
	pc.addEventListener('icecandidate', onCandidate);
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			pc.removeEventListener('icegatheringstatechange', onChange);
			pc.removeEventListener('icecandidate', onCandidate);
			reject(new Error(`${peer}: ICE gathering not complete after ${GATHERING_TIMEOUT_MS} ms`));
		}, GATHERING_TIMEOUT_MS);
		function onChange() {
			if (pc.iceGatheringState !== 'complete') return;
			clearTimeout(timer);
			pc.removeEventListener('icegatheringstatechange', onChange);
			pc.removeEventListener('icecandidate', onCandidate);
			resolve(undefined);
		}
		pc.addEventListener('icegatheringstatechange', onChange);
	});
}

/**
 * @param {RTCPeerConnection} pc
 * @param {string} peer
 */
function connected(pc, peer) {
	if (pc.connectionState === 'connected') return Promise.resolve();
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			pc.removeEventListener('connectionstatechange', onChange);
			reject(new Error(`${peer}: not connected after ${CONNECT_TIMEOUT_MS} ms`));
		}, CONNECT_TIMEOUT_MS);
		function onChange() {
			if (pc.connectionState === 'failed') {
				clearTimeout(timer);
				pc.removeEventListener('connectionstatechange', onChange);
				reject(new Error(`${peer}: connection failed`));
			} else if (pc.connectionState === 'connected') {
				clearTimeout(timer);
				pc.removeEventListener('connectionstatechange', onChange);
				resolve(undefined);
			}
		}
		pc.addEventListener('connectionstatechange', onChange);
	});
}

/**
 * setLocalDescription with an offer (or an answer, when a remote offer is pending), then waits
 * for gathering so the description carries every candidate.
 * @param {RTCPeerConnection} pc
 * @param {string} peer
 * @param {RTCOfferOptions} [offerOptions]
 */
async function createAndGather(pc, peer, offerOptions) {
	const type = pc.signalingState === 'have-remote-offer' ? 'answer' : 'offer';
	const description =
		type === 'offer'
			? await step(peer, 'createOffer', () => pc.createOffer(offerOptions))
			: await step(peer, 'createAnswer', () => pc.createAnswer());
	await step(peer, 'setLocalDescription', () => pc.setLocalDescription(description));
	await step(peer, 'iceGatheringComplete', () => gatheringComplete(pc, peer));
	return pc.localDescription;
}

/**
 * One offer/answer round from pc1 to pc2, every candidate inside the descriptions (no trickle).
 * @param {RTCPeerConnection} pc1
 * @param {RTCPeerConnection} pc2
 * @param {RTCOfferOptions} [offerOptions]
 * @param {(pc2: RTCPeerConnection) => void} [beforeAnswer] e.g. attach pc2's own tracks
 */
async function negotiate(pc1, pc2, offerOptions, beforeAnswer) {
	const offer = await createAndGather(pc1, 'pc1', offerOptions);
	if (!offer) throw new Error('pc1: no local description');
	await step('pc2', 'setRemoteDescription', () => pc2.setRemoteDescription(offer));
	beforeAnswer?.(pc2);
	const answer = await createAndGather(pc2, 'pc2');
	if (!answer) throw new Error('pc2: no local description');
	await step('pc1', 'setRemoteDescription', () => pc1.setRemoteDescription(answer));
	return { offer, answer };
}

/** @param {RTCPeerConnection[]} pcs */
async function bothConnected(...pcs) {
	await Promise.all(
		pcs.map((pc, i) => step(`pc${i + 1}`, 'connected', () => connected(pc, `pc${i + 1}`)))
	);
}

/** @type {MediaStream | null} */
let cachedStream = null;

/** The fake camera and microphone: Chromium's switches or Firefox's media.navigator.streams.fake. */
async function media() {
	cachedStream ??= await step('page', 'getUserMedia', () =>
		navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 480 } })
	);
	return cachedStream;
}

/** A fresh stream with clones of the fake tracks, so each peer and each sender has its own ids. */
async function clonedStream() {
	const stream = await media();
	return new MediaStream(stream.getTracks().map((track) => track.clone()));
}

/**
 * @param {MediaStream} stream
 * @param {'audio' | 'video'} kind
 */
function track(stream, kind) {
	const found = stream.getTracks().find((candidate) => candidate.kind === kind);
	if (!found) throw new Error(`no ${kind} track in the fake stream`);
	return found;
}

/**
 * @param {RTCPeerConnection} pc
 * @param {MediaStream} stream
 */
function addTracks(pc, stream) {
	for (const mediaTrack of stream.getTracks()) pc.addTrack(mediaTrack, stream);
}

/**
 * A loopback call between two fresh peers: `run` sets them up and negotiates, then both close.
 * @param {(pc1: RTCPeerConnection, pc2: RTCPeerConnection) => Promise<void>} run
 * @param {RTCConfiguration} [configuration]
 */
async function withPeers(run, configuration) {
	const pc1 = new RTCPeerConnection(configuration);
	const pc2 = new RTCPeerConnection(configuration);
	await run(pc1, pc2);
	pc1.close();
	pc2.close();
}

/**
 * One offer/answer round (as `negotiate`), its offer and answer both saved under `stem`.
 * @param {string} stem
 * @param {RTCPeerConnection} pc1
 * @param {RTCPeerConnection} pc2
 * @param {RTCOfferOptions} [offerOptions]
 * @param {(pc2: RTCPeerConnection) => void} [beforeAnswer]
 */
async function negotiateAndSave(stem, pc1, pc2, offerOptions, beforeAnswer) {
	const round = await negotiate(pc1, pc2, offerOptions, beforeAnswer);
	await save(stem, round.offer);
	await save(stem, round.answer);
	return round;
}

/** @type {Record<string, () => Promise<void>>} */
const CASES = {
	/** Audio, video and a data channel; pc2 answers with its own tracks; then a second video. */
	'av-data': () =>
		withPeers(async (pc1, pc2) => {
			addTracks(pc1, await clonedStream());
			pc1.createDataChannel('chat');
			const pc2Stream = await clonedStream();
			await negotiateAndSave('av-data', pc1, pc2, undefined, (pc) => addTracks(pc, pc2Stream));
			await bothConnected(pc1, pc2);

			// renegotiation: the same call gains a screen-share-like second video track.
			await save('renegotiation-before', pc1.localDescription);
			const extra = track(await media(), 'video').clone();
			pc1.addTrack(extra, new MediaStream([extra]));
			await negotiateAndSave('renegotiation', pc1, pc2);
		}),

	'data-only': () =>
		withPeers(async (pc1, pc2) => {
			pc1.createDataChannel('chat');
			await negotiateAndSave('data-only', pc1, pc2);
		}),

	simulcast: () =>
		withPeers(async (pc1, pc2) => {
			const stream = await clonedStream();
			pc1.addTransceiver(track(stream, 'video'), {
				direction: 'sendonly',
				streams: [stream],
				sendEncodings: SIMULCAST_ENCODINGS
			});
			await negotiateAndSave('simulcast', pc1, pc2);
		}),

	'16-transceivers': () =>
		withPeers(async (pc1, pc2) => {
			const stream = await clonedStream();
			const audio = track(stream, 'audio');
			const video = track(stream, 'video');
			for (let i = 0; i < MANY_AUDIO_TRANSCEIVERS; i++) {
				const clone = audio.clone();
				pc1.addTransceiver(clone, { direction: 'sendrecv', streams: [new MediaStream([clone])] });
			}
			for (let i = 0; i < MANY_VIDEO_TRANSCEIVERS; i++) {
				const clone = video.clone();
				pc1.addTransceiver(clone, { direction: 'sendrecv', streams: [new MediaStream([clone])] });
			}
			pc1.createDataChannel('chat');
			await negotiateAndSave('16-transceivers', pc1, pc2);
		}),

	'ice-restart': () =>
		withPeers(async (pc1, pc2) => {
			addTracks(pc1, await clonedStream());
			pc1.createDataChannel('chat');
			const pc2Stream = await clonedStream();
			const first = await negotiate(pc1, pc2, undefined, (pc) => addTracks(pc, pc2Stream));
			await save('ice-restart-before', first.offer);
			await bothConnected(pc1, pc2);
			await negotiateAndSave('ice-restart', pc1, pc2, { iceRestart: true });
			await bothConnected(pc1, pc2);
		}),

	'codec-preferences': () =>
		withPeers(async (pc1, pc2) => {
			const stream = await clonedStream();
			const transceiver = pc1.addTransceiver(track(stream, 'video'), {
				direction: 'sendrecv',
				streams: [stream]
			});
			const capabilities = RTCRtpReceiver.getCapabilities('video');
			if (!capabilities) throw new Error('no video receive capabilities');
			const rank = (/** @type {RTCRtpCodec} */ codec) => {
				const index = PREFERRED_VIDEO_CODECS.indexOf(codec.mimeType);
				return index === -1 ? PREFERRED_VIDEO_CODECS.length : index;
			};
			// A stable sort keeps each codec family (and rtx/red/ulpfec) in the browser's own order.
			const codecs = [...capabilities.codecs].sort((a, b) => rank(a) - rank(b));
			await log(`pc1.setCodecPreferences: ${codecs.map((codec) => codec.mimeType).join(' ')}`);
			transceiver.setCodecPreferences(codecs);
			await negotiateAndSave('codec-preferences', pc1, pc2);
		}),

	/** Run without media permission (prime=0): host candidates get mDNS names. */
	mdns: async () => {
		const pc1 = new RTCPeerConnection();
		pc1.createDataChannel('chat');
		await save('mdns', await createAndGather(pc1, 'pc1'));
		pc1.close();
	},

	'relay-only': async () => {
		if (!turnServer) throw new Error('relay-only needs the turn parameter');
		/** @type {RTCConfiguration} */
		const config = { iceServers: [turnServer], iceTransportPolicy: 'relay' };
		await withPeers(async (pc1, pc2) => {
			const stream = await clonedStream();
			pc1.addTrack(track(stream, 'audio'), stream);
			pc1.createDataChannel('chat');
			const { offer } = await negotiateAndSave('relay-only', pc1, pc2);
			if (!/ typ relay/.test(offer.sdp)) throw new Error('relay-only: no relay candidate in offer');
		}, config);
	}
};

async function main() {
	/** @type {Record<string, string>} */
	const failures = {};
	if (primeMedia) await media();
	for (const name of caseNames) {
		const run = CASES[name];
		await log(`case ${name}: start`);
		try {
			if (!run) throw new Error('unknown case');
			await run();
			await log(`case ${name}: success`);
		} catch (error) {
			failures[name] = error instanceof Error ? error.message : String(error);
			await log(`case ${name}: error ${failures[name]}`);
		}
	}
	cachedStream?.getTracks().forEach((track) => track.stop());
	await fetch('/done', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ userAgent: navigator.userAgent, failures })
	});
}

main().catch((error) =>
	fetch('/done', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ userAgent: navigator.userAgent, failures: { page: String(error) } })
	})
);
