import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { faultById, type FaultId, type FaultPhase } from '../../src/lib/faults/catalogue';
import { expectNoSeriousViolations, expectStep } from './helpers';

/**
 * The fault lab in real Chromium: each fault is chosen by URL (or from the controls), the browser
 * really fails, and each test checks what the browser itself says (the error of its own call, the
 * peer connections' states, getStats) besides what the page shows.
 *
 * Times: ICE, DTLS and consent run on the browser's timers. Where a fault waits for one of them
 * (the 10 s signaling timeout, the 30 s connect timeout, the 39.5 s STUN transaction timeout of a
 * TURN server that does not answer, consent running out) the test waits that long, never less.
 */

interface Observed {
	/** every getUserMedia rejection in the page or a frame of it: name and constraint */
	gum: { name: string; message: string; constraint: string | null }[];
}

/** A peer connection's state values, read by the browser at one moment. */
interface PcState {
	signalingState: string;
	iceConnectionState: string;
	connectionState: string;
	iceGatheringState: string;
	/** RTCDtlsTransport.state of the data channel's transport, when there is one */
	dtlsState: string | null;
	maxMessageSize: number | null;
}

/**
 * Keeps a reference to every RTCPeerConnection the page creates (A first, then B) with its state
 * values as they were at its last state change before it was closed (the walkthrough closes both
 * peers when a call fails, right in the event that failed it: this listener runs first), and
 * records getUserMedia rejections in every frame, so a test reads the browser's own values.
 */
async function observeBrowser(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as {
			__pcs: RTCPeerConnection[];
			__last: PcState[];
			__connection: string[][];
			__ice: string[][];
			__candidates: number[];
			__observed: Observed;
			__read: (pc: RTCPeerConnection) => PcState;
		};
		const top = (window.top ?? window) as unknown as typeof w;
		if (window === window.top) {
			w.__pcs = [];
			w.__last = [];
			w.__connection = [];
			w.__ice = [];
			w.__candidates = [];
			w.__observed = { gum: [] };
			const Native = window.RTCPeerConnection;
			const read = (pc: RTCPeerConnection): PcState => ({
				signalingState: pc.signalingState,
				iceConnectionState: pc.iceConnectionState,
				connectionState: pc.connectionState,
				iceGatheringState: pc.iceGatheringState,
				dtlsState: pc.sctp?.transport.state ?? null,
				maxMessageSize: pc.sctp?.maxMessageSize ?? null
			});
			w.__read = read;
			class Watched extends Native {
				constructor(configuration?: RTCConfiguration) {
					super(configuration);
					const index = w.__pcs.push(this) - 1;
					w.__last[index] = read(this);
					w.__connection[index] = [];
					w.__ice[index] = [];
					w.__candidates[index] = 0;
					this.addEventListener('icecandidate', (event) => {
						if (event.candidate?.candidate) w.__candidates[index]!++;
					});
					this.addEventListener('connectionstatechange', () =>
						w.__connection[index]!.push(this.connectionState)
					);
					this.addEventListener('iceconnectionstatechange', () =>
						w.__ice[index]!.push(this.iceConnectionState)
					);
					for (const type of [
						'signalingstatechange',
						'iceconnectionstatechange',
						'connectionstatechange',
						'icegatheringstatechange'
					]) {
						this.addEventListener(type, () => {
							if (this.signalingState !== 'closed') w.__last[index] = read(this);
						});
					}
				}
			}
			window.RTCPeerConnection = Watched as typeof RTCPeerConnection;
		}
		const devices = navigator.mediaDevices;
		if (!devices?.getUserMedia) return;
		const original = devices.getUserMedia.bind(devices);
		devices.getUserMedia = async (constraints) => {
			try {
				return await original(constraints);
			} catch (error) {
				const e = error as { name: string; message: string; constraint?: string };
				top.__observed?.gum.push({
					name: e.name,
					message: e.message,
					constraint: e.constraint ?? null
				});
				throw error;
			}
		};
	});
}

async function gumRejections(page: Page) {
	return page.evaluate(() => (window as unknown as { __observed: Observed }).__observed.gum);
}

/**
 * The state values of the page's peer connections, straight from the browser: live, or as they
 * were just before the page closed them.
 */
