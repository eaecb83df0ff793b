import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations, peerCounts, watchPeerConnections } from './helpers';

/**
 * The ICE lab against the real coturn that the app server (server.js, started by Playwright's
 * webServer) launches on loopback. ICE and TURN allocations take a moment on a busy machine.
 */
const CALL_TIMEOUT_MS = 30_000;

async function openIce(page: Page) {
	await page.goto('/ice');
	await expect(page.getByTestId('turn-status').locator('[data-available="true"]')).toBeVisible();
}

async function useLocalRelayOnly(page: Page) {
	await page.getByTestId('use-local').click();
	await expect(page.getByTestId('server-urls')).toHaveValue(/turn:127\.0\.0\.1:\d+\?transport=udp/);
	await page.getByTestId('policy-relay').check();
}

test('relay-only call connects through coturn and selects a relay candidate', async ({ page }) => {
	await watchPeerConnections(page);
	await openIce(page);
	await useLocalRelayOnly(page);
	await page.getByTestId('start-call').click();

	await expect(page.getByTestId('states-A')).toHaveAttribute('data-connection', 'connected', {
		timeout: CALL_TIMEOUT_MS
	});
	const selected = page.getByTestId('selected-pair');
	await expect(selected).toHaveAttribute('data-local-type', 'relay', { timeout: CALL_TIMEOUT_MS });
	await expect(selected).toContainText(/TURN server over udp/);

	// relay only: every gathered candidate is a relay candidate, and each peer ended gathering
	const types = await page
		.getByTestId('candidate')
		.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-type')));
	expect(types.length).toBeGreaterThan(0);
	expect(new Set(types)).toEqual(new Set(['relay']));
	await expect(page.getByTestId('end-of-candidates')).toHaveCount(2);
	await expect(
		page.getByTestId('pair').and(page.locator('[data-selected="true"]'))
	).toHaveAttribute('data-state', 'succeeded');

	// the priority of a relay candidate taken apart, and the parts add up to it
	await page.getByTestId('candidate').first().getByRole('button').click();
	const formula = await page.getByTestId('priority-formula').textContent();
	const parts = /(\d+) = 2\^24 × (\d+) \+ 2\^8 × (\d+) \+ \(256 − (\d+)\)/.exec(formula ?? '');
	expect(parts, formula ?? '').not.toBeNull();
	const [priority, type, local, component] = parts!.slice(1).map(Number);
	expect(type).toBeLessThan(10); // relay: the lowest type preferences
	expect(2 ** 24 * type! + 2 ** 8 * local! + (256 - component!)).toBe(priority);
	await expect(page.getByTestId('pair-priority')).toContainText('2^32 × min(G, D)');

	await page.getByTestId('stop-call').click();
	expect(await peerCounts(page)).toEqual({ created: 2, open: 0 });
});

test('a wrong TURN credential shows the 401 explanation and the call fails cleanly', async ({
	page
}) => {
	await watchPeerConnections(page);
	await openIce(page);
	await useLocalRelayOnly(page);
	await page.getByTestId('server-credential').fill('bm90IHRoZSByaWdodCBwYXNzd29yZA==');
	await page.getByTestId('start-call').click();

	const error = page.getByTestId('candidate-error').and(page.locator('[data-code="401"]'));
	await expect(error.first()).toBeVisible({ timeout: CALL_TIMEOUT_MS });
	await expect(error.first()).toContainText(
		'401 Unauthorized: the TURN server refused the credentials'
	);
	// no relay candidate, so no pair can ever be checked: said at once rather than waiting forever
	await expect(page.getByTestId('no-candidates').first()).toBeVisible({ timeout: CALL_TIMEOUT_MS });
	await expect(page.getByTestId('candidate')).toHaveCount(0);
	await expect(page.getByTestId('states-A')).not.toHaveAttribute('data-connection', 'connected');

	await page.getByTestId('stop-call').click();
	expect(await peerCounts(page)).toEqual({ created: 2, open: 0 });
});

