/**
 * a=fmtp, RFC 8866 §6.15: format parameters, decoded per payload format. Which parameters exist
 * is up to each payload format's RFC, so the tables below are keyed by codec.
 */
import type { SdpMessageKey } from '$lib/i18n/sdp/en';
import { decodeProfileLevelId } from '../h264';
import { payloadTypeField } from './rtpmap';
import { codecName, field, isDigits, table, unparsed } from './helpers';
import type { ExplainContext, Explanation, LineProblem, Params } from './types';

type Fields = Explanation['fields'];

const PARAMETERS = table<Readonly<Record<string, SdpMessageKey>>>({
	opus: table({
		minptime: 'sdp.fmtp.minptime',
		useinbandfec: 'sdp.fmtp.useinbandfec',
		usedtx: 'sdp.fmtp.usedtx',
		stereo: 'sdp.fmtp.stereo',
		'sprop-stereo': 'sdp.fmtp.spropStereo',
		maxplaybackrate: 'sdp.fmtp.maxplaybackrate',
		'sprop-maxcapturerate': 'sdp.fmtp.spropMaxcapturerate',
		maxaveragebitrate: 'sdp.fmtp.maxaveragebitrate',
		cbr: 'sdp.fmtp.cbr',
		ptime: 'sdp.fmtp.ptime',
		maxptime: 'sdp.fmtp.maxptime'
	}),
	h264: table({
		'level-asymmetry-allowed': 'sdp.fmtp.levelAsymmetryAllowed',
		'max-mbps': 'sdp.fmtp.maxMbps',
		'max-fs': 'sdp.fmtp.maxFs',
		'max-br': 'sdp.fmtp.maxBr',
		'sprop-parameter-sets': 'sdp.fmtp.spropParameterSets'
	}),
	vp8: table({ 'max-fr': 'sdp.fmtp.maxFr', 'max-fs': 'sdp.fmtp.maxFs' }),
	vp9: table({
		'profile-id': 'sdp.fmtp.vp9ProfileId',
		'max-fr': 'sdp.fmtp.maxFr',
		'max-fs': 'sdp.fmtp.maxFs'
	}),
	av1: table({ profile: 'sdp.fmtp.av1Profile', tier: 'sdp.fmtp.av1Tier' }),
	h265: table({
		'profile-id': 'sdp.fmtp.h265ProfileId',
		'tier-flag': 'sdp.fmtp.h265TierFlag',
		'tx-mode': 'sdp.fmtp.h265TxMode'
	}),
	rtx: table({ 'rtx-time': 'sdp.fmtp.rtxTime' }),
	'flexfec-03': table({ 'repair-window': 'sdp.fmtp.repairWindow' }),
	flexfec: table({ 'repair-window': 'sdp.fmtp.repairWindow' })
});

const REFERENCES: Record<string, string> = table({
	opus: 'RFC 7587 §6.1',
	h264: 'RFC 6184 §8.1, RFC 7742 §6.2',
	vp8: 'RFC 7741 §6.1',
	vp9: 'RFC 9628',
	av1: 'AV1 RTP specification',
	h265: 'RFC 7798 §7.1',
	rtx: 'RFC 4588 §8',
	red: 'RFC 2198',
	'telephone-event': 'RFC 4733',
	'flexfec-03': 'RFC 8627',
	flexfec: 'RFC 8627'
});

const PACKETIZATION_MODES: Record<string, SdpMessageKey> = table({
	'0': 'sdp.fmtp.packetizationMode0',
	'1': 'sdp.fmtp.packetizationMode1',
	'2': 'sdp.fmtp.packetizationMode2'
});

/** AV1 seq_level_idx to level: major = 2 + idx / 4, minor = idx % 4 (AV1 spec Annex A.3). */
function av1Level(idx: number): string {
	return `${2 + (idx >> 2)}.${idx & 3}`;
}

/** H.265 level-id is 30 times the level (RFC 7798 §7.1). */
const H265_LEVEL_SCALE = 30;

/**
 * Parsed parameter strings, shared: the same fmtp values repeat in every m-section of a
 * description (16 transceivers, 16 times `apt=96`), and both the structure and the explanation
 * read them. Bounded so that a long session of pasting cannot grow it without end.
 */
const PARAMETER_CACHE = new Map<string, readonly (readonly [string, string])[]>();
const PARAMETER_CACHE_SIZE = 1024;

/** `a=b;c=d` into pairs; a part without `=` keeps its text as the name and '' as the value. */
export function fmtpParameters(text: string): readonly (readonly [string, string])[] {
	const cached = PARAMETER_CACHE.get(text);
	if (cached) return cached;
	const pairs: (readonly [string, string])[] = [];
	for (const part of text.split(';')) {
		const trimmed = part.trim();
		if (trimmed === '') continue;
		const eq = trimmed.indexOf('=');
		pairs.push(
			eq < 0 ? [trimmed, ''] : [trimmed.slice(0, eq).trim(), trimmed.slice(eq + 1).trim()]
		);
	}
	if (PARAMETER_CACHE.size >= PARAMETER_CACHE_SIZE) PARAMETER_CACHE.clear();
	PARAMETER_CACHE.set(text, Object.freeze(pairs));
	return pairs;
}

