// @ts-check
// A teacher's commands on a class (publish, restart, step, checkpoints) and students' answers.

/** @typedef {import('./options.js').ClassHubSettings} ClassHubSettings */
/** @typedef {import('./connection.js').ClassConnection} ClassConnection */
/** @typedef {import('../../classroom/protocol.js').ClassClientMessage} ClassClientMessage */
/** @typedef {import('../../classroom/protocol.js').Checkpoint} Checkpoint */

/**
 * @param {ClassHubSettings} settings
 * @param {ReturnType<typeof import('./connection.js').createOutbox>} outbox
 */
export function createClassCommands(settings, outbox) {
	const { store, now } = settings;
	const { send, fail } = outbox;

	/**
	 * The open checkpoint of a class, parsed.
	 * @param {string} code
	 * @returns {Promise<Checkpoint | null>}
	 */
	const checkpointOf = async (code) => {
		const snapshot = await store.snapshot(code);
		return snapshot?.checkpoint ? JSON.parse(snapshot.checkpoint) : null;
	};

	/**
	 * @param {string} code
	 * @param {Checkpoint | null} checkpoint
	 */
	const setCheckpoint = async (code, checkpoint) => {
		const json = checkpoint ? JSON.stringify(checkpoint) : null;
		await store.setField(code, 'checkpoint', json, now());
		await store.broadcast(code, 'all', `{"type":"checkpoint","checkpoint":${json ?? 'null'}}`);
	};

	/** @param {Checkpoint} checkpoint */
	const roundKey = (checkpoint) => `${checkpoint.id}#${checkpoint.round}`;

	/**
	 * @param {ClassConnection} conn
	 * @param {Exclude<ClassClientMessage, { type: 'create' | 'teach' | 'join' | 'answer' }>} message
	 * @param {string} code
	 */
	const teacherCommand = async (conn, message, code) => {
		switch (message.type) {
			case 'publish': {
				const size = await store.logSize(code);
				const texts = message.entries.map((entry) => JSON.stringify(entry));
				const bytes = texts.reduce((sum, text) => sum + text.length, 0);
				if (
					size.entries + texts.length > settings.maxLogEntries ||
					size.bytes + bytes > settings.maxLogBytes
				) {
					fail(
						conn,
						'log-full',
						`a class keeps at most ${settings.maxLogEntries} entries and ${settings.maxLogBytes} bytes of log; restart the walkthrough`,
						'publish'
					);
					return;
				}
				const length = await store.append(code, texts, message.masked, now());
				const from = length - texts.length;
				await store.broadcast(
					code,
					'students',
					`{"type":"entries","from":${from},"masked":${message.masked},"entries":[${texts.join(',')}]}`
				);
				return;
			}
			case 'restart':
				await store.clearLog(code);
				await store.broadcast(code, 'students', '{"type":"restart"}');
				return;
			case 'step': {
				const json = JSON.stringify(message.step);
				await store.setField(code, 'step', json, now());
				await store.broadcast(code, 'students', `{"type":"step","step":${json}}`);
				return;
			}
			case 'checkpoint-open': {
				const previous = await checkpointOf(code);
				/** @type {Checkpoint} */
				const checkpoint = {
					id: message.id,
					round: (previous?.round ?? 0) + 1,
					choices: message.choices,
					state: 'open'
				};
				await store.resetAnswers(code, roundKey(checkpoint));
				await setCheckpoint(code, checkpoint);
				await store.broadcast(
					code,
					'teacher',
					JSON.stringify({
						type: 'tally',
						id: checkpoint.id,
						round: checkpoint.round,
						counts: new Array(checkpoint.choices).fill(0)
					})
				);
				return;
			}
			case 'checkpoint-close':
			case 'checkpoint-reveal': {
				const checkpoint = await checkpointOf(code);
				if (!checkpoint) {
					fail(conn, 'no-checkpoint', 'no checkpoint is posed in this class', message.type);
					return;
				}
				if (message.type === 'checkpoint-close') {
					await setCheckpoint(code, { ...checkpoint, state: 'closed' });
					return;
				}
				if (message.answer !== null && message.answer >= checkpoint.choices) {
					fail(
						conn,
						'invalid-message',
						`checkpoint-reveal: answer: the question has ${checkpoint.choices} choices`,
						message.type
					);
					return;
				}
				const counts = await store.counts(code, roundKey(checkpoint), checkpoint.choices);
				await setCheckpoint(code, {
					...checkpoint,
					state: 'revealed',
					answer: message.answer,
					actual: message.actual,
					counts
				});
				return;
			}
			case 'checkpoint-clear':
				await setCheckpoint(code, null);
				return;
		}
	};

	/**
	 * @param {ClassConnection} conn
	 * @param {Extract<ClassClientMessage, { type: 'answer' }>} message
	 * @param {string} code
	 */
	const answer = async (conn, message, code) => {
		const checkpoint = await checkpointOf(code);
		if (
			!checkpoint ||
			checkpoint.state !== 'open' ||
			checkpoint.id !== message.id ||
			checkpoint.round !== message.round
		) {
			fail(conn, 'no-checkpoint', 'this question is not open for answers', 'answer');
			return;
		}
		if (message.choice >= checkpoint.choices) {
			fail(
				conn,
				'invalid-message',
				`answer: choice: the question has ${checkpoint.choices} choices`,
				'answer'
			);
			return;
		}
		const student = `${settings.instance}:${conn.id}`;
		const counts = await store.answer(
			code,
			roundKey(checkpoint),
			student,
			message.choice,
			checkpoint.choices
		);
		if (!counts) {
			fail(conn, 'already-answered', 'one answer per question; yours was counted', 'answer');
			return;
		}
		send(conn, { type: 'answered', id: message.id, round: message.round, choice: message.choice });
		await store.broadcast(
			code,
			'teacher',
			JSON.stringify({ type: 'tally', id: message.id, round: message.round, counts })
		);
	};

	return { teacherCommand, answer };
}