test('ICE server URLs are validated as typed, with the problem located', async ({ page }) => {
	await openIce(page);
	await page.getByRole('button', { name: 'Add a server' }).click();
	const urls = page.getByTestId('server-urls');
	await urls.fill('stun://127.0.0.1:3478');
	await expect(page.getByTestId('config-problems')).toContainText(
		'At character 6: these URIs have no "//"'
	);
	await expect(page.getByTestId('start-call')).toBeDisabled();
	await urls.fill('turn:127.0.0.1:3478?transport=sctp');
	await expect(page.getByTestId('config-problems')).toContainText('transport "sctp"');
	await urls.fill('turn:127.0.0.1:3478?transport=tcp');
	await expect(page.getByTestId('config-problems')).toContainText(
		'needs a username and a credential'
	);
	await urls.fill('stun:[::1]:3478');
	await expect(page.getByTestId('config-status')).toContainText('Valid: 1 URL(s).');
	await expect(page.getByTestId('start-call')).toBeEnabled();
});

test('the lab compares host-only, STUN and relay-only runs side by side', async ({ page }) => {
	test.setTimeout(150_000);
	await watchPeerConnections(page);
	await openIce(page);
	await page.getByTestId('run-lab').click();
	const row = (config: string) =>
		page.getByTestId('lab-row').and(page.locator(`[data-config="${config}"]`));

	for (const config of ['host', 'stun', 'turnUdp', 'turnTcp']) {
		await expect(row(config)).toHaveAttribute('data-done', 'true', { timeout: 45_000 });
	}
	await expect(page.getByTestId('run-lab')).toBeEnabled();

	// host only: connected over host candidates, no relay, and the page says why columns are empty
	const host = row('host');
	await expect(host.getByTestId('lab-connected')).toHaveAttribute('data-ms', /^\d/);
	expect(
		Number(await host.getByTestId('lab-count-host').getAttribute('data-count'))
	).toBeGreaterThan(0);
	await expect(host.getByTestId('lab-count-relay')).toContainText('no TURN server configured');
	await expect(host.getByTestId('lab-count-srflx')).toContainText('no STUN server configured');
	// STUN on loopback: srflx equals host and is dropped, and the page says so
	await expect(row('stun').getByTestId('lab-count-srflx')).toContainText('without a NAT');

	for (const config of ['turnUdp', 'turnTcp']) {
		const relay = row(config);
		await expect(relay.getByTestId('lab-connected')).toHaveAttribute('data-ms', /^\d/);
		await expect(relay.getByTestId('lab-selected')).toHaveAttribute('data-local-type', 'relay');
		await expect(relay.getByTestId('lab-count-host')).toContainText('iceTransportPolicy relay');
		expect(
			Number(await relay.getByTestId('lab-count-relay').getAttribute('data-count'))
		).toBeGreaterThan(0);
	}
	await expect(row('turnTcp').getByTestId('lab-selected')).toContainText('TURN over tcp');
	await expect(page.getByTestId('relay-overhead').first()).toContainText(
		'as long to connect as host-only'
	);
	// every lab call was closed
	const counts = await peerCounts(page);
	expect(counts.created).toBe(8);
	expect(counts.open).toBe(0);
});

test('leaving /ice stops the lab: its call closes and no other starts', async ({ page }) => {
	test.setTimeout(90_000);
	await watchPeerConnections(page);
	await openIce(page);
	await page.getByTestId('lab-rounds').selectOption('9');
	await page.getByTestId('run-lab').click();
	// the first of 36 lab calls (72 peer connections) is under way
	await expect.poll(async () => (await peerCounts(page)).created).toBeGreaterThan(0);
	// client-side navigation: the page's JavaScript (and anything it left running) stays
	await page.evaluate(
		() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true)
	);
	await page.getByRole('link', { name: 'Home' }).first().click();
	const atLeave = (await peerCounts(page)).created;
	await expect(page).toHaveURL(/\/$/);
	expect(
		await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)
	).toBe(true);
	await expect.poll(async () => (await peerCounts(page)).open).toBe(0);
	// on loopback the whole lab takes a few seconds: left running, it would reach 72 by now
	await page.waitForTimeout(5000);
	const after = await peerCounts(page);
	expect(after.open).toBe(0);
	// at most the call or two that were being set up while the page went away
	expect(after.created).toBeLessThanOrEqual(atLeave + 4);
	expect(after.created).toBeLessThan(72);
});

