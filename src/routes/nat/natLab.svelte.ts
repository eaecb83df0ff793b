import { createContext } from 'svelte';
import { NETWORKS, SERVER_SETS } from '$lib/nat/types.js';
import { startLabRun, type LabResult, type UnavailableReason } from '$lib/nat/view/labClient';
import { replayState } from '$lib/nat/view/replay';
import {
	checkRun,
	RecordedEntrySchema,
	type NatEvent,
	type NatRun,
	type NetworkName,
	type RecordedEntry,
	type Scenario,
	type ServerSet
} from '$lib/nat/view/run';
import { allScenarios, recordedToMatrixRun, type MatrixRun } from '$lib/nat/view/matrix';
import { runPageShortcut } from '$lib/ui/keyboard';
import * as v from 'valibot';

export type Availability = { ok: true } | { ok: false; reasons: UnavailableReason[] };

/** Where the lab's recorded runs are served from (static/nat/recorded/, made by npm run lab:nat). */
export const RECORDED_BASE = '/nat/recorded/';

/** What the page shows: a live run (going or done) or a recorded one, never anything else. */
export interface OpenRun {
	source: 'live' | 'recorded';
	scenario: Scenario;
	/** every event so far (a live run grows while it runs) */
	events: NatEvent[];
	/** the whole run once it is known (a live run: when it ended well) */
	run: NatRun | null;
	/** a live run that is still going */
	going: boolean;
	/** the recorded file it came from */
	file?: string;
}

export type LabProblem = { code: string; message: string; reasons?: UnavailableReason[] };

/** A lab record is some 100 KB; the cap keeps a wrong file from filling the tab's memory. */
export const MAX_RECORD_BYTES = 100 * 1024 * 1024;

const IndexSchema = v.union([
	v.array(RecordedEntrySchema),
	v.object({ runs: v.array(RecordedEntrySchema) })
]);

/**
 * The /nat page's state: the chosen scenario, the run open in the page (live or recorded) and
 * where its replay stands, the live runs of this visit and the recorded ones the app ships.
 */
export class NatLab {
	a = $state<NetworkName>('cone');
	b = $state<NetworkName>('cone');
	servers = $state<ServerSet>('stun');

	availability: Availability;
	recorded = $state<RecordedEntry[]>([]);
	recordedProblem = $state<string | null>(null);
	recordedLoaded = $state(false);

	open = $state<OpenRun | null>(null);
	/** how many of the open run's events are shown; a live run follows its end */
	step = $state(0);
	following = $state(true);

	liveRuns = $state<NatRun[]>([]);
	problem = $state<LabProblem | null>(null);
	matrixProgress = $state<{ done: number; total: number } | null>(null);

	#abort: AbortController | null = null;
	#fetch: typeof fetch;

	constructor(availability: Availability, fetcher: typeof fetch = fetch) {
		this.availability = availability;
		this.#fetch = fetcher;
	}

	readonly networks = NETWORKS;
	readonly serverSets = SERVER_SETS;

	running = $derived(this.open?.going === true);
	events = $derived(this.open?.events ?? []);
	replay = $derived(replayState(this.events, this.step));

	matrixRuns = $derived.by((): MatrixRun[] => {
		const live = this.liveRuns.map((run, i): MatrixRun => ({
			a: run.a,
			b: run.b,
			servers: run.servers,
			outcome: run.outcome,
			predicted: run.predicted,
			msToConnected: run.msToConnected,
			startedAt: run.startedAt,
			browser: run.browser,
			source: 'live',
			ref: String(i)
		}));
		const recorded = this.recorded
			.map(recordedToMatrixRun)
			.filter((r): r is MatrixRun => r !== null);
		return [...live, ...recorded];
	});

	async loadRecorded(): Promise<void> {
		try {
			const response = await this.#fetch(`${RECORDED_BASE}index.json`);
			if (!response.ok) {
				this.recordedProblem = `HTTP ${response.status}`;
				return;
			}
			const parsed = v.safeParse(IndexSchema, await response.json());
			if (!parsed.success) {
				this.recordedProblem = parsed.issues[0].message;
				return;
			}
			this.recorded = Array.isArray(parsed.output) ? parsed.output : parsed.output.runs;
		} catch (error) {
			this.recordedProblem = error instanceof Error ? error.message : String(error);
		} finally {
			this.recordedLoaded = true;
		}
	}

	/** Opens a recorded run at its first event, ready to be stepped through. */
	async openRecorded(file: string): Promise<void> {
		const entry = this.recorded.find((r) => r.file === file);
		if (!entry || this.running) return;
		this.problem = null;
		try {
			const response = await this.#fetch(`${RECORDED_BASE}${encodeURIComponent(file)}`);
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			this.#openRecording(file, await response.json());
		} catch (error) {
			this.#refuse(file, error instanceof Error ? error.message : String(error));
		}
	}

