import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousViolations, expectStep, openWalkthrough } from './helpers';

/**
 * Classroom mode with real browsers: a teacher's walkthrough shared through the class hub of the
 * app server, several students (one at phone width) following it. Every wait is for what a page
 * shows, never for a time.
 */
const PHONE = { width: 390, height: 844 };
/** The hub forwards within milliseconds; the generous timeout only detects a hang. */
const SEEN = { timeout: 20_000 };

async function startClass(page: Page): Promise<string> {
	await openWalkthrough(page);
	await page.getByTestId('class-start').click();
	const code = page.getByTestId('class-code');
	await expect(code).toHaveText(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/, SEEN);
	return (await code.textContent())!.trim();
}

/** The teacher asks the class a question from the bank. */
async function ask(teacher: Page, question: string) {
	await teacher
		.getByTestId('class-bank-question')
		.and(teacher.locator(`[data-id=${question}]`))
		.getByTestId('class-ask')
		.click();
}

async function joinClass(browser: Browser, code: string, options = {}): Promise<Page> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await page.goto(`/class/${code}`);
	return page;
}

/** Opens a raw WebSocket from a student's page, joins the class and sends `command`. */
async function sendAsStudent(page: Page, code: string, command: unknown) {
	return page.evaluate(
		async ({ code, command }) => {
			const ws = new WebSocket(`ws://${location.host}/classroom`);
			const frames: string[] = [];
			await new Promise<void>((resolve, reject) => {
				ws.onerror = () => reject(new Error('no connection'));
				ws.onmessage = (event) => {
					frames.push(String(event.data));
					if (frames.length === 1) ws.send(JSON.stringify(command));
					if (frames.length === 2) resolve();
				};
				ws.onopen = () => ws.send(JSON.stringify({ type: 'join', code }));
			});
			ws.close();
			return frames;
		},
		{ code, command }
	);
}