async function pcStates(page: Page): Promise<PcState[]> {
	return page.evaluate(() => {
		const w = window as unknown as {
			__pcs: RTCPeerConnection[];
			__last: PcState[];
			__read: (pc: RTCPeerConnection) => PcState;
		};
		return w.__pcs.map((pc, i) =>
			pc.signalingState === 'closed' ? { ...w.__last[i]!, closed: true } : w.__read(pc)
		);
	});
}

/** Every connectionState peer connection `index` went through, in order. */
async function connectionHistory(page: Page, index: number): Promise<string[]> {
	return page.evaluate(
		(i) => (window as unknown as { __connection: string[][] }).__connection[i] ?? [],
		index
	);
}

/** Every iceConnectionState peer connection `index` went through, in order. */
async function iceHistory(page: Page, index: number): Promise<string[]> {
	return page.evaluate((i) => (window as unknown as { __ice: string[][] }).__ice[i] ?? [], index);
}

/** The ICE username fragment of peer connection `index`'s current local description. */
async function localUfrag(page: Page, index: number): Promise<string | null> {
	return page.evaluate((i) => {
		const pc = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs[i];
		return /^a=ice-ufrag:(\S+)/m.exec(pc?.localDescription?.sdp ?? '')?.[1] ?? null;
	}, index);
}

/** How many candidates each peer connection gathered (end-of-candidates not counted). */
async function gathered(page: Page): Promise<number[]> {
	return page.evaluate(() => (window as unknown as { __candidates: number[] }).__candidates);
}

async function isClosed(page: Page, index: number): Promise<boolean> {
	return page.evaluate(
		(i) =>
			(window as unknown as { __pcs: RTCPeerConnection[] }).__pcs[i]?.signalingState === 'closed',
		index
	);
}

/** One stats member of one report type of peer connection `index` (0 = A, 1 = B). */
async function statsOf(page: Page, index: number, type: string, kind?: string) {
	return page.evaluate(
		async ({ index, type, kind }) => {
			const pc = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs[index];
			if (!pc) return [];
			const found: Record<string, unknown>[] = [];
			(await pc.getStats()).forEach((report: Record<string, unknown>) => {
				if (report.type === type && (kind === undefined || report.kind === kind))
					found.push({ ...report });
			});
			return found;
		},
		{ index, type, kind }
	);
}

async function openFault(page: Page, fault: string): Promise<void> {
	await observeBrowser(page);
	await page.goto(`/walkthrough?fault=${fault}`);
	await expect(page.getByTestId('fault-select')).toHaveValue(fault);
	await expect(page.getByTestId('fault-broken')).toHaveAttribute('data-fault', fault);
	await expect(page.getByTestId('next-step')).toHaveAttribute('data-step', 'getUserMedia');
}

async function runAll(page: Page): Promise<void> {
	await page.getByTestId('run-all').click();
}

/** The machine's failed state, the browser's error name, and the fault's explanation. */
async function expectFailed(page: Page, fault: string, error: string, call?: string) {
	const report = page.getByTestId('fault-report');
	await expect(report).toHaveAttribute('data-ending', 'failed', { timeout: 60_000 });
	await expect(report).toHaveAttribute('data-fault', fault);
	await expect(report).toHaveAttribute('data-error', error);
	await expect(page.getByTestId('state-diagram').locator('[data-state=failed]')).toHaveAttribute(
		'aria-current',
		'step'
	);
	await expect(page.getByTestId('fault-cause')).not.toBeEmpty();
	await expect(page.getByTestId('fault-remedy')).not.toBeEmpty();
	if (call) await expect(report.locator('code').first()).toHaveText(call);
}

async function expectDegraded(page: Page, fault: string) {
	const report = page.getByTestId('fault-report');
	await expect(report).toHaveAttribute('data-ending', 'degraded', { timeout: 30_000 });
	await expect(report).toHaveAttribute('data-fault', fault);
}

/** Runs the call up to Communication, then applies the fault in the call. */
async function applyInCall(page: Page) {
	await runAll(page);
	await expectStep(page, 'communicate');
	await page.getByTestId('fault-apply').click();
}

