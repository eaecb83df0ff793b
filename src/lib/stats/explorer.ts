import type { StatsHistory } from './history';

/**
 * The raw explorer's model: the last sample of every report, grouped by type, each member with
 * whether it changed since the previous sample and, for members that name another report
 * (codecId, transportId, localCandidateId, selectedCandidatePairId, ...), that report's id.
 */
export interface ExplorerMember {
	name: string;
	value: unknown;
	changed: boolean;
	/** the id of the report this member points to, when it does */
	link: string | null;
}

export interface ExplorerReport {
	id: string;
	members: ExplorerMember[];
	changed: number;
}

export interface ExplorerGroup {
	type: string;
	reports: ExplorerReport[];
}

/** The order people look for types in; others follow alphabetically. */
const TYPE_ORDER = [
	'outbound-rtp',
	'inbound-rtp',
	'remote-inbound-rtp',
	'remote-outbound-rtp',
	'media-source',
	'media-playout',
	'candidate-pair',
	'transport',
	'local-candidate',
	'remote-candidate',
	'codec',
	'certificate',
	'data-channel',
	'peer-connection'
];

const SKIP = new Set(['id', 'type']);

function same(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a === 'object' && typeof b === 'object' && a && b)
		return JSON.stringify(a) === JSON.stringify(b);
	return false;
}

/**
 * Whether a member names another report by its id (codecId, transportId, ...; a list would end
 * in Ids). Runs for every string member of every report on every tick, hence no regular expression.
 */
function namesReport(name: string): boolean {
	return name.endsWith('Id') || name.endsWith('Ids');
}

export function explorerGroups(history: StatsHistory, filter = ''): ExplorerGroup[] {
	const needle = filter.trim().toLowerCase();
	const byType = new Map<string, ExplorerReport[]>();
	for (const report of history.reports.values()) {
		const latest = report.latest;
		if (!latest) continue;
		// A report that is gone from the last sample (a closed transceiver) is not current.
		const previous = report.previous;
		const members: ExplorerMember[] = [];
		let changed = 0;
		for (const name of Object.keys(latest)) {
			if (SKIP.has(name)) continue;
			const value = latest[name];
			const didChange = previous !== null && name !== 'timestamp' && !same(previous[name], value);
			if (didChange) changed++;
			const link =
				typeof value === 'string' &&
				namesReport(name) &&
				value !== report.id &&
				history.reports.has(value)
					? value
					: null;
			members.push({ name, value, changed: didChange, link });
		}
		if (
			needle &&
			!report.id.toLowerCase().includes(needle) &&
			!report.type.toLowerCase().includes(needle) &&
			!members.some((m) => m.name.toLowerCase().includes(needle))
		)
			continue;
		const list = byType.get(report.type) ?? [];
		list.push({ id: report.id, members, changed });
		byType.set(report.type, list);
	}
	const rank = (type: string) => {
		const i = TYPE_ORDER.indexOf(type);
		return i < 0 ? TYPE_ORDER.length : i;
	};
	return [...byType.entries()]
		.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
		.map(([type, reports]) => ({ type, reports }));
}

/** A member value as text (objects as JSON); never HTML. */
export function formatMember(value: unknown): string {
	if (typeof value === 'string') return value;
	if (value === undefined) return '—';
	return JSON.stringify(value);
}
