// @ts-check
/**
 * Classroom fan-out: one class of STUDENTS student sockets; the teacher sends a step change and
 * every student receives it. Latency is from the teacher's send to each student's receipt (both
 * ends are clients in this process, one clock), over STEPS steps sent one after the other (each
 * waits until every student has it), after WARMUP_STEPS untimed ones. Measured in the same run:
 *
 * - bare: a plain `ws` server that passes the teacher's frame to every other connection, no
 *   parsing: the baseline;
 * - hub: Peerscope's class hub (validation, class state, in-memory store);
 * - redis: two hub instances on one real redis-server (started here on a free loopback port and
 *   stopped afterwards), the teacher on one, every student on the other, so each step travels
 *   through Redis pub/sub.
 *
 * Each server runs in its own child process, so its heap is its own: the heap per student is the
 * hub's heap with the class full minus its heap with the class empty, over STUDENTS. Prints p50
 * and p99 and their ratios to the baseline; never passes or fails on time.
 *
 * Usage: `node bench/classroom.js`; CLASS_BENCH_STUDENTS (500), CLASS_BENCH_STEPS (20 per round),
 * CLASS_BENCH_ROUNDS (4, alternating between the setups).
 */
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { findRedisServer, startRedisServer } from '../scripts/redis.js';
import {
	BENCH_SERVER_OPTIONS,
	bareServer,
	connect,
	forkServer,
	memoryOf,
	nextMessage,
	quantile,
	serveToParent
} from './wsServers.js';

/** @typedef {import('ws').WebSocket} WebSocket */

const STUDENTS = Number(process.env.CLASS_BENCH_STUDENTS ?? 500);
const STEPS = Number(process.env.CLASS_BENCH_STEPS ?? 20);
/** Rounds of STEPS steps per setup, alternating between the setups. */
const ROUNDS = Number(process.env.CLASS_BENCH_ROUNDS ?? 4);
/** Steps sent first and not timed: the first sends of a fresh process pay for JIT and buffers. */
const WARMUP_STEPS = 5;
/** Students connect in batches of this many, so the server is not hit by 500 handshakes at once. */
const CONNECT_BATCH = 50;

/** @param {number} index */
const stepMessage = (index) => ({
	type: 'step',
	step: {
		status: 'running',
		phase: 'signaling',
		step: index % 2 === 0 ? 'createOffer' : 'setLocalOffer',
		stage: 'ready',
		index: 4 + (index % 2)
	}
});

// ---- child: one server ----------------------------------------------------------------------

async function serve(/** @type {string} */ kind) {
	if (kind === 'bare') {
		serveToParent(
			bareServer((ws, wss) => {
				ws.on('message', (data, isBinary) => {
					for (const other of wss.clients) if (other !== ws) other.send(data, { binary: isBinary });
				});
			})
		);
		return;
	}
	const { createClassHub } = await import('../src/lib/server/classroom/hub.js');
	const { storesFromEnv } = await import('../src/lib/server/classroom/backends.js');
	const shared = await storesFromEnv(process.env.CLASS_BENCH_REDIS || undefined);
	const hub = createClassHub({
		...BENCH_SERVER_OPTIONS,
		store: shared.classes,
		instance: shared.instance,
		maxStudentsPerClass: Infinity
	});
	serveToParent(hub.handleUpgrade);
}

// ---- parent: the clients ----------------------------------------------------------------------

/**
 * @param {string} kind
 * @param {Record<string, string>} [env]
 * @returns {Promise<{ child: import('node:child_process').ChildProcess; url: string }>}
 */
async function startChild(kind, env = {}) {
	const { child, port } = await forkServer(fileURLToPath(import.meta.url), kind, env);
	return { child, url: `ws://127.0.0.1:${port}/${kind === 'bare' ? '' : 'classroom'}` };
}

/** @param {import('node:child_process').ChildProcess} child */
const heapOf = async (child) => (await memoryOf(child)).heapUsed;

/**
 * Connects the students (joining the class when there is one).
 * @param {string} url
 * @param {string | null} code
 */
async function connectStudents(url, code) {
	/** @type {WebSocket[]} */
	const students = [];
	while (students.length < STUDENTS) {
		const batch = await Promise.all(
			Array.from({ length: Math.min(CONNECT_BATCH, STUDENTS - students.length) }, async () => {
				const ws = await connect(url);
				if (code) {
					ws.send(JSON.stringify({ type: 'join', code }));
					const joined = await nextMessage(ws);
					if (joined.type !== 'joined') throw new Error(`join: ${JSON.stringify(joined)}`);
				}
				return ws;
			})
		);
		students.push(...batch);
	}
	return students;
}

