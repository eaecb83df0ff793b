/**
 * The page's reading of a lab run: the NatRun of the lab contract
 * (/work/shared/brief/nat-contract.md), as TypeScript, plus the valibot schema that checks a
 * recorded run file or a streamed run before the page shows any of it. A file that does not
 * match is refused with the path of the first problem, never half shown.
 */
import * as v from 'valibot';
import { NETWORKS, OUTCOMES, SERVER_SETS } from '$lib/nat/types.js';
import { LabRecordError } from '$lib/nat/record/format.js';
import { isSessionRecordLike, recordToNatRun } from '$lib/nat/record/read.js';

export const NAT_PEERS = ['a', 'b'] as const;
export type NatPeer = (typeof NAT_PEERS)[number];

/** `addr:port` as the lab writes it (IPv4 from the documentation ranges). */
const endpoint = v.string();

export const MappingSchema = v.object({
	nat: v.picklist(NAT_PEERS),
	internal: endpoint,
	external: endpoint,
	remote: endpoint,
	protocol: v.optional(v.string(), 'udp'),
	t: v.optional(v.number(), 0)
});
export type NatMapping = v.InferOutput<typeof MappingSchema>;

export const PacketSchema = v.object({
	t: v.number(),
	from: endpoint,
	to: endpoint,
	protocol: v.optional(v.string(), 'udp'),
	kind: v.string(),
	summary: v.optional(v.record(v.string(), v.unknown()), {})
});
export type NatPacket = v.InferOutput<typeof PacketSchema>;

export const EVENT_KINDS = [
	'phase',
	'candidate',
	'gathering',
	'pair',
	'state',
	'mapping',
	'packet',
	'log',
	'error'
] as const;
export type NatEventKind = (typeof EVENT_KINDS)[number];

export const EventSchema = v.object({
	t: v.number(),
	kind: v.picklist(EVENT_KINDS),
	peer: v.optional(v.picklist(NAT_PEERS)),
	data: v.unknown()
});
export type NatEvent = v.InferOutput<typeof EventSchema>;

const SideSchema = v.object({
	network: v.picklist(NETWORKS),
	lan: v.optional(v.string()),
	host: v.optional(v.string()),
	natPublic: v.optional(v.string())
});

export const TopologySchema = v.object({
	a: SideSchema,
	b: SideSchema,
	internet: v.optional(v.string()),
	stun: v.optional(v.string()),
	turn: v.optional(v.object({ udp: v.optional(v.string()), tcp: v.optional(v.string()) }))
});
export type NatTopology = v.InferOutput<typeof TopologySchema>;

export type NetworkName = (typeof NETWORKS)[number];
export type ServerSet = (typeof SERVER_SETS)[number];
export type NatOutcome = (typeof OUTCOMES)[number];
const OUTCOME_VALUES = OUTCOMES;
const network = v.picklist(NETWORKS);
const serverSet = v.picklist(SERVER_SETS);

/** The one thing a visitor chooses: a fixed scenario, nothing else (no addresses, no commands). */
export const ScenarioSchema = v.strictObject({ a: network, b: network, servers: serverSet });
export type Scenario = v.InferOutput<typeof ScenarioSchema>;

export const RunSchema = v.object({
	version: v.literal(1),
	a: network,
	b: network,
	servers: serverSet,
	outcome: v.picklist(OUTCOME_VALUES),
	predicted: v.picklist(OUTCOME_VALUES),
	msToConnected: v.nullable(v.number()),
	candidates: v.object({ a: v.array(v.string()), b: v.array(v.string()) }),
	selectedPair: v.nullable(v.object({ local: v.string(), remote: v.string() })),
	mappings: v.array(MappingSchema),
	packets: v.optional(v.array(PacketSchema), []),
	topology: v.optional(TopologySchema),
	events: v.optional(v.array(EventSchema), []),
	rttMs: v.optional(
		v.object({ direct: v.optional(v.number()), relayed: v.optional(v.number()) }),
		{}
	),
	netemDelayMs: v.optional(v.number()),
	startedAt: v.string(),
	browser: v.optional(v.string(), ''),
	recorded: v.boolean(),
	error: v.optional(v.object({ code: v.string(), message: v.string() }))
});
export type NatRun = v.InferOutput<typeof RunSchema>;

export type RunCheck = { ok: true; run: NatRun } | { ok: false; path: string; message: string };

/**
 * Checks one run: a recorded file (a session record with a lab part, or a NatRun as the lab wrote
 * them before) or the last line of a live stream.
 */
export function checkRun(value: unknown): RunCheck {
	if (isSessionRecordLike(value)) {
		try {
			value = recordToNatRun(value);
		} catch (error) {
			if (error instanceof LabRecordError)
				return { ok: false, path: error.path, message: error.detail };
			throw error;
		}
	}
	const result = v.safeParse(RunSchema, value);
	if (result.success) return { ok: true, run: result.output };
	const issue = result.issues[0];
	return {
		ok: false,
		path: issue.path?.map((p) => String(p.key)).join('.') || '(root)',
		message: issue.message
	};
}

/** One line of `static/nat/recorded/index.json`: which file holds which scenario. */
export const RecordedEntrySchema = v.object({
	file: v.pipe(v.string(), v.regex(/^[\w.+-]+\.json$/, 'a plain file name')),
	a: network,
	b: network,
	servers: serverSet,
	outcome: v.optional(v.picklist(OUTCOME_VALUES)),
	predicted: v.optional(v.picklist(OUTCOME_VALUES)),
	msToConnected: v.optional(v.nullable(v.number())),
	startedAt: v.optional(v.string()),
	browser: v.optional(v.string())
});
export type RecordedEntry = v.InferOutput<typeof RecordedEntrySchema>;

/** The scenario a run or an entry is about, as one string (`cone|symmetric|stun`). */
export function scenarioId(s: { a: string; b: string; servers: string }): string {
	return `${s.a}|${s.b}|${s.servers}`;
}
