import type { DiagnosisInput, Evidence, Finding } from './types';

/** Payloads that are not codecs of their own (RFC 4588 rtx, RFC 2198 red, FEC, comfort noise, DTMF). */
const NOT_A_CODEC = /^(rtx|red|ulpfec|flexfec-03|CN|telephone-event)$/i;

interface Section {
	/** 1-based line number of the m= line in the description */
	line: number;
	text: string;
	kind: string;
	port: number;
	mid: string | null;
	codecs: string[];
}

function sectionsOf(sdp: string): Section[] {
	const lines = sdp.split(/\r?\n/);
	const sections: Section[] = [];
	lines.forEach((text, i) => {
		const m = /^m=(\w+) (\d+)/.exec(text);
		if (m) {
			sections.push({ line: i + 1, text, kind: m[1]!, port: Number(m[2]), mid: null, codecs: [] });
			return;
		}
		const current = sections.at(-1);
		if (!current) return;
		const mid = /^a=mid:(\S+)/.exec(text);
		if (mid) current.mid = mid[1]!;
		const rtpmap = /^a=rtpmap:\d+ ([^/\s]+)/.exec(text);
		if (rtpmap && !NOT_A_CODEC.test(rtpmap[1]!)) current.codecs.push(rtpmap[1]!.toLowerCase());
	});
	return sections;
}

/** Rejected m-sections (port 0 in an answer, RFC 3264 §6) and answers with no codec in common with their offer. */
export function negotiationFindings(input: DiagnosisInput): Finding[] {
	const findings: Finding[] = [];
	const seen = new Set<string>();
	input.descriptions.forEach((answer, index) => {
		if (answer.type !== 'answer' || seen.has(answer.sdp)) return;
		seen.add(answer.sdp);
		// the offer this answer answers: the same peer's latest offer of the other side before it
		const offer = input.descriptions
			.slice(0, index)
			.filter((d) => d.peer === answer.peer && d.type === 'offer' && d.side !== answer.side)
			.at(-1);
		const answerSections = sectionsOf(answer.sdp);
		const offerSections = offer ? sectionsOf(offer.sdp) : [];
		/** the m= line of the answer, to open in the SDP inspector */
		const evidence = (section: Section): Evidence => ({
			kind: 'sdp',
			peer: answer.peer,
			description: index,
			line: section.line,
			text: section.text
		});
		answerSections.forEach((section, k) => {
			if (section.kind === 'application') return;
			const offered = offerSections[k];
			if (section.port === 0 && (!offered || offered.port !== 0)) {
				findings.push({
					id: 'rejectedSection',
					severity: 'problem',
					peer: answer.peer,
					params: { kind: section.kind, mid: section.mid ?? String(k), side: answer.side },
					evidence: [evidence(section)]
				});
				return;
			}
			if (section.port !== 0 && offered && offered.codecs.length > 0) {
				const common = section.codecs.filter((c) => offered.codecs.includes(c));
				if (common.length === 0)
					findings.push({
						id: 'codecMismatch',
						severity: 'problem',
						peer: answer.peer,
						params: {
							kind: section.kind,
							offered: offered.codecs.join(', '),
							answered: section.codecs.join(', ') || '-'
						},
						evidence: [evidence(section)]
					});
			}
		});
	});
	return findings;
}
