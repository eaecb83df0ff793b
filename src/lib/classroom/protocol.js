// @ts-check
/**
 * The classroom protocol between a browser and Peerscope's class hub (a `ws` endpoint on the
 * app's own origin, CLASS_PATH): one source of truth for the teacher's page, the students' pages
 * and the server. Plain JavaScript with JSDoc so that Node imports it as it is.
 *
 * A teacher creates a class (a short code for the students, a secret for the teacher), then
 * publishes the walkthrough's event log entries, its step changes and checkpoints. Students join
 * by code, receive the whole log so far and then each new entry, and may send one thing: their
 * answer to the open checkpoint, once per checkpoint.
 *
 * What is published is data (the event log), never a picture of the screen. The teacher's page
 * masks it before it leaves the browser unless the teacher turns masking off (addresses, ICE
 * credentials, fingerprints, certificates and TURN credentials, with the same masking as a
 * session export: src/lib/stats/record.ts maskRecord), and says which in `publish.masked`, so that
 * the teacher's LAN addresses do not reach every phone. The server does not unmask or re-mask:
 * it cannot tell a masked address from a real one, so the flag is the teacher page's word.
 */
import * as v from 'valibot';
import { FRAME_ERROR_CODES, errorSchema, frameParser } from '../signaling/frames.js';
import { codeFormat } from '../signaling/crockford.js';

/** The path of the class hub's WebSocket endpoint. */
export const CLASS_PATH = '/classroom';
/**
 * The largest frame the hub accepts. A log entry carries at most one SDP (under 60,000
 * characters, as in signaling); a publish of a few entries fits with room to spare.
 */
export const MAX_CLASS_PAYLOAD_BYTES = 256 * 1024;
/** The most entries one publish may carry; the teacher's page sends them in batches. */
export const MAX_ENTRIES_PER_PUBLISH = 200;
/** 6 symbols of Crockford base32: 30 bits, read aloud as two groups of three (`7K2-M9Q`). */
export const CLASS_CODE_SYMBOLS = 6;
/** Answer buttons per checkpoint question. */
export const MAX_CHOICES = 6;

export const CLASS_ERROR_CODES = /** @type {const} */ ([
	...FRAME_ERROR_CODES,
	// a command only the class's teacher connection may send
	'teacher-only',
	// an answer from a connection that is not a student
	'students-only',
	'not-in-class',
	'already-in-class',
	'no-class',
	'bad-secret',
	'class-full',
	'log-full',
	'no-checkpoint',
	'already-answered',
	'rate-limited',
	'server-busy',
	'too-many-connections',
	'class-ended'
]);
/** @typedef {(typeof CLASS_ERROR_CODES)[number]} ClassErrorCode */

/** Longer input is not a class code, however it is spaced. */
const MAX_CODE_INPUT_CHARS = 20;
/** Read aloud as two groups of three: `7K2-M9Q`. */
const CLASS_CODE = codeFormat({
	symbols: CLASS_CODE_SYMBOLS,
	group: 3,
	maxInput: MAX_CODE_INPUT_CHARS
});

/**
 * A new class code from a cryptographic random source.
 * @param {(bytes: Uint8Array) => Uint8Array} [random]
 */
export function newClassCode(random) {
	return CLASS_CODE.create(random);
}

/**
 * Reads a class code as a student typed it: any case, with or without a dash or spaces, I/L for 1
 * and O for 0 (Crockford). The canonical `XXX-XXX`, or null.
 * @param {unknown} input
 * @returns {string | null}
 */
export function normalizeClassCode(input) {
	return CLASS_CODE.normalize(input);
}

const CodeSchema = v.pipe(
	v.string(),
	v.maxLength(MAX_CODE_INPUT_CHARS),
	v.check((code) => normalizeClassCode(code) !== null, 'not a class code (6 base32 symbols)'),
	v.transform((code) => /** @type {string} */ (normalizeClassCode(code)))
);
/** 128 bits in hex: the teacher's secret cannot be guessed within a class's life. */
const SecretSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/));
const NameSchema = v.pipe(v.string(), v.maxLength(80));
const QuestionIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/));
const ChoiceSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_CHOICES - 1));
const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const PeerViewSchema = v.nullable(
	v.looseObject({
		signalingState: v.pipe(v.string(), v.maxLength(40)),
		iceGatheringState: v.pipe(v.string(), v.maxLength(40)),
		iceConnectionState: v.pipe(v.string(), v.maxLength(40)),
		connectionState: v.pipe(v.string(), v.maxLength(40))
	})
);