test('axe: no serious violations on the ICE page, during a call, in Korean too', async ({
	page
}) => {
	await openIce(page);
	await useLocalRelayOnly(page);
	await page.getByTestId('start-call').click();
	await expect(page.getByTestId('selected-pair')).toBeVisible({ timeout: CALL_TIMEOUT_MS });
	await page.getByTestId('candidate').first().getByRole('button').click();
	for (const locale of ['en', 'ko']) {
		await page.getByTestId('language').selectOption(locale);
		await expectNoSeriousViolations(page);
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ICE 실습');
});

test('the walkthrough runs its call with the ICE configuration chosen for it (relay only)', async ({
	page
}) => {
	// keep the page's peer connections reachable, to read the selected pair from outside the app
	await page.addInitScript(() => {
		const Native = window.RTCPeerConnection;
		const created: RTCPeerConnection[] = [];
		window.RTCPeerConnection = class extends Native {
			constructor(configuration?: RTCConfiguration) {
				super(configuration);
				created.push(this);
			}
		} as typeof RTCPeerConnection;
		(window as unknown as { __pcs: RTCPeerConnection[] }).__pcs = created;
	});
	await page.goto('/walkthrough');
	await expect(page.getByTestId('next-step')).toHaveAttribute('data-step', 'getUserMedia');
	const panel = page.getByTestId('walk-ice-config');
	await panel.locator('summary').click();
	await panel.getByTestId('use-local').click();
	await expect(panel.getByTestId('server-urls')).toHaveValue(/turn:127\.0\.0\.1/);
	await panel.getByTestId('policy-relay').check();
	await expect(panel.locator('summary')).toContainText('3 URL(s), iceTransportPolicy relay');

	await page.getByTestId('run-all').click();
	await expect(page.getByTestId('next-step')).toHaveAttribute('data-step', 'communicate', {
		timeout: CALL_TIMEOUT_MS
	});
	const selected = await page.evaluate(async () => {
		const pc = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs[0]!;
		const reports = [...(await pc.getStats()).values()] as Record<string, string>[];
		const transport = reports.find((r) => r.type === 'transport' && r.selectedCandidatePairId);
		const pair = reports.find((r) => r.id === transport?.selectedCandidatePairId);
		const local = reports.find((r) => r.id === pair?.localCandidateId);
		return { policy: pc.getConfiguration().iceTransportPolicy, localType: local?.candidateType };
	});
	expect(selected).toEqual({ policy: 'relay', localType: 'relay' });
	// the timeline logs the configuration, but says only that a TURN credential was given
	const credential = await page.evaluate(() => {
		const pc = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs[0]!;
		return pc.getConfiguration().iceServers!.find((s) => s.credential)!.credential as string;
	});
	expect(credential.length).toBeGreaterThan(8);
	await page.getByText('createPeerConnections() success').click();
	await expect(page.locator('main')).toContainText('(given, not shown)');
	const shown = (await page.locator('main').textContent()) ?? '';
	expect(shown).not.toContain(credential);
});

test('without coturn the page says relay is unavailable and how to get it; host-only still works', async ({
	page
}) => {
	// a second app server in this process, told that turnserver is not installed
	const { startServer } = await import('../../server.js');
	const app = await startServer({
		host: '127.0.0.1',
		port: 0,
		quiet: true,
		turn: { TURNSERVER: '/nonexistent/turnserver' }
	});
	try {
		await page.goto(`${app.url}/ice`);
		const status = page.getByTestId('turn-status').locator('[data-available="false"]');
		await expect(status).toContainText('coturn is not installed');
		await expect(status).toContainText('sudo apt-get install coturn');
		await expect(page.getByTestId('use-local')).toBeDisabled();

		await page.getByTestId('lab-rounds').selectOption('3');
		await page.getByTestId('run-lab').click();
		const host = page.getByTestId('lab-row').and(page.locator('[data-config="host"]'));
		await expect(host).toContainText('median of 3 runs', { timeout: CALL_TIMEOUT_MS });
		await expect(host.getByTestId('lab-connected')).toHaveAttribute('data-ms', /^\d/);
		await expect(page.getByTestId('run-lab')).toBeEnabled({ timeout: CALL_TIMEOUT_MS });
		for (const config of ['stun', 'turnUdp', 'turnTcp']) {
			await expect(
				page.getByTestId('lab-row').and(page.locator(`[data-config="${config}"]`))
			).toContainText('needs a TURN server, unavailable here');
		}
	} finally {
		await app.close();
	}
});

test('the TURN secret never reaches the browser; the credentials it gets are the REST-API HMAC', async ({
	page
}) => {
	// an app server in this process with its own embedded coturn, so the test can know the secret
	const { startServer } = await import('../../server.js');
	const { currentTurn } = await import('../../src/lib/server/turn.js');
	const { createHmac } = await import('node:crypto');
	const app = await startServer({ host: '127.0.0.1', port: 0, quiet: true, turn: {} });
	try {
		const turn = currentTurn();
		expect(turn?.kind).toBe('embedded');
		const secret = turn?.kind === 'embedded' ? turn.secret : '';
		expect(secret.length).toBeGreaterThan(16);

		const bodies: string[] = [];
		page.on('response', (response) => {
			bodies.push(`${response.url()}`);
			void response.text().then(
				(text) => bodies.push(text),
				() => {}
			);
		});
		await page.goto(`${app.url}/ice`);
		await expect(page.getByTestId('turn-status').locator('[data-available="true"]')).toBeVisible();
		await page.getByTestId('use-local').click();
		await expect(page.getByTestId('server-credential')).not.toHaveValue('');
		await page.waitForLoadState('networkidle');

		expect(bodies.some((b) => b.includes('/api/ice-servers'))).toBe(true);
		expect(bodies.length).toBeGreaterThan(5);
		for (const body of bodies) expect(body.includes(secret)).toBe(false);

		const username = await page.getByTestId('server-username').inputValue();
		const credential = await page.getByTestId('server-credential').inputValue();
		expect(username).toMatch(/^\d+:peerscope$/);
		expect(Number(username.split(':')[0])).toBeGreaterThan(Date.now() / 1000);
		expect(credential).toBe(createHmac('sha1', secret).update(username).digest('base64'));
	} finally {
		await app.close();
	}
});

test('a STUN server that does not answer gives 701, explained', async ({ page }) => {
	test.setTimeout(90_000);
	// a loopback UDP port with nobody listening: bound, noted, released
	const { createSocket } = await import('node:dgram');
	const socket = createSocket('udp4');
	await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
	const port = socket.address().port;
	await new Promise<void>((resolve) => socket.close(resolve));

	await openIce(page);
	await page.getByRole('button', { name: 'Add a server' }).click();
	await page.getByTestId('server-urls').fill(`stun:127.0.0.1:${port}`);
	await page.getByTestId('start-call').click();
	// host candidates still connect the call; the STUN server's silence is reported as 701
	await expect(page.getByTestId('states-A')).toHaveAttribute('data-connection', 'connected', {
		timeout: CALL_TIMEOUT_MS
	});
	const error = page.getByTestId('candidate-error').and(page.locator('[data-code="701"]'));
	await expect(error.first()).toContainText('the browser reached no server at this URL', {
		timeout: 60_000
	});
	await expect(error.first()).toContainText(`stun:127.0.0.1:${port}`);
	await page.getByTestId('stop-call').click();
});
