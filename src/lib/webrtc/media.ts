import type { DeviceInfo, MediaSourceChoice, TrackInfo } from './types';

/** Synthetic video size and rate: small enough for any classroom laptop, large enough to read. */
const SYNTHETIC_WIDTH = 640;
const SYNTHETIC_HEIGHT = 360;
const SYNTHETIC_FPS = 30;
/** A quiet A4 tone, so a classroom hears that audio flows without being startled. */
const SYNTHETIC_TONE_HZ = 440;
const SYNTHETIC_GAIN = 0.05;

export interface LocalMedia {
	stream: MediaStream;
	tracks: TrackInfo[];
	/** stops every track and whatever drives the synthetic source */
	stop(): void;
}

export function trackInfo(track: MediaStreamTrack): TrackInfo {
	return { id: track.id, kind: track.kind, label: track.label };
}

export async function listDevices(): Promise<DeviceInfo[]> {
	if (!navigator.mediaDevices?.enumerateDevices) return [];
	const devices = await navigator.mediaDevices.enumerateDevices();
	return devices
		.filter((d) => d.kind === 'audioinput' || d.kind === 'videoinput')
		.map((d) => ({
			deviceId: d.deviceId,
			kind: d.kind as DeviceInfo['kind'],
			label: d.label
		}));
}

/** The constraints getUserMedia is called with for a device choice (shown to the user as the call's argument). */
export function constraintsFor(source: MediaSourceChoice): MediaStreamConstraints {
	if (source.kind === 'synthetic') return {};
	return {
		audio: source.audioDeviceId ? { deviceId: { exact: source.audioDeviceId } } : true,
		video: source.videoDeviceId
			? { deviceId: { exact: source.videoDeviceId }, width: 640, height: 360 }
			: { width: 640, height: 360 }
	};
}

/**
 * One getUserMedia call (or one synthetic source). `caption` is written on the synthetic picture,
 * so that in a loopback call each peer's video shows whose it is.
 */
export async function acquireMedia(
	source: MediaSourceChoice,
	caption = 'Peerscope'
): Promise<LocalMedia> {
	if (source.kind === 'synthetic') return createSyntheticMedia(caption);
	if (!navigator.mediaDevices?.getUserMedia) {
		throw Object.assign(
			new Error('navigator.mediaDevices is not available (not a secure context?)'),
			{
				name: 'NotSupportedError'
			}
		);
	}
	const stream = await navigator.mediaDevices.getUserMedia(constraintsFor(source));
	return {
		stream,
		tracks: stream.getTracks().map(trackInfo),
		stop: () => stream.getTracks().forEach((t) => t.stop())
	};
}

/**
 * An animated canvas and a WebAudio tone, for classrooms without a camera or where permission is
 * refused. Both are real MediaStreamTracks, so the call that follows is a real call.
 */
export function createSyntheticMedia(caption = 'Peerscope'): LocalMedia {
	const canvas = document.createElement('canvas');
	canvas.width = SYNTHETIC_WIDTH;
	canvas.height = SYNTHETIC_HEIGHT;
	const g = canvas.getContext('2d');
	if (!g)
		throw Object.assign(new Error('2D canvas is not available'), { name: 'NotSupportedError' });
	const started = performance.now();
	const draw = () => {
		const t = (performance.now() - started) / 1000;
		g.fillStyle = '#0f172a';
		g.fillRect(0, 0, SYNTHETIC_WIDTH, SYNTHETIC_HEIGHT);
		const x = SYNTHETIC_WIDTH / 2 + Math.cos(t * 1.5) * 200;
		const y = SYNTHETIC_HEIGHT / 2 + Math.sin(t * 3) * 90;
		g.fillStyle = `hsl(${(t * 60) % 360} 80% 60%)`;
		g.beginPath();
		g.arc(x, y, 40, 0, Math.PI * 2);
		g.fill();
		g.fillStyle = '#f8fafc';
		g.font = '28px system-ui, sans-serif';
		g.fillText(`${caption}  ${t.toFixed(1)} s`, 24, 48);
	};
	draw();
	// setInterval rather than requestAnimationFrame: frames keep coming in a background tab.
	const timer = setInterval(draw, 1000 / SYNTHETIC_FPS);
	const video = canvas.captureStream(SYNTHETIC_FPS).getVideoTracks();

	let audio: MediaStreamTrack[] = [];
	let audioContext: AudioContext | null = null;
	if (typeof AudioContext !== 'undefined') {
		audioContext = new AudioContext();
		const oscillator = audioContext.createOscillator();
		oscillator.frequency.value = SYNTHETIC_TONE_HZ;
		const gain = audioContext.createGain();
		gain.gain.value = SYNTHETIC_GAIN;
		const destination = audioContext.createMediaStreamDestination();
		oscillator.connect(gain).connect(destination);
		oscillator.start();
		void audioContext.resume().catch(() => {});
		audio = destination.stream.getAudioTracks();
	}
	const stream = new MediaStream([...audio, ...video]);
	return {
		stream,
		tracks: stream.getTracks().map(trackInfo),
		stop() {
			clearInterval(timer);
			stream.getTracks().forEach((t) => t.stop());
			void audioContext?.close().catch(() => {});
		}
	};
}
