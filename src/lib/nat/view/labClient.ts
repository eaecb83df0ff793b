/**
 * The page's one way to the lab: POST a fixed scenario to /nat/run and read the NDJSON stream
 * back, handing each NatEvent to `onEvent` as it arrives. Every ending is a typed result, never a
 * throw: the run, or the lab's error code (busy, unavailable, timeout, …) with its message.
 */
import { checkRun, type NatEvent, type NatRun, type Scenario } from './run';
import { decodeMessage, splitLines } from './stream';

export interface UnavailableReason {
	code: string;
	install?: string;
	/** what went wrong, when the lab could not even be loaded */
	detail?: string;
}

export type LabResult =
	| { ok: true; run: NatRun }
	| {
			ok: false;
			code: string;
			message: string;
			reasons?: UnavailableReason[];
	  };

export interface StartOptions {
	onEvent?: (event: NatEvent) => void;
	signal?: AbortSignal;
	fetch?: typeof fetch;
	url?: string;
}

export async function startLabRun(
	scenario: Scenario,
	options: StartOptions = {}
): Promise<LabResult> {
	const doFetch = options.fetch ?? fetch;
	let response: Response;
	try {
		response = await doFetch(options.url ?? '/nat/run', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(scenario),
			signal: options.signal
		});
	} catch (error) {
		return options.signal?.aborted
			? { ok: false, code: 'aborted', message: '' }
			: {
					ok: false,
					code: 'network',
					message: error instanceof Error ? error.message : String(error)
				};
	}
	if (!response.ok || !response.body) {
		const body = (await response.json().catch(() => ({}))) as {
			code?: string;
			message?: string;
			reasons?: UnavailableReason[];
		};
		return {
			ok: false,
			code: body.code ?? `http-${response.status}`,
			message: body.message ?? response.statusText,
			reasons: body.reasons
		};
	}
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	let pending = '';
	try {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) break;
			const { lines, rest } = splitLines(pending + value);
			pending = rest;
			for (const line of lines) {
				const message = decodeMessage(line);
				if (!message) return { ok: false, code: 'bad-stream', message: line.slice(0, 200) };
				if (message.type === 'event') options.onEvent?.(message.event);
				else if (message.type === 'error')
					return { ok: false, code: message.code, message: message.message };
				else {
					const checked = checkRun(message.run);
					return checked.ok
						? { ok: true, run: checked.run }
						: { ok: false, code: 'bad-stream', message: `${checked.path}: ${checked.message}` };
				}
			}
		}
	} catch (error) {
		if (options.signal?.aborted) return { ok: false, code: 'aborted', message: '' };
		return {
			ok: false,
			code: 'network',
			message: error instanceof Error ? error.message : String(error)
		};
	} finally {
		reader.releaseLock();
	}
	return { ok: false, code: 'bad-stream', message: 'the stream ended before the run' };
}