test('students follow the teacher, late joiners get the whole log, answers are counted', async ({
	page: teacher,
	browser
}) => {
	const code = await startClass(teacher);
	const phone = await joinClass(browser, code, { viewport: PHONE, isMobile: true });
	const laptop = await joinClass(browser, code);
	await expect(teacher.getByTestId('class-students')).toHaveAttribute('data-count', '2', SEEN);
	for (const student of [phone, laptop]) {
		await expect(student.getByTestId('class-step')).toHaveAttribute(
			'data-step',
			'getUserMedia',
			SEEN
		);
		await expect(student.getByTestId('class-masked')).toHaveAttribute('data-masked', 'true');
	}

	// Each step of the teacher reaches every student.
	const next = teacher.getByTestId('next');
	for (const step of ['createPeerConnections', 'addTrack', 'createDataChannel', 'createOffer']) {
		await next.click();
		await expectStep(teacher, step, 'ready');
		for (const student of [phone, laptop]) {
			await expect(student.getByTestId('class-step')).toHaveAttribute('data-step', step, SEEN);
		}
	}
	await expect(phone.getByTestId('state-A-signalingState')).toHaveText('stable');

	// A checkpoint before the step that answers it; answers are counted live, without names.
	await ask(teacher, 'offer-state');
	for (const student of [phone, laptop]) {
		await expect(student.getByTestId('class-checkpoint')).toHaveAttribute(
			'data-state',
			'open',
			SEEN
		);
	}
	await phone.getByTestId('class-choice').nth(1).click();
	await laptop.getByTestId('class-choice').nth(0).click();
	await expect(phone.getByTestId('class-answered')).toBeVisible();
	await expect(teacher.getByTestId('class-tally')).toHaveAttribute('data-total', '2', SEEN);
	await expect(teacher.getByTestId('class-tally-count').nth(1)).toHaveAttribute('data-count', '1');
	// one answer per student: the other buttons are disabled (the hub's own check is in
	// tests/unit/server/classroom.test.ts)
	await expect(phone.getByTestId('class-choice').nth(2)).toBeDisabled();

	// The laptop explores: its view stays, a badge says the teacher moved on, the teacher is not moved.
	await laptop.getByTestId('class-mode-explore').click();
	await next.click(); // createOffer
	await expectStep(teacher, 'setLocalOffer', 'ready');
	await expect(phone.getByTestId('class-step')).toHaveAttribute('data-step', 'setLocalOffer', SEEN);
	await expect(laptop.getByTestId('class-moved-on')).toBeVisible(SEEN);
	await expect(laptop.getByTestId('class-step')).toHaveAttribute('data-step', 'createOffer');
	// the laptop opens an SDP at its own pace; nothing opens or moves on the teacher's page
	await laptop.getByTestId('timeline-entry').last().click();
	await expectStep(teacher, 'setLocalOffer', 'ready');
	await expect(teacher.locator('dialog[open]')).toHaveCount(0);

	// The step after setLocalOffer reveals the real answer from the real call.
	await next.click(); // setLocalOffer
	await expectStep(teacher, 'sendOffer');
	await expect(phone.getByTestId('class-reveal')).toContainText('have-local-offer', SEEN);
	await expect(teacher.getByTestId('class-revealed')).toContainText('have-local-offer');

	// The broadcast is masked: candidates reach the phones with documentation or masked names.
	await next.click(); // sendOffer: Peer A's candidates are in the lane
	const laneCandidates = phone
		.getByTestId('class-lane-message')
		.and(phone.locator('[data-type=candidate]'));
	await expect(laneCandidates.first()).toBeVisible(SEEN);
	const teacherCandidate = await teacher
		.getByTestId('lane-message')
		.and(teacher.locator('[data-type=candidate]'))
		.first()
		.locator('code')
		.textContent();
	// The ICE ufrag is masked; so is any address but loopback, which identifies nobody and which
	// the masking keeps (src/lib/sdp/address.ts isPlaceholderAddress).
	const ufrag = / ufrag (\S+)/.exec(teacherCandidate!)![1]!;
	const address = teacherCandidate!.split(' ')[4]!;
	const shown = await laneCandidates.first().locator('code').textContent();
	expect(shown).toMatch(/ ufrag u\d+x* /);
	expect(shown).not.toContain(` ufrag ${ufrag} `);
	const text = await phone.locator('main').innerText();
	expect(text).not.toContain(ufrag);
	if (!address.startsWith('127.')) expect(text).not.toContain(address);

	// The laptop follows again and catches up.
	await laptop.getByTestId('class-mode-follow').click();
	await expect(laptop.getByTestId('class-step')).toHaveAttribute('data-step', 'setRemoteOffer');

	// A late joiner gets the whole log so far.
	const late = await joinClass(browser, code, { viewport: PHONE });
	await expect(late.getByTestId('class-step')).toHaveAttribute('data-step', 'setRemoteOffer', SEEN);
	const entries = await phone.getByTestId('timeline-entry').count();
	await expect(late.getByTestId('timeline-entry')).toHaveCount(entries, SEEN);

	// A student's connection cannot command the class: the hub refuses, the class goes on.
	const [joined, refused] = await sendAsStudent(late, code, { type: 'step', step: null });
	expect(JSON.parse(refused!)).toMatchObject({ type: 'error', code: 'invalid-message' });
	const [, refusedStep] = await sendAsStudent(late, code, {
		type: 'step',
		step: { status: 'running', phase: 'fetching', step: 'getUserMedia', stage: 'ready', index: 0 }
	});
	expect(JSON.parse(refusedStep!)).toMatchObject({ type: 'error', code: 'teacher-only' });
	const [, refusedPublish] = await sendAsStudent(late, code, { type: 'restart' });
	expect(JSON.parse(refusedPublish!)).toMatchObject({ type: 'error', code: 'teacher-only' });
	await expect(phone.getByTestId('class-step')).toHaveAttribute('data-step', 'setRemoteOffer');
	// and what a student receives carries no real fingerprint
	const fingerprints = [...joined!.matchAll(/a=fingerprint:\S+ ([0-9A-F:]+)/g)].map((m) => m[1]);
	expect(fingerprints.length).toBeGreaterThan(0);
	for (const fingerprint of fingerprints) expect(fingerprint).toMatch(/^(00:)+00$/);
});