	/**
	 * Opens a lab record file (a session record with a lab part, as "Download the record" saves it,
	 * or a run in the lab's first format) at its first event. A run from a file is a recording.
	 */
	async openFile(file: File): Promise<void> {
		if (this.running) return;
		this.problem = null;
		if (file.size > MAX_RECORD_BYTES) {
			return this.#refuse(
				file.name,
				`${file.size} bytes, more than a lab record can be (${MAX_RECORD_BYTES})`
			);
		}
		let parsed: unknown;
		try {
			parsed = JSON.parse(await file.text());
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			return this.#refuse(file.name, `not JSON (${reason})`);
		}
		this.#openRecording(file.name, parsed);
	}

	/** Opens a live run of this visit again, at its first event. */
	openLive(index: number): void {
		const run = this.liveRuns[index];
		if (!run || this.running) return;
		this.#openDone('live', run);
	}

	/** A recording (from the app or a file), checked, then opened; or why it cannot be. */
	#openRecording(file: string, data: unknown): void {
		const checked = checkRun(data);
		if (!checked.ok) return this.#refuse(file, `${checked.path}: ${checked.message}`);
		this.#openDone('recorded', checked.run, file);
	}

	#refuse(file: string, message: string): void {
		this.problem = { code: 'bad-recording', message: `${file}: ${message}` };
	}

	/** A whole run, at its first event, ready to be stepped through. */
	#openDone(source: OpenRun['source'], run: NatRun, file?: string): void {
		this.open = {
			source,
			scenario: { a: run.a, b: run.b, servers: run.servers },
			events: run.events,
			run,
			going: false,
			file
		};
		this.step = 0;
		this.following = false;
	}

	openMatrixRun(run: MatrixRun): void {
		if (run.source === 'live') this.openLive(Number(run.ref));
		else void this.openRecorded(run.ref);
	}

	/** Runs the chosen scenario live on the server, showing each event as it happens. */
	run = async (): Promise<LabResult | null> => {
		if (this.running) return null;
		return this.#runOne({ a: this.a, b: this.b, servers: this.servers });
	};

	async #runOne(scenario: Scenario): Promise<LabResult> {
		this.problem = null;
		this.#abort = new AbortController();
		const open: OpenRun = { source: 'live', scenario, events: [], run: null, going: true };
		this.open = open;
		this.step = 0;
		this.following = true;
		const result = await startLabRun(scenario, {
			fetch: this.#fetch,
			signal: this.#abort.signal,
			onEvent: (event) => {
				const current = this.open;
				if (!current || current.source !== 'live' || !current.going) return;
				current.events.push(event);
				if (this.following) this.step = current.events.length;
			}
		});
		const current = this.open;
		if (current && current.going) {
			current.going = false;
			if (result.ok) {
				current.run = result.run;
				// the run's own log is the record; it holds at least what streamed
				if (result.run.events.length >= current.events.length) current.events = result.run.events;
				this.liveRuns.push(result.run);
			}
			if (this.following) this.step = current.events.length;
		}
		if (!result.ok) {
			this.problem = { code: result.code, message: result.message, reasons: result.reasons };
			// a run refused before it started leaves nothing to show
			if (current && current.events.length === 0) this.open = null;
		}
		this.#abort = null;
		return result;
	}

	/** Runs every fixed scenario one after the other (one lab at a time), filling the matrix. */
	runMatrix = async (): Promise<void> => {
		if (this.running || this.matrixProgress) return;
		const scenarios = allScenarios();
		this.matrixProgress = { done: 0, total: scenarios.length };
		for (const scenario of scenarios) {
			if (!this.matrixProgress) break;
			const result = await this.#runOne(scenario);
			if (!result.ok && ['aborted', 'busy', 'unavailable', 'network'].includes(result.code)) break;
			if (this.matrixProgress) this.matrixProgress.done += 1;
		}
		this.matrixProgress = null;
	};

	stop = (): void => {
		this.matrixProgress = null;
		this.#abort?.abort();
	};

	// replay, like the walkthrough: → next event, ← previous, R show all, Esc back to the start
	next = (): void => {
		if (this.step < this.events.length) this.step += 1;
		this.following = false;
	};
	previous = (): void => {
		if (this.step > 0) this.step -= 1;
		this.following = false;
	};
	showAll = (): void => {
		this.step = this.events.length;
		this.following = true;
	};
	reset = (): void => {
		this.step = 0;
		this.following = false;
	};
	goTo = (step: number): void => {
		this.step = Math.max(0, Math.min(step, this.events.length));
		this.following = this.step === this.events.length;
	};

	/** The replay's keys, never while typing in a field or with a modifier held. */
	onShortcut = (event: KeyboardEvent): void => {
		if (!this.open) return;
		runPageShortcut(event, {
			ArrowRight: this.next,
			ArrowLeft: this.previous,
			r: this.showAll,
			R: this.showAll,
			Escape: this.reset
		});
	};
}

export const [getNatLab, setNatLab] = createContext<NatLab>();