/**
 * One event log entry (src/lib/log/eventLog.ts) as it travels: its envelope is checked, its
 * payload is whatever the browser logged (SDP, a candidate, an error), which every page renders
 * as text.
 */
export const EntrySchema = v.looseObject({
	id: v.pipe(v.number(), v.integer(), v.minValue(1)),
	t: v.pipe(v.number(), v.minValue(0)),
	kind: v.picklist(['call', 'event', 'signal', 'machine']),
	name: NameSchema,
	peer: v.nullable(v.picklist(['A', 'B'])),
	peers: v.object({ A: PeerViewSchema, B: PeerViewSchema })
});

/** Where the teacher's walkthrough is (lifecycle/progress.ts Progress). */
export const StepSchema = v.strictObject({
	status: v.picklist(['running', 'failed', 'closed']),
	phase: v.nullable(v.picklist(['fetching', 'signaling', 'connection', 'communication'])),
	step: v.nullable(v.pipe(v.string(), v.regex(/^[A-Za-z]{1,40}$/))),
	stage: v.nullable(v.picklist(['ready', 'calling', 'waiting'])),
	index: v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(100))
});

/** A checkpoint as every member of the class sees it. */
export const CheckpointSchema = v.strictObject({
	/** the question's id in the bank (src/lib/classroom/questions.ts); pages show its text */
	id: QuestionIdSchema,
	/** a counter that tells two openings of the same question apart */
	round: CountSchema,
	choices: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(MAX_CHOICES)),
	state: v.picklist(['open', 'closed', 'revealed']),
	/** set when revealed: the right choice, or null when the call showed none of them */
	answer: v.optional(v.nullable(ChoiceSchema)),
	/** set when revealed: the value the real call showed, as text */
	actual: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(200)))),
	/** set when revealed: how many chose each answer */
	counts: v.optional(v.array(CountSchema))
});

/** What a client may send. */
export const CLASS_CLIENT_SCHEMAS = {
	/** teacher: opens a new class; this connection becomes its teacher */
	create: v.strictObject({ type: v.literal('create') }),
	/** teacher: takes a class back on a new connection (after a reload or a reconnect) */
	teach: v.strictObject({ type: v.literal('teach'), code: CodeSchema, secret: SecretSchema }),
	/** teacher: new entries of the event log, in order; `masked` says whether the page masked them */
	publish: v.strictObject({
		type: v.literal('publish'),
		masked: v.boolean(),
		entries: v.pipe(v.array(EntrySchema), v.minLength(1), v.maxLength(MAX_ENTRIES_PER_PUBLISH))
	}),
	/** teacher: the walkthrough was reset; the log starts again */
	restart: v.strictObject({ type: v.literal('restart') }),
	/** teacher: the walkthrough moved */
	step: v.strictObject({ type: v.literal('step'), step: StepSchema }),
	/** teacher: poses a question */
	'checkpoint-open': v.strictObject({
		type: v.literal('checkpoint-open'),
		id: QuestionIdSchema,
		choices: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(MAX_CHOICES))
	}),
	/** teacher: stops taking answers */
	'checkpoint-close': v.strictObject({ type: v.literal('checkpoint-close') }),
	/** teacher: shows the answer from the real call, with the counts */
	'checkpoint-reveal': v.strictObject({
		type: v.literal('checkpoint-reveal'),
		answer: v.nullable(ChoiceSchema),
		actual: v.nullable(v.pipe(v.string(), v.maxLength(200)))
	}),
	/** teacher: takes the question away */
	'checkpoint-clear': v.strictObject({ type: v.literal('checkpoint-clear') }),
	/** student: joins a class by its code */
	join: v.strictObject({ type: v.literal('join'), code: CodeSchema }),
	/** student: one answer to the open checkpoint */
	answer: v.strictObject({
		type: v.literal('answer'),
		id: QuestionIdSchema,
		round: CountSchema,
		choice: ChoiceSchema
	})
};

