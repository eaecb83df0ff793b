import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { NETWORKS, SERVER_SETS } from '$lib/nat/types.js';
import { loadLab } from '../lab.server';
import { ScenarioSchema } from '$lib/nat/view/run';
import {
	encodeMessage,
	LAB_ERROR_CODES,
	STREAM_CONTENT_TYPE,
	type LabErrorCode
} from '$lib/nat/view/stream';
import type { RequestHandler } from './$types';

/**
 * The longest a run started from the page may take before the lab stops it and cleans up
 * (a matrix cell takes a few seconds; a failing one waits for ICE to give up).
 */
const RUN_TIME_LIMIT_MS = 60_000;

/**
 * One lab at a time from this server. The lab refuses a second run itself (`busy`); answering
 * here first lets the page get a plain 409 before any stream starts.
 */
let running = false;

const noStore = { 'cache-control': 'no-store' };

function labErrorCode(error: unknown): LabErrorCode {
	const code = (error as { code?: unknown } | null)?.code;
	return (LAB_ERROR_CODES as readonly unknown[]).includes(code) ? (code as LabErrorCode) : 'failed';
}

/**
 * Starts one fixed scenario, `{ a, b, servers }` from the lab's lists and nothing else, and
 * streams its NatEvents as they happen (NDJSON, see $lib/nat/view/stream), then the whole run.
 */
export const POST: RequestHandler = async ({ request }) => {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return json(
			{ code: 'unknown-scenario', message: 'The body must be JSON: { "a", "b", "servers" }.' },
			{ status: 400, headers: noStore }
		);
	}
	const parsed = v.safeParse(ScenarioSchema, body);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const where = issue.path?.map((p) => String(p.key)).join('.') || 'body';
		return json(
			{
				code: 'unknown-scenario',
				message: `Not a scenario of this lab (${where}: ${issue.message}). Networks: ${NETWORKS.join(', ')}; servers: ${SERVER_SETS.join(', ')}.`
			},
			{ status: 400, headers: noStore }
		);
	}
	const loaded = await loadLab();
	if (!loaded.ok) {
		return json(
			{
				code: 'unavailable',
				message: `The lab's server module could not be loaded: ${loaded.detail}`,
				reasons: [{ code: 'lab-failed', detail: loaded.detail }]
			},
			{ status: 503, headers: noStore }
		);
	}
	const { labAvailability, runScenario } = loaded.lab;
	const availability = await labAvailability();
	if (!availability.ok) {
		return json(
			{
				code: 'unavailable',
				message: 'The lab cannot run on this server.',
				reasons: availability.reasons
			},
			{ status: 503, headers: noStore }
		);
	}
	if (running) {
		return json(
			{ code: 'busy', message: 'Another lab run is in progress on this server; one at a time.' },
			{ status: 409, headers: noStore }
		);
	}
	running = true;
	const abort = new AbortController();
	const onClientGone = () => abort.abort();
	request.signal.addEventListener('abort', onClientGone);
	const encoder = new TextEncoder();

	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			let open = true;
			const send = (line: string) => {
				if (!open) return;
				try {
					controller.enqueue(encoder.encode(line));
				} catch {
					open = false;
				}
			};
			runScenario(parsed.output, {
				signal: abort.signal,
				timeoutMs: RUN_TIME_LIMIT_MS,
				onEvent: (event) => send(encodeMessage({ type: 'event', event }))
			})
				.then((run) => send(encodeMessage({ type: 'run', run })))
				.catch((error: unknown) =>
					send(
						encodeMessage({
							type: 'error',
							code: labErrorCode(error),
							message: error instanceof Error ? error.message : String(error)
						})
					)
				)
				.finally(() => {
					running = false;
					request.signal.removeEventListener('abort', onClientGone);
					if (open) {
						open = false;
						controller.close();
					}
				});
		},
		cancel() {
			abort.abort();
		}
	});
	return new Response(stream, {
		headers: {
			'content-type': STREAM_CONTENT_TYPE,
			...noStore,
			'x-content-type-options': 'nosniff'
		}
	});
};
