/**
 * The live run's wire format, endpoint → page: newline-delimited JSON, one message a line.
 * `event` lines come as the lab emits them, then exactly one `run` (the whole NatRun) or one
 * `error` (a LabError's code and message). One module for both ends so they cannot drift.
 */
import * as v from 'valibot';
import { EventSchema, type NatEvent } from './run';

export const STREAM_CONTENT_TYPE = 'application/x-ndjson; charset=utf-8';

/** The LabError codes of the contract, plus the page's own `bad-stream` (a line it cannot read). */
export const LAB_ERROR_CODES = [
	'unknown-scenario',
	'busy',
	'timeout',
	'unavailable',
	'aborted',
	'failed'
] as const;
export type LabErrorCode = (typeof LAB_ERROR_CODES)[number];

export type StreamMessage =
	| { type: 'event'; event: NatEvent }
	| { type: 'run'; run: unknown }
	| { type: 'error'; code: LabErrorCode; message: string };

const MessageSchema = v.variant('type', [
	v.object({ type: v.literal('event'), event: EventSchema }),
	v.object({ type: v.literal('run'), run: v.unknown() }),
	v.object({
		type: v.literal('error'),
		code: v.fallback(v.picklist(LAB_ERROR_CODES), 'failed'),
		message: v.fallback(v.string(), '')
	})
]);

export function encodeMessage(message: StreamMessage): string {
	return `${JSON.stringify(message)}\n`;
}

/** Splits what arrived so far into whole lines and the unfinished rest. */
export function splitLines(pending: string): { lines: string[]; rest: string } {
	const parts = pending.split('\n');
	const rest = parts.pop() ?? '';
	return { lines: parts.filter((line) => line.trim() !== ''), rest };
}

/** One line, or null when it is not a message of this format. */
export function decodeMessage(line: string): StreamMessage | null {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch {
		return null;
	}
	const result = v.safeParse(MessageSchema, value);
	return result.success ? (result.output as StreamMessage) : null;
}