/** How a fault is started: one step (getUserMedia), the whole call, or applied at Communication. */
type Start = 'next' | 'runAll' | 'inCall';

/** Opens the walkthrough with `fault` chosen by URL and starts it. */
async function startFault(page: Page, fault: FaultId, start: Start) {
	await openFault(page, fault);
	if (start === 'next') await page.getByTestId('next').click();
	else if (start === 'runAll') await runAll(page);
	else await applyInCall(page);
}

/**
 * A fault that ends the call: how it is started, what the browser rejects (the error's name, in
 * the report, and the step whose call failed) and what the browser itself says afterwards.
 */
interface Failure {
	fault: FaultId;
	/** the test's title after the fault's name */
	title: string;
	start: Start;
	error: string;
	call?: string;
	/** for a fault that waits on a browser timer: the test's own timeout */
	timeout?: number;
	/** what the browser's error message says, as the report shows it */
	message?: string;
	/** the getUserMedia rejection the browser gave, as the page observed it */
	rejection?: Partial<Observed['gum'][number]>;
	/** every peer connection's own values after the failure, A then B (none: no connection made) */
	peers?: Partial<PcState>[];
	/** what else the browser or the page shows for this fault */
	more?: (page: Page) => Promise<void>;
}

const FAILURES: Failure[] = [
	{
		fault: 'permission-denied',
		title: 'NotAllowedError from the browser, then the synthetic source',
		start: 'next',
		error: 'NotAllowedError',
		call: 'getUserMedia',
		rejection: { name: 'NotAllowedError', message: 'Permission denied' },
		peers: []
	},
	{
		fault: 'no-device',
		title: 'an exact deviceId no device has is OverconstrainedError(deviceId)',
		start: 'next',
		error: 'OverconstrainedError',
		call: 'getUserMedia',
		rejection: { name: 'OverconstrainedError', constraint: 'deviceId' }
	},
	{
		fault: 'overconstrained',
		title: 'the browser names the constraint (width)',
		start: 'runAll',
		error: 'OverconstrainedError',
		call: 'getUserMedia',
		rejection: { name: 'OverconstrainedError', constraint: 'width' }
	},
	{
		fault: 'answer-lost',
		title: 'A stays in have-local-offer until the signaling timeout',
		start: 'runAll',
		error: 'TimeoutError',
		peers: [{ signalingState: 'have-local-offer' }, { signalingState: 'stable' }],
		more: async (page) => {
			await expect(
				page.getByTestId('timeline-entry').and(page.locator('[data-name="fault.lost"]'))
			).toHaveCount(1);
		}
	},
	{
		fault: 'wrong-order',
		title: 'setRemoteDescription(answer) in stable is InvalidStateError',
		start: 'runAll',
		error: 'InvalidStateError',
		call: 'setRemoteAnswer',
		message: 'wrong state: stable',
		peers: [{ signalingState: 'stable' }, {}],
		more: async (page) => {
			await expect(page.getByTestId('signaling-refused')).toBeVisible();
			await expect(page.getByTestId('signaling-diagram')).toHaveAttribute('data-state', 'stable');
		}
	},
	{
		fault: 'glare',
		title: 'no error at the collision, then the crossed answer is refused',
		start: 'runAll',
		error: 'InvalidStateError',
		call: 'setRemoteAnswer',
		message: 'wrong state: stable',
		// both peers answered: A applied B's offer (implicit rollback) and B applied A's
		peers: [{ signalingState: 'stable' }, { signalingState: 'stable' }]
	},
	{
		fault: 'candidate-too-early',
		title: 'addIceCandidate before the remote description is InvalidStateError',
		start: 'runAll',
		error: 'InvalidStateError',
		call: 'addIceCandidate',
		message: 'remote description was null',
		peers: [{}, { signalingState: 'stable' }]
	},
	{
		fault: 'no-candidates',
		title: 'ICE never leaves "new"; only the connect timeout ends it',
		start: 'runAll',
		error: 'TimeoutError',
		timeout: 90_000,
		peers: [{ iceConnectionState: 'new' }, { iceConnectionState: 'new' }]
	},
	{
		fault: 'relay-without-turn',
		title: 'not a single candidate is gathered',
		start: 'runAll',
		error: 'TimeoutError',
		timeout: 90_000,
		peers: [
			{ iceGatheringState: 'complete', iceConnectionState: 'new' },
			{ iceGatheringState: 'complete', iceConnectionState: 'new' }
		],
		more: async (page) => {
			// gathering ended with end-of-candidates only
			expect(await gathered(page)).toEqual([0, 0]);
		}
	},
	{
		fault: 'turn-bad-credential',
		title: 'the TURN server says 401',
		start: 'runAll',
		error: 'RTCPeerConnectionIceErrorEvent',
		message: '401'
	},
	{
		fault: 'dtls-fingerprint',
		title: 'ICE connected, DTLS and connectionState failed',
		start: 'runAll',
		error: 'ConnectionFailed',
		more: async (page) => {
			// the browser's own values when the first peer failed (the page then closes both): ICE
			// connected on both, DTLS and connectionState failed
			const states = (await pcStates(page)).slice(0, 2);
			expect(states.map((s) => s.iceConnectionState)).toEqual(['connected', 'connected']);
			expect(states).toContainEqual(
				expect.objectContaining({ connectionState: 'failed', dtlsState: 'failed' })
			);
			await expect(page.getByTestId('fault-diff')).toHaveAttribute('data-which', 'answer');
		}
	},
	{
		fault: 'message-too-big',
		title: 'send() throws TypeError, the channel stays open',
		start: 'inCall',
		error: 'TypeError',
		call: 'send',
		message: 'max-message-size',
		// the limit the browser enforced: B's a=max-message-size, as A's SCTP transport reports it
		peers: [{ maxMessageSize: 262144 }, {}]
	},
	{
		fault: 'send-before-open',
		title: 'send() on a "connecting" channel is InvalidStateError',
		start: 'runAll',
		error: 'InvalidStateError',
		call: 'createDataChannel',
		message: "readyState is not 'open'"
	}
];