function profileLevelIdFields(
	value: string,
	fields: Fields,
	problems: LineProblem[],
	params: Params
) {
	const decoded = decodeProfileLevelId(value);
	if (!decoded) {
		fields.push(field('profile-level-id', value));
		problems.push({ severity: 'warning', key: 'sdp.problem.badProfileLevelId', params: { value } });
		return;
	}
	params.profile = decoded.profile;
	params.level = decoded.level;
	const hex = (n: number) => '0x' + n.toString(16).padStart(2, '0');
	fields.push(
		field('profile-level-id', value, 'sdp.fmtp.profileLevelId', {
			profile: decoded.profile,
			level: decoded.level
		}),
		field(
			`profile_idc`,
			`${hex(decoded.profileIdc)} (${decoded.profileIdc})`,
			'sdp.h264.profileIdc',
			{
				profile: decoded.profile
			}
		),
		field(
			'profile-iop',
			hex(decoded.profileIop),
			decoded.flags.length ? 'sdp.h264.profileIop' : 'sdp.h264.profileIopNone',
			{ flags: decoded.flags.join(', ') }
		),
		field('level_idc', `${hex(decoded.levelIdc)} (${decoded.levelIdc})`, 'sdp.h264.levelIdc', {
			level: decoded.level
		})
	);
}

function parameterField(
	codec: string,
	name: string,
	value: string,
	context: ExplainContext,
	out: { fields: Fields; problems: LineProblem[]; params: Params }
) {
	const { fields, problems, params } = out;
	if (codec === 'h264' && name === 'profile-level-id') {
		return profileLevelIdFields(value, fields, problems, params);
	}
	if (codec === 'h264' && name === 'packetization-mode') {
		params.mode = value;
		return fields.push(field(name, value, PACKETIZATION_MODES[value], { value }));
	}
	if (codec === 'rtx' && name === 'apt') {
		const target = Number(value);
		params.apt = value;
		if (!isDigits(value) || !context.codecs.has(target)) {
			problems.push({ severity: 'warning', key: 'sdp.problem.aptUnknown', params: { apt: value } });
		}
		return fields.push(
			field(name, value, 'sdp.fmtp.apt', { payloadType: value, codec: codecName(context, target) })
		);
	}
	if (codec === 'av1' && name === 'level-idx' && isDigits(value)) {
		return fields.push(
			field(name, value, 'sdp.fmtp.av1LevelIdx', { value, level: av1Level(Number(value)) })
		);
	}
	if (codec === 'h265' && name === 'level-id' && isDigits(value)) {
		const level = Number(value) / H265_LEVEL_SCALE;
		return fields.push(
			field(name, value, 'sdp.fmtp.h265LevelId', {
				value,
				level: Number.isInteger(level) ? level : level.toFixed(1)
			})
		);
	}
	if (value === '' && codec === 'red') {
		const names = name.split('/').map((pt) => codecName(context, Number(pt)));
		return fields.push(field('redundancy', name, 'sdp.fmtp.red', { encodings: names.join(', ') }));
	}
	if (value === '' && codec === 'telephone-event') {
		return fields.push(field('events', name, 'sdp.fmtp.telephoneEvent', { events: name }));
	}
	const key =
		PARAMETERS[codec]?.[name] ?? (name.startsWith('x-google-') ? 'sdp.fmtp.xGoogle' : undefined);
	fields.push(field(name, value, key, key ? { value, name } : undefined));
}

const FMTP = /^(\d{1,3})[ \t]+(.*)$/;

export function fmtp(value: string, context: ExplainContext): Explanation {
	const m = FMTP.exec(value.trim());
	if (!m) {
		return unparsed(value, 'a=fmtp:<payload type> <format specific parameters>', {
			key: 'sdp.attr.fmtp',
			params: { payloadType: '?', codec: '?' },
			reference: 'RFC 8866 §6.15'
		});
	}
	const [, pt = '', rest = ''] = m;
	const payloadType = Number(pt);
	const name = codecName(context, payloadType);
	const codec = name.toLowerCase();
	// the line's parameters, which the decoders below add to (profile, level, apt...)
	const params: Params = { payloadType, codec: name };
	const out = { fields: [payloadTypeField(pt, params)], problems: [] as LineProblem[], params };
	for (const [param, paramValue] of fmtpParameters(rest)) {
		parameterField(codec, param, paramValue, context, out);
	}
	let key: SdpMessageKey = 'sdp.attr.fmtp';
	if (codec === 'h264' && params.profile !== undefined) key = 'sdp.attr.fmtpH264';
	else if (codec === 'rtx' && params.apt !== undefined) {
		key = 'sdp.attr.fmtpRtx';
		params.protects = codecName(context, Number(params.apt));
	}
	return {
		key,
		params,
		reference: REFERENCES[codec] ?? 'RFC 8866 §6.15',
		fields: out.fields,
		problems: out.problems
	};
}