/** The commands only the teacher's connection may send. */
export const TEACHER_COMMANDS = /** @type {const} */ ([
	'publish',
	'restart',
	'step',
	'checkpoint-open',
	'checkpoint-close',
	'checkpoint-reveal',
	'checkpoint-clear'
]);

/** What the server sends. */
export const CLASS_SERVER_SCHEMAS = {
	/** to the teacher: the class exists; keep the secret (it takes the class back) */
	created: v.strictObject({ type: v.literal('created'), code: CodeSchema, secret: SecretSchema }),
	/** to the teacher: the class was taken back */
	teaching: v.strictObject({
		type: v.literal('teaching'),
		code: CodeSchema,
		entries: CountSchema,
		students: CountSchema
	}),
	/** to a student: everything so far */
	joined: v.strictObject({
		type: v.literal('joined'),
		code: CodeSchema,
		masked: v.boolean(),
		log: v.array(EntrySchema),
		step: v.nullable(StepSchema),
		checkpoint: v.nullable(CheckpointSchema),
		teacher: v.boolean()
	}),
	/** new log entries; `from` is the index of the first in the class's log */
	entries: v.strictObject({
		type: v.literal('entries'),
		from: CountSchema,
		masked: v.boolean(),
		entries: v.array(EntrySchema)
	}),
	restart: v.strictObject({ type: v.literal('restart') }),
	step: v.strictObject({ type: v.literal('step'), step: StepSchema }),
	checkpoint: v.strictObject({
		type: v.literal('checkpoint'),
		checkpoint: v.nullable(CheckpointSchema)
	}),
	/** to the teacher: answers so far (no names) */
	tally: v.strictObject({
		type: v.literal('tally'),
		id: QuestionIdSchema,
		round: CountSchema,
		counts: v.array(CountSchema)
	}),
	/** to the teacher: how many students are in the class */
	students: v.strictObject({ type: v.literal('students'), count: CountSchema }),
	/** to a student: the answer was counted */
	answered: v.strictObject({
		type: v.literal('answered'),
		id: QuestionIdSchema,
		round: CountSchema,
		choice: ChoiceSchema
	}),
	/** to students: whether the teacher's page is connected */
	teacher: v.strictObject({ type: v.literal('teacher'), present: v.boolean() }),
	error: errorSchema(CLASS_ERROR_CODES)
};

/**
 * @typedef {{ [K in keyof typeof CLASS_CLIENT_SCHEMAS]: v.InferOutput<(typeof CLASS_CLIENT_SCHEMAS)[K]> }} ClassClientMessages
 * @typedef {{ [K in keyof typeof CLASS_SERVER_SCHEMAS]: v.InferOutput<(typeof CLASS_SERVER_SCHEMAS)[K]> }} ClassServerMessages
 * @typedef {ClassClientMessages[keyof ClassClientMessages]} ClassClientMessage
 * @typedef {ClassServerMessages[keyof ClassServerMessages]} ClassServerMessage
 * @typedef {v.InferOutput<typeof StepSchema>} ClassStep
 * @typedef {v.InferOutput<typeof CheckpointSchema>} Checkpoint
 * @typedef {v.InferOutput<typeof EntrySchema>} SharedEntry
 */

/**
 * @template T
 * @typedef {import('../signaling/frames.js').ParsedFrame<T>} ParsedFrame
 */

/**
 * A frame from a browser, as the class hub reads it.
 * @type {(text: string) => ParsedFrame<ClassClientMessage>}
 */
export const parseClassClientMessage = frameParser(CLASS_CLIENT_SCHEMAS);

/**
 * A frame from the class hub, as the browser reads it.
 * @type {(text: string) => ParsedFrame<ClassServerMessage>}
 */
export const parseClassServerMessage = frameParser(CLASS_SERVER_SCHEMAS);