/** One test for each fault of FAILURES in the catalogue's `phase`. */
function failureTests(phase: FaultPhase) {
	for (const failure of FAILURES.filter((f) => faultById(f.fault).phase === phase)) {
		const { fault, start, error, call, message, rejection, peers, more } = failure;
		test(`${fault}: ${failure.title}`, async ({ page }) => {
			if (failure.timeout) test.setTimeout(failure.timeout);
			await startFault(page, fault, start);
			await expectFailed(page, fault, error, call);
			if (message) await expect(page.getByTestId('fault-error')).toContainText(message);
			if (rejection) {
				expect(await gumRejections(page)).toContainEqual(expect.objectContaining(rejection));
			}
			if (peers) expect(await pcStates(page)).toMatchObject(peers);
			await more?.(page);
		});
	}
}

test.describe('Fetching', () => {
	failureTests('fetching');

	test('track-ended: the local track is ended without an event, the remote video stops', async ({
		page
	}) => {
		await startFault(page, 'track-ended', 'inCall');
		await expectDegraded(page, 'track-ended');
		const sender = await page.evaluate(() => {
			const pc = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs[0]!;
			const track = pc.getSenders().find((s) => s.track?.kind === 'video')?.track;
			return track ? track.readyState : null;
		});
		expect(sender).toBe('ended');
		// B's inbound video stops counting: two reads a while apart are the same
		const frames = async () =>
			Number((await statsOf(page, 1, 'inbound-rtp', 'video'))[0]?.framesDecoded ?? 0);
		await expect
			.poll(async () => {
				const before = await frames();
				await page.waitForTimeout(1500);
				return (await frames()) - before;
			})
			.toBe(0);
		expect((await pcStates(page))[1]!.connectionState).toBe('connected');
	});
});

