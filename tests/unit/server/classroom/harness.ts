import { createClassHub, type ClassHubOptions } from '../../../../src/lib/server/classroom/hub.js';
import { createSignalingServer } from '../../../../src/lib/server/signaling/server.js';
import type { SignalingOptions } from '../../../../src/lib/server/signaling/options.js';
import {
	CLASS_PATH,
	parseClassServerMessage,
	type ClassServerMessage
} from '$lib/classroom/protocol.js';
import { QueuedClient, serveUpgrades } from '../loopback';

/**
 * The real class hub (and the signaling server beside it, as server.js wires them) on a real
 * http server on a loopback port, with its timers off unless a test asks.
 */
export async function startHub(options: ClassHubOptions = {}, signaling: SignalingOptions = {}) {
	const logs: Record<string, unknown>[] = [];
	const hub = createClassHub({
		heartbeatMs: 0,
		sweepMs: 0,
		log: (line) => logs.push(line),
		...options
	});
	const signal = createSignalingServer({
		heartbeatMs: 0,
		sweepMs: 0,
		log: () => {},
		...signaling
	});
	const server = await serveUpgrades([signal.handleUpgrade, hub.handleUpgrade]);
	const { port } = server;
	return {
		url: `ws://127.0.0.1:${port}${CLASS_PATH}`,
		signalUrl: `ws://127.0.0.1:${port}/signal`,
		port,
		hub,
		signal,
		logs,
		async close() {
			await Promise.all([hub.close(), signal.close()]);
			await server.close();
		}
	};
}

/** A real `ws` client of the class hub that queues what it receives. */
export class ClassClient extends QueuedClient<ClassServerMessage> {
	constructor(url: string) {
		super(url, parseClassServerMessage, 'hub');
	}

	static open(url: string): Promise<ClassClient> {
		return QueuedClient.opened(new ClassClient(url));
	}

	/** Creates a class as its teacher: its code and the teacher's secret. */
	async createClass(): Promise<Extract<ClassServerMessage, { type: 'created' }>> {
		const created = await this.ask({ type: 'create' });
		if (created.type !== 'created') throw new Error(`no class: ${JSON.stringify(created)}`);
		return created;
	}

	/** Joins a class as a student: the class as the hub sends it to a joiner. */
	async joinClass(code: string): Promise<Extract<ClassServerMessage, { type: 'joined' }>> {
		const joined = await this.ask({ type: 'join', code });
		if (joined.type !== 'joined') throw new Error(`not joined: ${JSON.stringify(joined)}`);
		return joined;
	}

	/** The next message of a type, skipping others (e.g. `students` counts). */
	async nextOf<T extends ClassServerMessage['type']>(
		type: T
	): Promise<Extract<ClassServerMessage, { type: T }>> {
		for (;;) {
			const message = await this.next();
			if (message.type === type) return message as Extract<ClassServerMessage, { type: T }>;
		}
	}
}

const PEER_VIEWS = {
	A: {
		signalingState: 'have-local-offer',
		iceGatheringState: 'gathering',
		iceConnectionState: 'new',
		connectionState: 'new'
	},
	B: null
};

/** A log entry as the walkthrough writes it. */
export function entry(id: number, extra: Record<string, unknown> = {}) {
	return {
		id,
		t: id * 10,
		kind: 'call',
		name: 'createOffer',
		step: 'createOffer',
		status: 'success',
		peer: 'A',
		peers: PEER_VIEWS,
		payload: { type: 'offer', sdp: `v=0\r\no=- ${id} 2 IN IP4 192.0.2.1\r\n` },
		...extra
	};
}

export const STEP = {
	status: 'running',
	phase: 'signaling',
	step: 'createOffer',
	stage: 'ready',
	index: 4
} as const;
