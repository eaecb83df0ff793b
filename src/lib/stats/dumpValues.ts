// One update-log value decoded: JSON inside text, event names, descriptions, candidates, stats keys.

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses a value that may be JSON-encoded (recent Chrome) or plain text (older Chrome). */
export function decodeValue(value: unknown): unknown {
	if (typeof value !== 'string' || value === '') return value;
	const first = value[0];
	if (first === '{' || first === '[' || first === '"') {
		try {
			return JSON.parse(value);
		} catch {
			return value;
		}
	}
	return value;
}

export function eventTime(entry: Record<string, unknown>): number {
	const raw = entry.timestamp ?? entry.time;
	if (typeof raw === 'number') return raw;
	if (typeof raw === 'string') {
		const n = Number(raw);
		if (Number.isFinite(n) && raw.trim() !== '') return n;
		return Date.parse(raw);
	}
	return NaN;
}

/** The statsId and member of a key; ids may contain `-`, members never do except inside brackets. */
export function splitStatsKey(key: string): { id: string; member: string } | null {
	const bracket = key.endsWith(']') ? key.lastIndexOf('-[') : -1;
	const dash = bracket >= 0 ? bracket : key.lastIndexOf('-');
	if (dash <= 0 || dash === key.length - 1) return null;
	return { id: key.slice(0, dash), member: key.slice(dash + 1) };
}

/** `type: offer, sdp: v=0...` (older Chrome) or `{"type":"offer","sdp":"v=0..."}`. */
export function descriptionOf(value: unknown): { type: string; sdp: string } | null {
	if (isRecord(value) && typeof value.sdp === 'string')
		return { type: typeof value.type === 'string' ? value.type : '', sdp: value.sdp };
	if (typeof value === 'string') {
		const match = /^type: (\w+), sdp: ([\s\S]*)$/.exec(value);
		if (match) return { type: match[1]!, sdp: match[2]! };
	}
	return null;
}

export function candidateOf(value: unknown): string | null {
	if (isRecord(value) && typeof value.candidate === 'string') return value.candidate;
	if (typeof value === 'string') {
		const match = /candidate: ?(candidate:[^,\n]*)/.exec(value) ?? /^(candidate:.*)$/m.exec(value);
		if (match) return match[1]!.trim();
	}
	return null;
}

/**
 * A browser event's DOM name, whatever the Chrome version wrote: `onicecandidate` (recent),
 * `onIceCandidate` and `iceConnectionStateChange` (older) become `icecandidate` and
 * `iceconnectionstatechange`; API calls (`setLocalDescriptionOnSuccess`) stay as they are.
 */
export function eventName(type: string): string {
	if (/^on[A-Za-z]/.test(type)) return type.slice(2).toLowerCase();
	if (/statechange$/i.test(type)) return type.toLowerCase();
	return type;
}

/** Whether an update-log entry is a browser event (else it is an API call or a note). */
export function isBrowserEvent(type: string): boolean {
	return /^on[A-Za-z]/.test(type) || /statechange$/i.test(type) || type === 'icecandidate';
}