/**
 * Sends STEPS steps, one after the other, and times each student's receipt of each.
 * @param {WebSocket} teacher
 * @param {WebSocket[]} students
 */
async function fanOut(teacher, students) {
	/** @type {number[]} */
	const latencies = [];
	for (let i = -WARMUP_STEPS; i < STEPS; i++) {
		const frame = JSON.stringify(stepMessage(i + WARMUP_STEPS));
		const received = Promise.all(
			students.map(
				(ws) =>
					new Promise((resolve) =>
						ws.once('message', () => {
							if (i >= 0) latencies.push(performance.now() - sentAt);
							resolve(undefined);
						})
					)
			)
		);
		const sentAt = performance.now();
		teacher.send(frame);
		await received;
	}
	return latencies;
}

/**
 * Opens a setup: the teacher (with a class, on a hub), the students, and the hub's heap per
 * student.
 * @param {string} name
 * @param {{ teacherUrl: string; studentUrl: string; hub: boolean; heapChild?: import('node:child_process').ChildProcess }} setup
 */
async function open(name, { teacherUrl, studentUrl, hub, heapChild }) {
	const teacher = await connect(teacherUrl);
	/** @type {string | null} */
	let code = null;
	if (hub) {
		teacher.send(JSON.stringify({ type: 'create' }));
		const created = await nextMessage(teacher);
		code = created.code;
	}
	const emptyHeap = heapChild ? await heapOf(heapChild) : 0;
	const students = await connectStudents(studentUrl, code);
	const fullHeap = heapChild ? await heapOf(heapChild) : 0;
	// The teacher hears how many students joined; those counts are not steps.
	teacher.removeAllListeners('message');
	return {
		name,
		teacher,
		students,
		/** @type {number[]} */
		latencies: [],
		heapPerStudent: heapChild ? (fullHeap - emptyHeap) / STUDENTS : null
	};
}

async function main() {
	/** @type {import('node:child_process').ChildProcess[]} */
	const children = [];
	/** @type {Awaited<ReturnType<typeof startRedisServer>> | null} */
	let redis = null;
	try {
		const bare = await startChild('bare');
		children.push(bare.child);
		const hub = await startChild('hub');
		children.push(hub.child);
		const setups = [
			await open('bare ws broadcast (baseline)', {
				teacherUrl: bare.url,
				studentUrl: bare.url,
				hub: false
			}),
			await open('class hub, one instance', {
				teacherUrl: hub.url,
				studentUrl: hub.url,
				hub: true,
				heapChild: hub.child
			})
		];
		if (findRedisServer()) {
			redis = await startRedisServer();
			const one = await startChild('hub', { CLASS_BENCH_REDIS: redis.url });
			const two = await startChild('hub', { CLASS_BENCH_REDIS: redis.url });
			children.push(one.child, two.child);
			setups.push(
				await open('class hub, two instances on Redis', {
					teacherUrl: one.url,
					studentUrl: two.url,
					hub: true,
					heapChild: two.child
				})
			);
		} else {
			console.log(
				'redis-server not found (node scripts/ensure-redis.js): the Redis run is left out'
			);
		}
		// Rounds alternate between the setups, so that a busy moment of the machine falls on all.
		for (let round = 0; round < ROUNDS; round++) {
			for (const setup of setups) {
				setup.latencies.push(...(await fanOut(setup.teacher, setup.students)));
			}
		}
		for (const setup of setups) for (const ws of [setup.teacher, ...setup.students]) ws.terminate();
		const results = setups.map((setup) => {
			const sorted = [...setup.latencies].sort((a, b) => a - b);
			return {
				name: setup.name,
				p50: quantile(sorted, 0.5),
				p99: quantile(sorted, 0.99),
				samples: sorted.length,
				heapPerStudent: setup.heapPerStudent
			};
		});
		const [baseline] = results;
		console.log(
			`\nClassroom fan-out: ${STUDENTS} students, ${ROUNDS} rounds × ${STEPS} steps (teacher step → student receipt)`
		);
		for (const r of results) {
			const ratio =
				r === baseline
					? ''
					: `  ×${(r.p50 / baseline.p50).toFixed(2)} p50, ×${(r.p99 / baseline.p99).toFixed(2)} p99`;
			const heap =
				r.heapPerStudent === null
					? ''
					: `  heap ${(r.heapPerStudent / 1024).toFixed(1)} KiB/student`;
			console.log(
				`  ${r.name.padEnd(36)} p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  (${r.samples} receipts)${ratio}${heap}`
			);
		}
	} finally {
		for (const child of children) child.kill();
		await redis?.stop();
	}
}

const serveIndex = process.argv.indexOf('--serve');
if (serveIndex >= 0) await serve(process.argv[serveIndex + 1] ?? 'hub');
else await main();
