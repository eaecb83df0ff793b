import type { LogEntry } from '$lib/log/eventLog';
import { EMPTY_CLASS, reduceClass, roundKey, type ClassState } from './classState';
import type { ClassErrorCode, ClassServerMessage, ClassStep } from './protocol.js';
import { ClassSocket, classHubUrl, type ClassConnectionState } from './socket';

/** Whether a student jumps with the teacher or stays where they are. */
export type FollowMode = 'follow' | 'explore';

/**
 * A student's page: the class as the hub sends it, and where this student looks. Exploring
 * freezes this page's view (the step and the log up to that moment) while the class goes on;
 * nothing a student does reaches the teacher, except an answer.
 */
export class StudentClass {
	state = $state.raw<ClassState>(EMPTY_CLASS);
	connection = $state<ClassConnectionState>('connecting');
	error = $state<{ code: ClassErrorCode; message: string } | null>(null);
	mode = $state<FollowMode>('follow');
	/** while exploring: how many entries and which step this page holds still */
	#frozen = $state<{ entries: number; step: ClassStep | null } | null>(null);
	readonly code: string;
	readonly #socket: ClassSocket;

	constructor(code: string, url = classHubUrl(location)) {
		this.code = code;
		this.#socket = new ClassSocket({
			url,
			hello: () => ({ type: 'join', code }),
			onMessage: (message) => this.#receive(message),
			onState: (state) => (this.connection = state)
		});
	}

	#receive(message: ClassServerMessage): void {
		if (message.type === 'error') this.error = { code: message.code, message: message.message };
		else if (message.type === 'joined') this.error = null;
		if (message.type === 'restart' && this.#frozen) this.#frozen = { entries: 0, step: null };
		this.state = reduceClass(this.state, message);
	}

	/** The log this page shows: all of it when following, up to the moment of exploring else. */
	get log(): readonly LogEntry[] {
		const frozen = this.#frozen;
		return frozen ? this.state.log.slice(0, frozen.entries) : this.state.log;
	}

	/** The step this page shows. */
	get step(): ClassStep | null {
		return this.#frozen ? this.#frozen.step : this.state.step;
	}

	/** While exploring: the teacher has moved on since (a new step or new entries). */
	get teacherMovedOn(): boolean {
		const frozen = this.#frozen;
		if (!frozen) return false;
		return this.state.log.length > frozen.entries || this.state.step?.step !== frozen.step?.step;
	}

	setMode(mode: FollowMode): void {
		this.mode = mode;
		this.#frozen =
			mode === 'explore' ? { entries: this.state.log.length, step: this.state.step } : null;
	}

	/** The choice this student gave to the current checkpoint, if any. */
	get myAnswer(): number | null {
		const checkpoint = this.state.checkpoint;
		if (!checkpoint) return null;
		return this.state.answers[roundKey(checkpoint)] ?? null;
	}

	answer(choice: number): void {
		const checkpoint = this.state.checkpoint;
		if (!checkpoint || checkpoint.state !== 'open') return;
		this.#socket.send({ type: 'answer', id: checkpoint.id, round: checkpoint.round, choice });
	}

	close(): void {
		this.#socket.close();
	}
}