test('presenter view: one focus panel, fits 1280×720, shortcut sheet, axe', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/walkthrough?present');
	await expect(page.getByTestId('next-step')).toHaveAttribute('data-step', 'getUserMedia');
	await expect(page.locator('html')).toHaveAttribute('data-present', 'peers');
	await page.getByTestId('next').click();
	await expectStep(page, 'createPeerConnections', 'ready');
	// The main view (phase bar, controls, step card, the focus panel, the panel bar) is on screen
	// without scrolling the page.
	const fits = () =>
		page.evaluate(() => {
			const bottom = (id: string) =>
				document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect().bottom;
			return (
				document.documentElement.scrollHeight <= window.innerHeight + 1 &&
				bottom('present-bar') <= window.innerHeight + 1 &&
				// the step cards: a long explanation scrolls inside them, the cards stay on screen
				document
					.querySelector('[data-testid="next-step"]')!
					.closest('section')!
					.getBoundingClientRect().bottom <= window.innerHeight
			);
		});
	for (const [key, panel] of [
		['1', 'peers'],
		['2', 'lane'],
		['3', 'timeline'],
		['4', 'sdp'],
		['5', 'stats']
	] as const) {
		await page.keyboard.press(key);
		await expect(page.locator('html')).toHaveAttribute('data-present', panel);
		expect(await fits(), panel).toBe(true);
	}
	await page.keyboard.press('2');
	await expect(page.getByTestId('lane')).toBeVisible();
	await expect(page.getByTestId('timeline')).toBeHidden();
	await expectNoSeriousViolations(page);

	await page.keyboard.press('?');
	await expect(page.getByTestId('present-shortcuts')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('present-shortcuts')).toBeHidden();
	// Esc closed the sheet only: the walkthrough was not reset
	await expectStep(page, 'createPeerConnections', 'ready');

	await page.keyboard.press('p');
	await expect(page.locator('html')).not.toHaveAttribute('data-present', /.*/);
	await expect(page.getByTestId('timeline')).toBeVisible();
});

test('the student view in Korean at phone width passes axe; a wrong code says so', async ({
	page: teacher,
	browser
}) => {
	const code = await startClass(teacher);
	await teacher.getByTestId('next').click();
	const context = await browser.newContext({ locale: 'ko-KR', viewport: PHONE, isMobile: true });
	const phone = await context.newPage();
	await phone.goto(`/class/${code}`);
	await expect(phone.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(phone.getByTestId('class-step')).toHaveAttribute(
		'data-step',
		'createPeerConnections',
		SEEN
	);
	await expect(phone.getByTestId('class-step').locator('h2')).toHaveText(/[가-힣]/);
	await expect(phone.getByTestId('class-masked')).toContainText('가림 처리됨');
	await ask(teacher, 'pc-signaling-initial');
	await expect(phone.getByTestId('class-question')).toHaveText(
		'새 RTCPeerConnection의 signalingState는 무엇인가요?',
		SEEN
	);
	await expectNoSeriousViolations(phone);

	await phone.goto('/class/ZZZ-ZZZ');
	await expect(phone.getByTestId('class-status')).toContainText('ZZZ-ZZZ 수업이 없습니다', SEEN);
	await phone.goto('/class');
	await phone.getByTestId('class-code-input').fill('nope');
	await phone.getByTestId('class-code-input').press('Enter');
	await expect(phone.getByRole('alert')).toContainText('수업 코드가 아닙니다');
	await phone.getByTestId('class-code-input').fill(code.toLowerCase().replace('-', ''));
	await phone.getByTestId('class-code-input').press('Enter');
	await expect(phone).toHaveURL(new RegExp(`/class/${code}$`));
	await expectNoSeriousViolations(phone);
});
