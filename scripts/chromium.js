// @ts-check
/**
 * The Chromium every browser run of the project uses (Playwright tests, benchmarks, SDP capture):
 * Debian's binary (scripts/ensure-chromium.js installs it) and Chrome's testing switches, as in
 * webrtc/samples: a fake camera and microphone, peer connections over loopback, and nothing that
 * talks to the network (this machine's closed network refuses Chromium's background traffic).
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Switches every run needs; permission handling is added per use (see GRANTED_ARGS). */
export const COMMON_ARGS = [
	'--use-fake-device-for-media-stream',
	'--allow-loopback-in-peer-connection',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--autoplay-policy=no-user-gesture-required'
];

/** Answers every permission prompt with "allow", so getUserMedia resolves with the fake devices. */
export const GRANTED_ARGS = ['--use-fake-ui-for-media-stream', ...COMMON_ARGS];