test.describe('Signaling', () => {
	failureTests('signaling');

	/**
	 * Every signalingState each peer connection reported, in order, and every call of
	 * setLocalDescription or setRemoteDescription the browser rejected: recorded in the page by
	 * wrapping RTCPeerConnection once more (after observeBrowser's wrapper, so indices match __pcs).
	 */
	async function recordNegotiation(page: Page): Promise<void> {
		await page.addInitScript(() => {
			const w = window as unknown as { __signaling: string[][]; __rejected: string[] };
			w.__signaling = [];
			w.__rejected = [];
			const Wrapped = window.RTCPeerConnection;
			class Negotiating extends Wrapped {
				constructor(configuration?: RTCConfiguration) {
					super(configuration);
					const states: string[] = [];
					w.__signaling.push(states);
					this.addEventListener('signalingstatechange', () => states.push(this.signalingState));
					for (const name of ['setLocalDescription', 'setRemoteDescription'] as const) {
						const call = this[name].bind(this) as (d?: RTCSessionDescriptionInit) => Promise<void>;
						this[name] = (async (description?: RTCSessionDescriptionInit) => {
							try {
								return await call(description);
							} catch (error) {
								w.__rejected.push(`${name}(${description?.type ?? ''}): ${(error as Error).name}`);
								throw error;
							}
						}) as never;
					}
				}
			}
			window.RTCPeerConnection = Negotiating as typeof RTCPeerConnection;
		});
	}

	const negotiation = (page: Page) =>
		page.evaluate(() => {
			const w = window as unknown as { __signaling: string[][]; __rejected: string[] };
			return { signaling: w.__signaling, rejected: w.__rejected };
		});

	test('glare with perfect negotiation: B rolls back (the browser fires stable between), both connect', async ({
		page
	}) => {
		await recordNegotiation(page);
		// first the failing run, then the same glare with the strategy, from its report
		await openFault(page, 'glare');
		await expect(page.getByTestId('glare-strategy-none')).toBeChecked();
		await runAll(page);
		await expectFailed(page, 'glare', 'InvalidStateError', 'setRemoteAnswer');
		await page.getByTestId('pn-try-run').click();
		await expect(page).toHaveURL(/\?fault=glare&strategy=perfect-negotiation$/);
		await expect(page.getByTestId('glare-strategy-perfect-negotiation')).toBeChecked();
		await expect(page.getByTestId('next-step')).toHaveAttribute('data-step', 'getUserMedia');
		const before = (await negotiation(page)).signaling.length;
		expect(before).toBe(2);

		await runAll(page);
		await expectStep(page, 'communicate');
		const walk = page.getByTestId('pn-walk');
		await expect(walk).toHaveAttribute('data-resolved', 'true', { timeout: 20_000 });
		await expect(page.getByTestId('fault-report')).toHaveCount(0);

		// what the browser itself did: the second pair of peer connections (A, B)
		const { signaling, rejected } = await negotiation(page);
		expect(signaling.slice(before)).toEqual([
			['have-local-offer', 'stable'],
			['have-local-offer', 'stable', 'have-remote-offer', 'stable']
		]);
		// the failing run's crossed answer was the only refusal: none in the resolved run
		expect(rejected).toEqual(['setRemoteDescription(answer): InvalidStateError']);
		const states = (await pcStates(page)).slice(before);
		expect(states.map((s) => [s.signalingState, s.connectionState])).toEqual([
			['stable', 'connected'],
			['stable', 'connected']
		]);
		await expect(
			page.getByTestId('timeline-entry').and(page.locator('[data-name="glare.ignoreOffer"]'))
		).toHaveCount(1);

		// the walk, step by step, as the page shows it
		const steps = page.getByTestId('pn-step');
		await expect(steps).toHaveCount(7);
		await steps.nth(0).click();
		const detail = page.getByTestId('pn-detail');
		await expect(detail).toHaveAttribute('data-step', 'offerA');
		// each step after the first, in order: the peer that acts ('' for none) and the state it shows
		const expected: Record<string, { peer: '' | 'A' | 'B'; state: string }> = {
			offerB: { peer: 'B', state: 'have-local-offer' },
			ignoreOffer: { peer: 'A', state: 'have-local-offer' },
			rollback: { peer: 'B', state: 'have-remote-offer' },
			answer: { peer: 'B', state: 'stable' },
			applyAnswer: { peer: 'A', state: 'stable' },
			connected: { peer: '', state: 'stable' }
		};
		for (const [step, { peer, state }] of Object.entries(expected)) {
			await page.getByTestId('pn-next').click();
			await expect(detail).toHaveAttribute('data-step', step);
			await expect(detail).toHaveAttribute('data-peer', peer);
			const row = detail.locator(`tr[data-peer="${peer || 'B'}"]`);
			await expect(row.getByTestId('pn-signaling')).toHaveText(state);
			if (step === 'rollback') {
				await expect(row.getByTestId('pn-observed')).toHaveText('stable → have-remote-offer');
				await expect(page.getByTestId('pn-code')).toContainText('SRD rolls back as needed');
				await expect(page.getByTestId('signaling-diagram')).toHaveAttribute(
					'data-state',
					'have-remote-offer'
				);
				// in the table's order: stable→local offer (1), stable→remote offer (3), the rollback (2)
				await expect(page.getByTestId('diagram-taken')).toHaveText(['1', '3', '2']);
			}
			if (step === 'ignoreOffer') {
				await expect(page.getByTestId('pn-code')).toContainText(
					'ignoreOffer = !polite && offerCollision; // true'
				);
			}
		}
		await expect(page.getByTestId('pn-next')).toBeDisabled();
		await expect(page.locator('[data-testid="pn-path"][data-peer="B"] code')).toHaveText(
			/^stable → have-local-offer → stable \(.+\) → have-remote-offer → stable$/
		);
		await expect(page.getByTestId('pn-resolved')).toBeVisible();
		const results = await new AxeBuilder({ page }).include('[data-testid="pn-walk"]').analyze();
		expect(results.violations).toEqual([]);
	});

	test('glare: a bad strategy in the address is said, and glare runs without one', async ({
		page
	}) => {
		await page.goto('/walkthrough?fault=glare&strategy=perfect-negociation');
		const notice = page.getByTestId('fault-url-problem');
		await expect(notice).toHaveAttribute('data-problem', 'fault.strategyUnknown');
		await expect(notice).toContainText('"perfect-negociation"');
		await expect(notice).toContainText('perfect-negotiation');
		await expect(page.getByTestId('fault-select')).toHaveValue('glare');
		await expect(page.getByTestId('glare-strategy-none')).toBeChecked();
		await expect(page.getByTestId('fault-suggestion')).toHaveAttribute(
			'href',
			/\/walkthrough\?fault=glare&strategy=perfect-negotiation$/
		);
		await page.goto('/walkthrough?fault=wrong-order&strategy=perfect-negotiation');
		await expect(page.getByTestId('fault-url-problem')).toHaveAttribute(
			'data-problem',
			'fault.strategyNotGlare'
		);
		await expect(page.getByTestId('glare-strategy')).toHaveCount(0);
	});

	test('no-common-codec: video rejected (port 0) in the answer, never plays, diff shown', async ({
		page
	}) => {
		await startFault(page, 'no-common-codec', 'runAll');
		await expectStep(page, 'communicate');
		await expectDegraded(page, 'no-common-codec');
		const answer = await page.evaluate(
			() => (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs[0]!.remoteDescription!.sdp
		);
		expect(answer).toMatch(/^m=video 0 /m);
		const kinds = await page.evaluate(() =>
			(window as unknown as { __pcs: RTCPeerConnection[] }).__pcs[1]!.getTransceivers()
				.filter((t) => t.currentDirection !== 'stopped')
				.map((t) => t.receiver.track.kind)
		);
		expect(kinds).not.toContain('video');
		expect(await statsOf(page, 1, 'inbound-rtp', 'video')).toEqual([]);
		// B's remote picture: a video element (B still receives audio) or none at all
		const remote = page.locator('[data-testid="video-B-remote"], [data-testid="novideo-B-remote"]');
		await expect(remote).toHaveCount(1);
		await page.waitForTimeout(2000);
		expect(
			await remote.evaluate((el) => (el instanceof HTMLVideoElement ? el.videoWidth : 0))
		).toBe(0);
		const diff = page.getByTestId('fault-diff');
		await expect(diff).toHaveAttribute('data-which', 'offer');
		await expect(diff).toContainText('X-PEERSCOPE-VP8');
	});
});

test.describe('Connection', () => {
	failureTests('connection');

	test('turn-unreachable: 701 after the STUN transaction timeout', async ({ page }) => {
		test.setTimeout(120_000);
		await startFault(page, 'turn-unreachable', 'runAll');
		await expect(page.getByTestId('fault-report')).toHaveAttribute('data-ending', 'failed', {
			timeout: 90_000
		});
		await expect(page.getByTestId('fault-error')).toContainText('701');
	});

	test('peer-vanishes: the path is cut, A goes disconnected then failed, an ICE restart recovers', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await startFault(page, 'peer-vanishes', 'runAll');
		await expectStep(page, 'communicate');
		// the call runs through the app server's pipe: A's selected pair ends at A's face of it
		const open = page.getByTestId('path-open');
		await expect(open).toBeVisible();
		const faceA = Number(await open.getAttribute('data-face-a'));
		await expect(page.getByTestId('path-rewrite').and(page.locator('[data-peer=A]'))).toHaveCount(
			1
		);
		await expect(page.getByTestId('path-rewrite').and(page.locator('[data-peer=B]'))).toHaveCount(
			1
		);
		const selectedRemotePort = async () => {
			const pairs = await statsOf(page, 0, 'candidate-pair');
			const transport = (await statsOf(page, 0, 'transport'))[0];
			const pair = pairs.find((p) => p.id === transport?.selectedCandidatePairId);
			const remote = (await statsOf(page, 0, 'remote-candidate')).find(
				(c) => c.id === pair?.remoteCandidateId
			);
			return remote ? Number(remote.port) : null;
		};
		expect(await selectedRemotePort()).toBe(faceA);
		const ufragBefore = await localUfrag(page, 0);
		const inbound = async (member: 'bytesReceived' | 'framesDecoded') =>
			Number((await statsOf(page, 0, 'inbound-rtp', 'video'))[0]?.[member] ?? 0);
		const received = () => inbound('bytesReceived');
		await expect.poll(received).toBeGreaterThan(0);

		const started = Date.now();
		await page.getByTestId('fault-apply').click();
		await expect(page.getByTestId('path-cut')).toBeVisible();
		// the browser notices only by the silence: disconnected, then connectionState failed
		const report = page.getByTestId('fault-report');
		await expect(report).toHaveAttribute('data-ending', 'failed', { timeout: 60_000 });
		const failedAfter = Date.now() - started;
		await expect(report).toHaveAttribute('data-error', 'ConnectionFailed');
		await expect(
			page.getByTestId('state-diagram').locator('[data-state=iceFailed]')
		).toHaveAttribute('aria-current', 'step');
		expect(await connectionHistory(page, 0)).toEqual([
			'connecting',
			'connected',
			'disconnected',
			'failed'
		]);
		// Chromium: iceConnectionState stays "disconnected" while connectionState is "failed"
		expect((await iceHistory(page, 0)).slice(-1)).toEqual(['disconnected']);
		expect(await iceHistory(page, 0)).toContain('connected');
		// both peers stay: nothing was closed
		expect(await isClosed(page, 0)).toBe(false);
		expect(await isClosed(page, 1)).toBe(false);
		// no media over a path that is gone
		const atFailure = await received();
		const framesAtFailure = await inbound('framesDecoded');
		await page.waitForTimeout(2_000);
		expect(await received()).toBe(atFailure);
		const moments = page.getByTestId('path-moments');
		await expect(moments.locator('[data-moment=disconnected]')).toHaveCount(1);
		await expect(moments.locator('[data-moment=failed]')).toHaveCount(1);

		// the restart: a new offer with new ICE credentials, its candidates over the direct path
		await page.getByTestId('path-restart').click();
		await expect
			.poll(() => connectionHistory(page, 0), { timeout: 30_000 })
			.toEqual(['connecting', 'connected', 'disconnected', 'failed', 'disconnected', 'connected']);
		await expectStep(page, 'communicate');
		expect((await iceHistory(page, 0)).slice(-1)).toEqual(['connected']);
		const ufragAfter = await localUfrag(page, 0);
		expect(ufragAfter).not.toBeNull();
		expect(ufragAfter).not.toBe(ufragBefore);
		await expect(page.getByTestId('ufrag-after')).toHaveText(ufragAfter!);
		expect(await selectedRemotePort()).not.toBe(faceA);
		// media flows again: A receives more than it had when the call failed
		await expect.poll(received, { timeout: 15_000 }).toBeGreaterThan(atFailure);
		await expect
			.poll(() => inbound('framesDecoded'), { timeout: 15_000 })
			.toBeGreaterThan(framesAtFailure);
		await expect(page.getByTestId('path-recovered')).toBeVisible({ timeout: 15_000 });
		await expect(moments.locator('[data-moment=reconnected]')).toHaveCount(1);
		// the path's panels are accessible too
		await expectNoSeriousViolations(page, [
			'[data-testid="path-panel"]',
			'[data-testid="path-recovery"]'
		]);
		const since = async (moment: string) =>
			Number(await moments.locator(`[data-moment=${moment}]`).getAttribute('data-since-cut'));
		test.info().annotations.push({
			type: 'timings',
			description: `disconnected +${await since('disconnected')} ms, failed +${await since('failed')} ms after the cut (report after ${failedAfter} ms); reconnected ${await since('reconnected')} ms after the cut`
		});
	});
});

