import type { LogEntry } from '$lib/log/eventLog';
import type { Progress } from '$lib/lifecycle/progress';
import { answerOf, questionById, revealable, CHOICES_PER_QUESTION } from './questions';
import type { Checkpoint, ClassServerMessage, ClassStep, SharedEntry } from './protocol.js';
import { batchEntries, maskLog } from './share';
import { ClassSocket, classHubUrl, type ClassConnectionState } from './socket';

/**
 * What the teacher's page reads from the walkthrough: its event log and where it is. Kept
 * structural so that any controller with these two (the walkthrough's, the call page's) can share.
 */
export interface SharedWalkthrough {
	readonly context: { readonly log: readonly LogEntry[] };
	readonly progress: Progress;
}

/** The class code and secret survive a reload of the teacher's page (this tab only). */
const SESSION_KEY = 'peerscope-class';
/**
 * The log is masked and published at most this often: Run all adds entries faster than a class
 * needs them, and each publish re-masks the whole log (share.ts).
 */
export const PUBLISH_INTERVAL_MS = 150;

/**
 * The teacher's side of a class: opens it on the hub, publishes the walkthrough's log (masked
 * unless the teacher says otherwise), its step and the checkpoints, and keeps the live counts.
 */
export class TeacherShare {
	code = $state<string | null>(null);
	connection = $state<ClassConnectionState>('closed');
	students = $state(0);
	error = $state<string | null>(null);
	mask = $state(true);
	checkpoint = $state.raw<Checkpoint | null>(null);
	counts = $state.raw<number[]>([]);
	#secret: string | null = null;
	#socket: ClassSocket | null = null;
	/** how many entries of the current log the hub has, and the first of them */
	#sent = 0;
	#first: LogEntry | null = null;
	#step = '';
	#timer: ReturnType<typeof setTimeout> | null = null;
	#source: SharedWalkthrough | null = null;
	readonly #url: string;

	constructor(url = classHubUrl(location)) {
		this.#url = url;
		const saved = sessionStorage.getItem(SESSION_KEY);
		if (saved) {
			try {
				const { code, secret } = JSON.parse(saved) as { code: string; secret: string };
				this.code = code;
				this.#secret = secret;
			} catch {
				sessionStorage.removeItem(SESSION_KEY);
			}
		}
	}

	/** whether this page shares (its socket is open or reconnecting) */
	sharing = $state(false);

	/** Opens the class (or takes back the one this tab had) and starts publishing `source`. */
	start(source: SharedWalkthrough): void {
		this.#source = source;
		if (this.#socket) return;
		this.error = null;
		this.sharing = true;
		this.#socket = new ClassSocket({
			url: this.#url,
			hello: () =>
				this.code && this.#secret
					? { type: 'teach', code: this.code, secret: this.#secret }
					: { type: 'create' },
			onMessage: (message) => this.#receive(message),
			onState: (state) => (this.connection = state)
		});
	}

	stop(): void {
		this.#socket?.close();
		this.#socket = null;
		this.sharing = false;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		sessionStorage.removeItem(SESSION_KEY);
		this.code = null;
		this.#secret = null;
		this.checkpoint = null;
		this.connection = 'closed';
	}

	#receive(message: ClassServerMessage): void {
		switch (message.type) {
			case 'created':
			case 'teaching':
				if (message.type === 'created') {
					this.#secret = message.secret;
					sessionStorage.setItem(
						SESSION_KEY,
						JSON.stringify({ code: message.code, secret: message.secret })
					);
				} else {
					this.students = message.students;
				}
				this.code = message.code;
				// Whatever the hub holds, it gets this page's log again from the start.
				if (message.type === 'teaching') this.#socket?.send({ type: 'restart' });
				this.#sent = 0;
				this.#first = null;
				this.#step = '';
				this.sync();
				return;
			case 'students':
				this.students = message.count;
				return;
			case 'checkpoint':
				this.checkpoint = message.checkpoint;
				return;
			case 'tally':
				if (this.checkpoint?.id === message.id && this.checkpoint.round === message.round) {
					this.counts = message.counts;
				}
				return;
			case 'error':
				if (message.code === 'no-class' || message.code === 'bad-secret') {
					// The class is gone (expired, or the server restarted without Redis): open a new one.
					this.code = null;
					this.#secret = null;
					sessionStorage.removeItem(SESSION_KEY);
					this.#socket?.send({ type: 'create' });
					return;
				}
				this.error = message.message;
				return;
		}
	}

	/** Call when the walkthrough's log or step changed: publishes soon, in one batch. */
	sync(): void {
		if (!this.#socket || this.#timer) return;
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#flush();
		}, PUBLISH_INTERVAL_MS);
	}

	#flush(): void {
		const socket = this.#socket;
		const source = this.#source;
		if (!socket || !source || !this.code || this.connection !== 'open') return;
		const log = source.context.log;
		// A reset starts a new log: the class starts again with it.
		if (this.#sent > 0 && (log.length < this.#sent || log[0] !== this.#first)) {
			socket.send({ type: 'restart' });
			this.#sent = 0;
		}
		if (log.length > this.#sent) {
			const shared = this.mask ? maskLog(log) : [...log];
			const { batches } = batchEntries(shared.slice(this.#sent));
			for (const entries of batches) {
				// The hub checks each entry's envelope (protocol.js EntrySchema); the payload is free JSON.
				const payload = entries as unknown as SharedEntry[];
				socket.send({ type: 'publish', masked: this.mask, entries: payload });
			}
			this.#sent = log.length;
			this.#first = log[0] ?? null;
		}
		const progress = source.progress;
		const step: ClassStep = {
			status: progress.status,
			phase: progress.phase,
			step: progress.step,
			stage: progress.stage,
			index: progress.index
		};
		const json = JSON.stringify(step);
		if (json !== this.#step) {
			socket.send({ type: 'step', step });
			this.#step = json;
		}
		this.#autoReveal(progress, log);
	}

	/** The step after a question's step shows its answer: reveal it then, from the real call. */
	#autoReveal(progress: Progress, log: readonly LogEntry[]): void {
		const checkpoint = this.checkpoint;
		if (!checkpoint || checkpoint.state === 'revealed') return;
		const question = questionById(checkpoint.id);
		if (!question) return;
		if (!revealable(question, progress.index, progress.status === 'closed')) return;
		this.reveal(log);
	}

	ask(id: string): void {
		this.counts = new Array(CHOICES_PER_QUESTION).fill(0);
		this.#socket?.send({ type: 'checkpoint-open', id, choices: CHOICES_PER_QUESTION });
	}

	closeAnswers(): void {
		this.#socket?.send({ type: 'checkpoint-close' });
	}

	reveal(log: readonly LogEntry[]): void {
		const question = this.checkpoint ? questionById(this.checkpoint.id) : null;
		if (!question) return;
		const { answer, actual } = answerOf(question, log);
		this.#socket?.send({ type: 'checkpoint-reveal', answer, actual });
	}

	clearCheckpoint(): void {
		this.#socket?.send({ type: 'checkpoint-clear' });
	}
}