test.describe('Communication', () => {
	failureTests('communication');

	test('bandwidth-cap: qualityLimitationReason becomes bandwidth; export opens in /stats', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await openFault(page, 'bandwidth-cap');
		await page.getByTestId('source-synthetic').check();
		await applyInCall(page);
		await expectDegraded(page, 'bandwidth-cap');
		await expect
			.poll(
				async () =>
					(await statsOf(page, 0, 'outbound-rtp', 'video'))[0]?.qualityLimitationReason ?? null,
				{ timeout: 30_000 }
			)
			.toBe('bandwidth');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-session').click()
		]);
		const record = JSON.parse(readFileSync((await download.path())!, 'utf8'));
		expect(JSON.stringify(record.log)).toContain('"fault":"bandwidth-cap"');
		await page.goto('/stats');
		await expect(page.getByTestId('drop-zone')).toHaveAttribute('data-ready', 'true');
		await page.getByTestId('file-input').setInputFiles((await download.path())!);
		await expect(page.getByTestId('import-summary')).toContainText('Peerscope session');
		await expect(
			page.getByTestId('timeline-entry').and(page.locator('[data-name="fault.chosen"]'))
		).toHaveCount(1);
	});
});

test('an unknown fault in the address is said clearly, and the walkthrough runs without one', async ({
	page
}) => {
	await page.goto('/walkthrough?fault=dtls-fingerprnt');
	const notice = page.getByTestId('fault-url-problem');
	await expect(notice).toContainText('"dtls-fingerprnt"');
	await expect(notice).toContainText('runs without a fault');
	await expect(page.getByTestId('fault-suggestion')).toHaveAttribute(
		'href',
		/fault=dtls-fingerprint/
	);
	await expect(page.getByTestId('fault-select')).toHaveValue('');
	await runAll(page);
	await expectStep(page, 'communicate');
	await expect(page.getByTestId('fault-report')).toHaveCount(0);
});

test('a fault chosen from the controls, then compared with a good call step by step', async ({
	page
}) => {
	test.setTimeout(90_000);
	await observeBrowser(page);
	await page.goto('/walkthrough');
	await page.getByTestId('fault-select').selectOption('answer-lost');
	await expect(page).toHaveURL(/fault=answer-lost/);
	await runAll(page);
	await expectFailed(page, 'answer-lost', 'TimeoutError');
	await page.getByTestId('fault-compare').click();
	const row = (step: string) => page.locator(`[data-testid="compare-row"][data-step="${step}"]`);
	await expect(row('sendAnswer')).toHaveAttribute('data-good', 'success', { timeout: 30_000 });
	await expect(row('sendAnswer')).toHaveAttribute('data-faulted', 'lost');
	await expect(row('setRemoteAnswer')).toHaveAttribute('data-faulted', 'notReached');
	await expect(row('createOffer')).toHaveAttribute('data-differs', 'false');
	await expect(row('connect')).toHaveAttribute('data-good', 'success');
	// the fault report, the picker and the comparison are accessible too
	await expectNoSeriousViolations(page, [
		'[data-testid="fault-picker"]',
		'[data-testid="fault-report"]',
		'[data-testid="compare"]'
	]);
});
