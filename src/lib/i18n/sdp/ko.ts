import type { SdpMessageKey } from './en';

/** SDP 인스펙터의 한국어 카탈로그. 용어는 glossary.ts를 따르고, 속성·필드 이름(fmtp, rtpmap 등)은 SDP에 쓰인 대로 둔다. */
export const sdpKo = {
	'sdp.notExplained': '아직 설명이 없습니다. 이 줄은 그대로 보존됩니다.',

	// 기본 줄, RFC 8866 §5
	'sdp.line.v': '프로토콜 버전입니다. SDP 버전은 지금까지 0 하나뿐입니다.',
	'sdp.line.o':
		'Origin: 이 description을 만든 쪽({username}), 세션 ID {sessionId}, 세션 버전 {sessionVersion}입니다. description이 바뀔 때마다 버전이 1씩 올라갑니다.',
	'sdp.line.s': '세션 이름: "{name}".',
	'sdp.line.sUnnamed':
		'세션 이름입니다. "{name}"은 이름이 없다는 뜻이고, 브라우저는 항상 "-"를 씁니다.',
	'sdp.line.i': '사람이 읽는 제목이나 설명입니다: {value}',
	'sdp.line.u': '세션에 대한 추가 정보가 있는 URI입니다: {value}',
	'sdp.line.e': '세션 담당자의 이메일 주소입니다: {value}',
	'sdp.line.p': '세션 담당자의 전화번호입니다: {value}',
	'sdp.line.c':
		'연결 정보: 미디어를 {address:로} 보냅니다. ICE를 쓰면 이 주소는 기본 후보의 주소일 뿐이고, 실제로 미디어가 갈 수 있는 곳은 a=candidate 줄에 있습니다.',
	'sdp.line.cPlaceholder':
		'자리만 채운 주소 {address}입니다. 아직 후보가 없거나, 실제 주소는 ICE 후보에 들어 있습니다.',
	'sdp.line.b': '대역폭 제한: {type} {bandwidth}.',
	'sdp.line.t': '시간: 세션은 {start}부터 {stop}까지 유효합니다(NTP 초).',
	'sdp.line.tUnbounded':
		'시간 "0 0": 시작과 종료가 모두 0이면 세션이 영구적이라는 뜻입니다(RFC 8866 §5.9). WebRTC는 항상 이렇게 씁니다.',
	'sdp.line.r': '세션 반복 시간입니다: {value}',
	'sdp.line.z': '시간대 보정입니다: {value}',
	'sdp.line.k': '암호화 키 줄입니다. 폐기되었으며 RFC 8866은 쓰지 말라고 합니다.',
	'sdp.line.m':
		'미디어 섹션: {media} 섹션이고 포트 {port}, 프로토콜 {protocol}, 선호 순서대로 포맷 {count}개를 씁니다. 다음 m= 줄 전까지가 모두 이 섹션입니다.',
	'sdp.line.mRejected':
		'포트 0인 미디어 섹션: 이 {media} 섹션은 거절되었거나(answer) 중지되었습니다(offer). offer와 answer의 m= 줄 순서를 맞추려고 자리는 남겨 둡니다.',
	'sdp.line.mBundleOnly':
		'포트 0에 a=bundle-only가 있는 미디어 섹션: 거절된 것이 아니라, BUNDLE 그룹 안에서 다른 섹션의 transport로만 쓰입니다.',

	// 기본 줄의 필드
	'sdp.field.username':
		'세션을 만든 호스트에서의 사용자 이름입니다(RFC 8866 §5.2). Firefox는 사람 이름 대신 mozilla...THIS_IS_SDPARTA-와 버전을 씁니다.',
	'sdp.field.usernameDash':
		'"-": 사용자 이름이 없습니다. Chrome과 Safari는 이렇게 쓰고, Firefox는 대신 mozilla...THIS_IS_SDPARTA-와 버전을 씁니다.',
	'sdp.field.sessionId':
		'세션 ID: 피어 연결마다 한 번 정하는 숫자라서, 여러 offer가 같은 세션인지 알아볼 수 있습니다.',
	'sdp.field.sessionVersion':
		'세션 버전: 같은 세션의 description이 새로 나올 때마다 1씩 올라갑니다(RFC 3264 §8).',
	'sdp.field.netType': '네트워크 종류: IN은 인터넷이라는 뜻입니다.',
	'sdp.field.addrType': '주소 종류: IP4 또는 IP6입니다.',
	'sdp.field.addressIpv4': 'IPv4 주소입니다.',
	'sdp.field.addressIpv6': 'IPv6 주소입니다.',
	'sdp.field.addressMdns':
		'.local로 끝나는 mDNS 이름으로, 로컬 IP 주소를 숨깁니다. 같은 로컬 네트워크에 있는 호스트만 풀 수 있습니다.',
	'sdp.field.addressFqdn': '호스트 이름입니다.',
	'sdp.field.addressPlaceholder':
		'자리만 채운 주소(any 주소나 loopback)입니다. 누구도 특정하지 않으며 실제 주소는 후보에 있습니다.',
	'sdp.field.bandwidthAs': 'AS: 애플리케이션별 최대값, 단위는 kbps입니다.',
	'sdp.field.bandwidthCt': 'CT: 회의 전체 대역폭, 단위는 kbps입니다.',
	'sdp.field.bandwidthTias':
		'TIAS: transport와 무관한 최대값으로, IP/UDP 오버헤드를 뺀 bps 단위입니다.',
	'sdp.field.bandwidthRs': 'RS: 송신자가 보내는 RTCP의 대역폭, 단위는 bps입니다(RFC 3556 §2).',
	'sdp.field.bandwidthRr': 'RR: 수신자가 보내는 RTCP의 대역폭, 단위는 bps입니다(RFC 3556 §2).',
	'sdp.field.bandwidth': '대역폭 값이며, 단위는 대역폭 종류에 따릅니다.',
	'sdp.field.startTime':
		'시작 시각(1900년부터의 NTP 초)입니다. RFC 8866 §5.9에서 시작 시각 0은 그 자체로 뜻이 없습니다. 종료 시각도 0이면 세션이 영구적이라는 뜻이고, WebRTC는 이렇게 씁니다.',
	'sdp.field.stopTime': '종료 시각(NTP 초)입니다. 0은 끝이 없다는 뜻입니다.',
	'sdp.field.media':
		'미디어 종류: {media} (audio, video, 데이터 채널용 application, text, message).',
	'sdp.field.port': '미디어를 받을 포트입니다(ICE를 쓰면 기본 후보의 포트).',
	'sdp.field.portZero': '포트 0: 이 섹션은 거절되었거나 중지되었습니다.',
	'sdp.field.portDiscard':
		'포트 9(discard port): 후보가 실제 포트를 알려 주기 전까지, 또는 BUNDLE 그룹의 transport를 함께 쓰는 섹션에 JSEP가 넣는 자리 표시입니다.',
	'sdp.field.portBundleOnly':
		'a=bundle-only와 함께 쓴 포트 0: BUNDLE 안에서만 동작하며, 거절된 것이 아닙니다.',
	'sdp.field.format': 'payload type {payloadType} ({codec}). 앞에 있을수록 선호합니다.',
	'sdp.field.formatDataChannel':
		'webrtc-datachannel: 이 섹션은 SCTP로 데이터 채널을 실어 나릅니다.',

	// m= 줄의 transport 프로토콜
	'sdp.proto.udpTlsRtpSavpf':
		'ICE 위에서 DTLS로 키를 정하는 SRTP(DTLS-SRTP)에 RTCP 피드백을 더한 것입니다. WebRTC의 오디오·비디오 섹션은 모두 이 프로파일을 씁니다.',
	'sdp.proto.rtpSavpf':
		'RTCP 피드백을 쓰는 SRTP(SAVPF)입니다. 키는 a=crypto(SDES)나 DTLS로 정합니다.',
	'sdp.proto.rtpSavp': 'RTCP 피드백 없는 SRTP입니다. 키는 보통 a=crypto(SDES)로 정합니다.',
	'sdp.proto.rtpAvpf': '암호화하지 않은 일반 RTP에 RTCP 피드백을 더한 것입니다.',
	'sdp.proto.rtpAvp':
		'암호화하지 않은 일반 RTP(audio/video profile)입니다. SIP 전화기에서 흔하며, WebRTC는 암호화하지 않은 미디어를 보내지 않습니다.',
	'sdp.proto.udpDtlsSctp': 'ICE 위 DTLS 위의 SCTP로, WebRTC 데이터 채널의 transport입니다.',
	'sdp.proto.dtlsSctpLegacy':
		'RFC 8841 이전의 데이터 채널 프로토콜 표기(DTLS/SCTP와 a=sctpmap)입니다.',

	// a=rtpmap과 payload type
	'sdp.attr.rtpmap': 'payload type {payloadType:은} {name}이고, RTP clock은 {clockRate} Hz입니다.',
	'sdp.field.payloadTypeDynamic':
		'payload type {payloadType}: 96–127의 동적 범위라서, 의미는 이 rtpmap 줄로만 정해집니다.',
	'sdp.field.payloadTypeStatic':
		'payload type {payloadType}: RFC 3551이 정해 둔 정적 payload type이고, rtpmap 줄은 그 의미를 다시 적을 뿐입니다.',
	'sdp.field.payloadTypeUnassigned':
		'payload type {payloadType}: RFC 3551이 비워 둔 35–63 범위입니다. 96–127이 다 차면 브라우저가 이 범위를 씁니다.',
	'sdp.field.payloadTypeRtcpConflict':
		'payload type {payloadType}: 64–95 범위는 RTP와 RTCP가 포트를 함께 쓸 때 RTCP 패킷 타입과 헷갈릴 수 있습니다(RFC 5761 §4).',
	'sdp.field.payloadTypeWildcard': '"*": 이 섹션의 모든 payload type에 적용됩니다.',
	'sdp.field.encodingName': '인코딩 이름 {name}.',
	'sdp.field.clockRate': 'RTP timestamp가 1초에 {clockRate}씩 증가합니다.',
	'sdp.field.clockRateOpus':
		'Opus는 실제 샘플링 레이트와 관계없이 항상 {clockRate} Hz로 표기합니다(RFC 7587 §4.1).',
	'sdp.field.clockRateVideo': '비디오는 {clockRate} Hz RTP clock을 씁니다(RFC 3551 §5).',
	'sdp.field.channels': '오디오 채널 수: {channels}.',
	'sdp.field.channelsOpus':
		'Opus는 항상 {channels}채널로 표기합니다. 실제로 스테레오를 보내는지는 fmtp의 stereo 파라미터가 알려 줍니다(RFC 7587 §7).',

	// codec
	'sdp.codec.opus':
		'Opus: WebRTC 기본 오디오 코덱으로, 6–510 kbps에서 음성부터 full-band 음악까지 다룹니다(RFC 7587).',
	'sdp.codec.red':
		'RED: 중복 오디오입니다. 패킷마다 이전 프레임도 함께 실어서 패킷 손실을 견딥니다(RFC 2198).',
	'sdp.codec.ulpfec': 'ULPFEC: 잃어버린 비디오 패킷을 복원할 수 있는 FEC 패킷입니다(RFC 5109).',
	'sdp.codec.flexfec': 'FlexFEC: 비디오용 유연한 FEC입니다(RFC 8627).',
	'sdp.codec.rtx':
		'RTX: 재전송입니다. 잃어버린 패킷을 별도 SSRC에서 이 payload type으로 다시 보냅니다(RFC 4588). 어떤 코덱을 보호하는지는 fmtp의 apt=가 알려 줍니다.',
	'sdp.codec.telephoneEvent': 'telephone-event: DTMF 키 입력을 이벤트로 보냅니다(RFC 4733).',
	'sdp.codec.cn': 'CN: comfort noise로, 조용할 때 오디오 대신 보냅니다(RFC 3389).',
	'sdp.codec.pcmu': 'PCMU: G.711 μ-law, 64 kbps 협대역 전화 음질 오디오입니다.',
	'sdp.codec.pcma': 'PCMA: G.711 A-law, 64 kbps 협대역 전화 음질 오디오입니다.',
	'sdp.codec.g722': 'G.722: 64 kbps 16 kHz 광대역 오디오입니다(역사적 이유로 RTP clock은 8000).',
	'sdp.codec.g729': 'G.729: 8 kbps 협대역 음성 코덱입니다.',
	'sdp.codec.isac':
		'iSAC: libwebrtc의 오래된 광대역 오디오 코덱으로, 지금 브라우저에서는 빠졌습니다.',
	'sdp.codec.ilbc': 'iLBC: 패킷 손실에 강한 협대역 음성 코덱입니다(RFC 3952).',
	'sdp.codec.vp8':
		'VP8: 모든 WebRTC 엔드포인트가 지원해야 하는 비디오 코덱입니다(RFC 7741, RFC 7742).',
	'sdp.codec.vp9': 'VP9: VP8보다 압축률이 좋고 스케일러빌리티(SVC)를 내장한 비디오 코덱입니다.',
	'sdp.codec.h264':
		'H264(AVC): VP8과 함께 모든 WebRTC 브라우저가 지원해야 하는 비디오 코덱입니다(RFC 7742 §5). 필수인 것은 Constrained Baseline 프로파일(profile), 레벨 1.2, packetization-mode 1입니다(RFC 7742 §6.2, RFC 6184). 하드웨어 가속이 되는 경우가 많습니다.',
	'sdp.codec.h265': 'H265(HEVC): H264의 후속 비디오 코덱입니다(RFC 7798).',
	'sdp.codec.av1': 'AV1: 로열티 없는 비디오 코덱으로, WebRTC 코덱 중 압축률이 가장 좋습니다.',

	// a=fmtp
	'sdp.attr.fmtp': 'payload type {payloadType} ({codec})의 포맷 파라미터입니다.',
	'sdp.attr.fmtpH264': 'H264 payload type {payloadType}: {profile} 프로파일, 레벨 {level}입니다.',
	'sdp.attr.fmtpRtx':
		'payload type {payloadType:은} payload type {apt} ({protects})를 재전송합니다. 그 코덱의 패킷을 잃으면 이 payload type으로 다시 보냅니다.',
	'sdp.fmtp.minptime': 'minptime={value}: 수신 측이 원하는 최소 패킷 길이(ms)입니다.',
	'sdp.fmtp.useinbandfec':
		'useinbandfec={value}: 1이면 수신 측이 Opus in-band FEC를 쓸 수 있으니, 송신 측이 손실 복구용 중복 정보를 넣어도 된다는 뜻입니다.',
	'sdp.fmtp.usedtx':
		'usedtx={value}: 1이면 DTX를 써서 조용할 때 거의 아무것도 보내지 말라는 요청입니다.',
	'sdp.fmtp.stereo': 'stereo={value}: 1이면 수신 측이 스테레오로 받기를 원합니다.',
	'sdp.fmtp.spropStereo':
		'sprop-stereo={value}: 1이면 송신 측이 스테레오를 보낼 가능성이 높습니다.',
	'sdp.fmtp.maxplaybackrate':
		'maxplaybackrate={value}: 수신 측이 재생할 수 있는 최대 샘플링 레이트(Hz)입니다.',
	'sdp.fmtp.spropMaxcapturerate':
		'sprop-maxcapturerate={value}: 송신 측이 캡처하는 최대 샘플링 레이트(Hz)입니다.',
	'sdp.fmtp.maxaveragebitrate':
		'maxaveragebitrate={value}: 수신 측이 원하는 최대 평균 비트레이트(bps)입니다.',
	'sdp.fmtp.cbr': 'cbr={value}: 1이면 고정 비트레이트를 요청합니다.',
	'sdp.fmtp.ptime': 'ptime={value}: 선호하는 패킷 길이(ms)입니다.',
	'sdp.fmtp.maxptime': 'maxptime={value}: 최대 패킷 길이(ms)입니다.',
	'sdp.fmtp.profileLevelId':
		'profile-level-id: {profile} 프로파일, 레벨 {level}. 16진수 3바이트로, profile_idc, 제약 플래그(profile-iop), level_idc 순서입니다.',
	'sdp.h264.profileIdc':
		'profile_idc: 기본 profile입니다. 제약 플래그와 합쳐서 {profile:이} 됩니다.',
	'sdp.h264.profileIop': 'profile-iop: 켜진 제약 플래그는 {flags}입니다.',
	'sdp.h264.profileIopNone': 'profile-iop: 켜진 제약 플래그가 없습니다.',
	'sdp.h264.levelIdc':
		'level_idc: level {level:로}, 해상도, 프레임레이트, 비트레이트의 상한을 정합니다(H.264 Annex A).',
	'sdp.fmtp.packetizationMode0':
		'packetization-mode={value}: single NAL unit 모드로, RTP 패킷 하나에 NAL unit 하나를 통째로 담습니다.',
	'sdp.fmtp.packetizationMode1':
		'packetization-mode={value}: non-interleaved 모드로, NAL unit을 나누거나(FU-A) 묶을(STAP-A) 수 있습니다. WebRTC에서 가장 많이 씁니다.',
	'sdp.fmtp.packetizationMode2':
		'packetization-mode={value}: interleaved 모드로, 거의 쓰지 않습니다.',
	'sdp.fmtp.levelAsymmetryAllowed':
		'level-asymmetry-allowed={value}: 1이면 방향마다 다른 level을 써도 되므로, 성능 좋은 송신 측이 수신 측 level에 맞춰 낮추지 않아도 됩니다.',
	'sdp.fmtp.maxMbps': 'max-mbps={value}: 초당 최대 매크로블록 처리량입니다.',
	'sdp.fmtp.maxFs': 'max-fs={value}: 최대 프레임 크기(매크로블록 수)입니다.',
	'sdp.fmtp.maxBr': 'max-br={value}: 최대 비디오 비트레이트입니다.',
	'sdp.fmtp.maxFr': 'max-fr={value}: 수신 측이 디코딩할 수 있는 최대 프레임레이트입니다.',
	'sdp.fmtp.spropParameterSets': 'sprop-parameter-sets: H264 SPS와 PPS를 base64로 담은 것입니다.',
	'sdp.fmtp.vp9ProfileId':
		'profile-id={value}: VP9 profile입니다. 0은 8비트 4:2:0, 2는 10/12비트 4:2:0입니다.',
	'sdp.fmtp.av1Profile': 'profile={value}: AV1 profile입니다. 0은 Main(8/10비트 4:2:0)입니다.',
	'sdp.fmtp.av1LevelIdx': 'level-idx={value}: AV1 level {level}입니다.',
	'sdp.fmtp.av1Tier': 'tier={value}: AV1 tier입니다. 0은 Main, 1은 High입니다.',
	'sdp.fmtp.h265ProfileId': 'profile-id={value}: H265 profile입니다. 1은 Main, 2는 Main 10입니다.',
	'sdp.fmtp.h265TierFlag': 'tier-flag={value}: H265 tier입니다. 0은 Main, 1은 High입니다.',
	'sdp.fmtp.h265LevelId': 'level-id={value}: H265 level {level}입니다.',
	'sdp.fmtp.h265TxMode': 'tx-mode={value}: SRST는 모든 레이어를 RTP 스트림 하나로 보냅니다.',
	'sdp.fmtp.apt':
		'apt={payloadType}: 연결된 payload type {codec:로}, 이 RTX가 그 손실 패킷을 다시 보냅니다.',
	'sdp.fmtp.rtxTime': 'rtx-time={value}: 송신 측이 재전송용으로 패킷을 보관하는 시간(ms)입니다.',
	'sdp.fmtp.repairWindow': 'repair-window={value}: FEC가 보호하는 시간 범위(µs)입니다.',
	'sdp.fmtp.red': 'RED 패킷 하나에 담기는 인코딩으로, 첫 번째가 primary입니다: {encodings}.',
	'sdp.fmtp.telephoneEvent': 'DTMF 이벤트 {events}: 0–9, *, #, A–D (RFC 4733 §3).',
	'sdp.fmtp.xGoogle': '{name}={value}: 표준이 아닌 Chrome 전용 파라미터입니다.',

	// a=rtcp-fb
	'sdp.attr.rtcp-fb': 'payload type {payloadType} ({codec})의 RTCP 피드백 "{type}"입니다.',
	'sdp.rtcpFb.nack':
		'payload type {payloadType} ({codec})의 Generic NACK: 수신 측이 잃어버린 패킷을 알려 주면 송신 측이 다시 보냅니다.',
	'sdp.rtcpFb.nackPli':
		'payload type {payloadType} ({codec})의 PLI: 디코딩이 깨지면 수신 측이 새 키 프레임을 요청할 수 있습니다.',
	'sdp.rtcpFb.nackSli': 'payload type {payloadType} ({codec})의 SLI(Slice Loss Indication)입니다.',
	'sdp.rtcpFb.nackRpsi':
		'payload type {payloadType} ({codec})의 RPSI(Reference Picture Selection Indication)입니다.',
	'sdp.rtcpFb.ccmFir':
		'payload type {payloadType} ({codec})의 FIR: 새 참가자가 들어올 때처럼 수신 측이 키 프레임을 요구할 수 있습니다.',
	'sdp.rtcpFb.ccmTmmbr':
		'payload type {payloadType} ({codec})의 임시 최대 비트레이트 요청(TMMBR)입니다.',
	'sdp.rtcpFb.googRemb':
		'payload type {payloadType} ({codec})의 REMB: 수신 측이 대역폭을 추정해 송신 측에 알려 줍니다. transport-cc보다 오래된 방식입니다.',
	'sdp.rtcpFb.transportCc':
		'payload type {payloadType} ({codec})의 transport-wide congestion control: 수신 측은 패킷마다 도착 시각을 알려 주고, 송신 측이 대역폭을 추정합니다.',
	'sdp.rtcpFb.googLntf':
		'payload type {payloadType} ({codec})의 loss notification으로, libwebrtc 확장입니다.',
	'sdp.rtcpFb.trrInt': 'trr-int {value}: 정기 RTCP 리포트 사이의 최소 간격(ms)입니다.',

	// a=extmap
	'sdp.attr.extmap': 'RTP 헤더 확장 {name:을} 이 섹션의 패킷에서 ID {id:로} 씁니다.',
	'sdp.attr.extmapUnknown': 'ID {id:로} 쓰는 RTP 헤더 확장입니다.',
	'sdp.field.extmapIdOneByte': 'ID {id}: one-byte 헤더 확장 형식(ID 1–14)에 들어갑니다.',
	'sdp.field.extmapIdTwoByte':
		'ID {id}: 14보다 커서 two-byte 헤더 확장 형식이 필요합니다(a=extmap-allow-mixed 참고).',
	'sdp.field.extmapDirection': '방향 {direction}: 이 방향으로만 확장을 씁니다.',
	'sdp.extmap.audioLevel':
		'audio-level: 오디오 패킷마다의 음량이라서, 믹서나 SFU가 디코딩 없이 누가 말하는지 알 수 있습니다.',
	'sdp.extmap.csrcAudioLevel': 'csrc-audio-level: 믹싱된 오디오에서 기여한 소스별 음량입니다.',
	'sdp.extmap.toffset':
		'toffset: 전송 시간 오프셋으로, 패킷이 timestamp보다 얼마나 늦게 나갔는지 나타냅니다.',
	'sdp.extmap.absSendTime':
		'abs-send-time: 패킷이 송신 측을 떠난 시각으로, REMB 대역폭 추정에 씁니다.',
	'sdp.extmap.transportWideCc':
		'transport-wide-cc: 모든 스트림에 걸친 시퀀스 번호라서, 수신 측이 transport-cc용 도착 시각을 알려 줄 수 있습니다.',
	'sdp.extmap.mid':
		'mid: 패킷이 속한 섹션입니다. BUNDLE은 이것으로 transport 하나 위의 스트림을 구분합니다.',
	'sdp.extmap.rid': 'rid: RTP 스트림 id로, 패킷이 어느 simulcast 레이어인지 알려 줍니다.',
	'sdp.extmap.repairedRid': 'repaired-rid: RTX나 FEC 패킷이 복구하는 스트림의 rid입니다.',
	'sdp.extmap.videoOrientation':
		'video-orientation: 카메라 회전 정보로, 수신 측이 화면을 돌릴 수 있습니다.',
	'sdp.extmap.playoutDelay': 'playout-delay: 수신 측이 버퍼링할 최소·최대 지연입니다.',
	'sdp.extmap.videoContentType': 'video-content-type: 화면 공유인지 카메라 영상인지 표시합니다.',
	'sdp.extmap.videoTiming': 'video-timing: 프레임 전송 단계별 timestamp로, 통계에 씁니다.',
	'sdp.extmap.colorSpace': 'color-space: 비디오의 색 공간과 HDR 메타데이터입니다.',
	'sdp.extmap.absCaptureTime':
		'abs-capture-time: 미디어를 캡처한 시각으로, 여러 hop을 거쳐도 A/V 싱크를 맞춥니다.',
	'sdp.extmap.videoLayersAllocation':
		'video-layers-allocation: 어떤 simulcast·SVC 레이어를 보내는지와 각 해상도, 비트레이트입니다.',
	'sdp.extmap.dependencyDescriptor':
		'dependency-descriptor: 프레임 간 의존 관계라서, SFU가 디코딩 없이 레이어를 버릴 수 있습니다(AV1, VP9, VP8/H264도 가능).',
	'sdp.extmap.genericFrameDescriptor':
		'generic-frame-descriptor: dependency descriptor의 이전 형태입니다.',
	'sdp.extmap.encrypt': 'encrypt: 다음 헤더 확장을 암호화합니다(RFC 6904).',

	// SSRC, msid, simulcast
	'sdp.ssrc.cname':
		'SSRC {ssrc}의 CNAME은 {cname}입니다. CNAME이 같은 스트림은 같은 엔드포인트에서 온 것이라 싱크를 맞춥니다.',
	'sdp.ssrc.msid':
		'SSRC {ssrc:는} 스트림 {stream}의 트랙 {track:을} 싣습니다. Chromium은 Unified Plan에서도 예전 엔드포인트를 위해 섹션의 a=msid를 이 a=ssrc … msid: 줄로 한 번 더 씁니다. 기준은 a=msid입니다(RFC 8830).',
	'sdp.ssrc.legacy':
		'SSRC {ssrc}: {attribute} 속성은 예전 Chrome의 흔적이고, 이제 아무도 읽지 않습니다.',
	'sdp.ssrc.other': 'SSRC {ssrc}: 소스 속성 {attribute}.',
	'sdp.field.ssrc': 'SSRC: 패킷에서 RTP 스트림을 구분하는 32비트 숫자입니다.',
	'sdp.field.cname':
		'CNAME: 엔드포인트의 고정 이름으로, 그 엔드포인트의 모든 스트림이 같은 값을 씁니다.',
	'sdp.ssrcGroup.fid':
		'FID(flow identification): SSRC {second:가} SSRC {first}의 재전송(RTX)을 싣습니다.',
	'sdp.ssrcGroup.sim':
		'SIM: SSRC {ssrcs:는} 같은 트랙의 simulcast 레이어이고, 낮은 해상도부터 나열합니다(rid 이전 Chrome 방식 simulcast).',
	'sdp.ssrcGroup.fecFr': 'FEC-FR: SSRC {second:가} SSRC {first}의 FEC를 싣습니다.',
	'sdp.ssrcGroup.fec': 'FEC: SSRC {second:가} SSRC {first}의 FEC를 싣습니다.',
	'sdp.ssrcGroup.other': 'SSRC {ssrcs}의 "{semantics}" 그룹입니다.',
	'sdp.attr.msid':
		'이 섹션의 sender가 트랙 {track:을} 스트림 {stream}의 일부로 보냅니다. 상대편 ontrack의 event.streams에는 id가 {stream}인 스트림이 들어 있지만, event.track은 받는 브라우저가 id를 새로 만든 트랙이라 {track:과}도 mid와도 같지 않습니다(webrtc-pc).',
	'sdp.attr.msidNoStream':
		'이 섹션으로 보내는 트랙은 {track}이고, 어떤 스트림에도 속하지 않습니다("-"). ontrack의 event.streams가 비어 있습니다.',
	'sdp.field.msidStream': 'MediaStream ID(송신 측의 stream.id)입니다.',
	'sdp.field.msidTrack':
		'보내는 쪽의 트랙 ID입니다. 받는 쪽은 이 값을 쓰지 않습니다. 받는 브라우저가 자기 트랙에 새 id를 붙이므로 이 id와도 mid와도 대응하지 않습니다(webrtc-pc, create an RTCRtpReceiver).',
	'sdp.field.msidNoStream': '"-": 이 트랙은 어떤 스트림에도 속하지 않습니다.',
	'sdp.attr.msid-semantic':
		'msid-semantic {semantic}: 이 description은 msid로 트랙을 알립니다. RFC 8830 이전의 흔적이며, 나열된 스트림: {streams}.',
	'sdp.attr.rid': 'simulcast 레이어 "{id}", 방향 {direction}.',
	'sdp.field.ridId': 'rid: 이 RTP 스트림의 이름으로, rid 헤더 확장으로도 보냅니다.',
	'sdp.field.ridSend': 'send: 이쪽이 이 레이어를 보냅니다.',
	'sdp.field.ridRecv': 'recv: 이쪽이 이 레이어를 받습니다.',
	'sdp.field.ridPt': 'pt={value}: 이 레이어가 쓸 수 있는 payload type입니다.',
	'sdp.field.ridRestriction': '{name}={value}: 이 레이어에 대한 제한입니다.',
	'sdp.attr.simulcast':
		'Simulcast: {streams}. rid 하나가 같은 트랙의 레이어 하나이고, ";"로 구분한 레이어들을 동시에 보냅니다.',
	'sdp.field.simulcastSend': 'send: 이쪽이 보내는 레이어입니다.',
	'sdp.field.simulcastRecv': 'recv: 이쪽이 받는 레이어입니다.',
	'sdp.field.simulcastStream': '레이어 {rids} (대안은 ","로 구분).',
	'sdp.field.simulcastPaused':
		'레이어 {rids}, 일시 정지("~"): 목록에는 있지만 지금은 보내지 않습니다.',

	// RTCP
	'sdp.attr.rtcp':
		'RTCP 포트 {port}. a=rtcp-mux가 있으면 RTCP는 RTP 포트를 함께 쓰고, 이 줄은 rtcp-mux를 모르는 엔드포인트를 위한 것입니다.',
	'sdp.field.rtcpPort': 'RTCP용 포트입니다.',
	'sdp.attr.rtcp-mux': 'RTP와 RTCP가 포트 하나를 함께 씁니다(rtcp-mux). WebRTC에서는 필수입니다.',
	'sdp.attr.rtcp-mux-only': 'rtcp-mux만 받습니다. 별도 RTCP 포트는 쓰지 않습니다.',
	'sdp.attr.rtcp-rsize':
		'reduced-size RTCP를 허용합니다. 전체 리포트 없이 피드백만 보낼 수 있어서 피드백이 빨라집니다.',
	'sdp.attr.rtcp-xr':
		'RTCP 확장 리포트(RTCP XR): {value}. rcvr-rtt가 있으면 받기만 하는 쪽도 RTT를 잴 수 있습니다.',
	'sdp.attr.ptime': '선호하는 패킷 길이: 패킷당 {value} ms.',
	'sdp.attr.maxptime': '받을 수 있는 최대 패킷 길이: {value} ms.',

	// ICE
	'sdp.attr.candidate': 'ICE 후보: {type} 타입이고, {transport} {address}, 포트 {port}입니다.',
	'sdp.candidate.foundation':
		'foundation: 타입, 기반 주소, 서버, 프로토콜이 같은 후보끼리 같은 값을 씁니다. ICE는 이것으로 비슷한 쌍을 함께 unfreeze합니다.',
	'sdp.candidate.componentRtp': 'component {component}: RTP(rtcp-mux면 RTCP도)입니다.',
	'sdp.candidate.componentRtcp': 'component {component}: 별도 포트의 RTCP(rtcp-mux 안 씀)입니다.',
	'sdp.candidate.component': 'component {component}번입니다.',
	'sdp.candidate.transportUdp':
		'transport {transport}: UDP입니다. Chrome은 소문자, Firefox는 대문자로 쓰지만 의미는 같습니다.',
	'sdp.candidate.transportTcp':
		'transport {transport}: TCP 위의 ICE(RFC 6544)입니다. TCP 후보는 UDP 후보와 함께 병렬로, 더 낮은 우선순위로 확인되므로 동작하는 UDP 쌍이 없을 때만 통화를 싣습니다.',
	'sdp.candidate.priority':
		'priority: type preference {typePreference}, local preference {localPreference}, component {component}. 높은 쌍부터 시도합니다(RFC 8445 §5.1.2.1).',
	'sdp.candidate.addressIpv4': 'IPv4 주소입니다.',
	'sdp.candidate.addressIpv6': 'IPv6 주소입니다.',
	'sdp.candidate.addressMdns':
		'.local로 끝나는 mDNS 이름: 브라우저가 로컬 IP를 무작위 이름 뒤에 숨긴 것이고, 같은 로컬 네트워크에서만 풀 수 있습니다.',
	'sdp.candidate.addressFqdn': '호스트 이름이며, 상대편이 풀어야 합니다.',
	'sdp.candidate.port': '포트 {port}번입니다.',
	'sdp.candidate.portActiveTcp':
		'포트 {port}: active TCP 후보는 연결을 걸기만 해서 listen하는 포트가 없습니다.',
	'sdp.candidate.typeHost': 'host: 이 기기의 네트워크 인터페이스 주소입니다.',
	'sdp.candidate.typeSrflx': 'srflx(server reflexive): STUN 서버가 본 NAT 바깥의 공인 주소입니다.',
	'sdp.candidate.typePrflx': 'prflx(peer reflexive): 상대편의 연결 확인으로 알게 된 주소입니다.',
	'sdp.candidate.typeRelay': 'relay: 미디어를 중계하는 TURN 서버의 주소입니다.',
	'sdp.candidate.raddr':
		'raddr: 관련 주소입니다(RFC 8839 §5.1). srflx와 prflx 후보에서는 그 후보가 나온 로컬 주소(base)이고, relay 후보에서는 TURN 서버가 본 server-reflexive(매핑된) 주소입니다. ICE 자체는 이 값을 쓰지 않으며, 진단용으로만 있습니다.',
	'sdp.candidate.raddrHidden': 'raddr: 로컬 주소가 새지 않도록 브라우저가 숨겼습니다(0.0.0.0).',
	'sdp.candidate.rport': 'rport: 관련 포트입니다.',
	'sdp.candidate.tcpTypeActive': 'tcptype active: 이쪽이 TCP 연결을 엽니다.',
	'sdp.candidate.tcpTypePassive': 'tcptype passive: 이쪽이 TCP 연결을 기다립니다.',
	'sdp.candidate.tcpTypeSo': 'tcptype so: 양쪽이 동시에 연결을 엽니다(simultaneous open).',
	'sdp.candidate.generation':
		'generation {value}: Chrome이 ICE restart 횟수를 세는 값으로, 이전 generation의 후보는 더 이상 쓰지 않습니다.',
	'sdp.candidate.ufrag':
		'ufrag {value}: 이 후보가 속한 ICE username fragment로, ICE generation을 알려 줍니다.',
	'sdp.candidate.networkId': 'network-id {value}: Chrome이 네트워크 인터페이스에 붙인 번호입니다.',
	'sdp.candidate.networkCost':
		'network-cost {value}: Chrome이 매긴 네트워크 비용으로, 낮을수록 우선합니다(Ethernet 0, Wi-Fi 10, 모를 때 50, 5G 250, 4G 500, 그 이전 셀룰러 900 이상, 최대 999).',
	'sdp.attr.ice-ufrag':
		'ICE username fragment({length}자). 양쪽 ufrag를 합쳐 STUN 연결 확인에 쓰고, ufrag가 바뀌면 ICE restart입니다.',
	'sdp.attr.ice-pwd': 'ICE password({length}자)로, STUN 연결 확인의 키입니다.',
	'sdp.attr.ice-options': 'ICE 옵션: {options}.',
	'sdp.iceOption.trickle':
		'trickle: 후보가 description 뒤에 따로 올 수 있습니다(trickle ICE, RFC 8840).',
	'sdp.iceOption.renomination':
		'renomination: controlling 쪽이 나중에 다른 쌍을 다시 nominate할 수 있습니다.',
	'sdp.iceOption.ice2': 'ice2: 이쪽은 RFC 8445의 ICE를 구현합니다.',
	'sdp.attr.ice-lite': 'ICE lite: 서버처럼 연결 확인에 응답만 하고, ICE 진행은 상대편이 맡습니다.',
	'sdp.attr.ice-mismatch': 'ICE mismatch: 기본 주소가 어떤 후보와도 맞지 않았습니다.',
	'sdp.attr.end-of-candidates': 'end-of-candidates: 이 섹션에는 후보가 더 오지 않습니다.',
	'sdp.attr.remote-candidates':
		'remote-candidates: regular nomination ICE에서 controlling 쪽이 고른 후보입니다.',
	'sdp.attr.ice-pacing': 'ICE pacing: 연결 확인 사이 간격 {value} ms.',

	// BUNDLE, mid, DTLS, SCTP
	'sdp.attr.groupBundle':
		'BUNDLE 그룹: 섹션 {mids:가} transport 하나(ICE·DTLS 연결 하나)를 함께 씁니다. {tag:가} tagged 섹션이고, 그 transport를 씁니다.',
	'sdp.attr.groupLs': 'lip-sync 그룹: 섹션 {mids:를} 싱크를 맞춰 재생합니다.',
	'sdp.attr.group': '섹션 {mids}의 "{semantics}" 그룹입니다.',
	'sdp.field.bundleTag': 'mid {mid}: 첫 번째 mid로, BUNDLE tag입니다.',
	'sdp.field.groupMid': 'mid {mid}: 그룹에 속한 섹션입니다.',
	'sdp.attr.mid':
		'media id "{value}": 이 섹션의 이름으로, BUNDLE, msid, transceiver의 mid가 이것을 가리킵니다.',
	'sdp.attr.bundle-only': 'bundle-only: 이 섹션은 BUNDLE 그룹 안에서만 쓸 수 있습니다.',
	'sdp.attr.fingerprint':
		'DTLS 인증서 fingerprint({algorithm}): 시그널링으로 전달되며, 상대편은 해시가 이 값과 같은 인증서의 DTLS 핸드셰이크만 받아들입니다(RFC 5763 §5). 그다음 이 핸드셰이크에서 SRTP 키가 나오므로(RFC 5764 §4.2) 미디어 키는 SDP에 전혀 쓰이지 않습니다.',
	'sdp.field.hashFunction': '해시 함수 {algorithm}.',
	'sdp.field.fingerprint': '인증서 해시를 바이트마다 16진수로 쓴 값입니다.',
	'sdp.attr.setup': 'DTLS 역할: {role}.',
	'sdp.setup.actpass':
		'setup:actpass: 이쪽은 DTLS 역할을 어느 쪽이든 맡을 수 있고, answer가 정합니다. 브라우저는 RFC 5763 §5가 권하는 대로 active로 답하므로(answer와 함께 핸드셰이크를 바로 시작할 수 있습니다), 보통 answer를 보낸 쪽이 DTLS client입니다.',
	'sdp.setup.active': 'setup:active: 이쪽이 DTLS 핸드셰이크를 시작하므로 DTLS client입니다.',
	'sdp.setup.passive': 'setup:passive: 이쪽이 DTLS 핸드셰이크를 기다리므로 DTLS server입니다.',
	'sdp.setup.holdconn': 'setup:holdconn: 지금은 연결하지 않습니다.',
	'sdp.attr.connection': 'connection:{value}: 기존 연결을 다시 쓸지, 새로 연결할지입니다.',
	'sdp.attr.tls-id': 'TLS id {value}: 값이 바뀌면 새 DTLS association입니다.',
	'sdp.attr.sctp-port': '데이터 채널 association의 SCTP 포트 {value}입니다(UDP 포트가 아닙니다).',
	'sdp.attr.max-message-size':
		'이쪽이 받을 수 있는 데이터 채널 메시지의 최대 크기: {value}바이트. 이 줄이 없으면 64 KiB입니다.',
	'sdp.attr.maxMessageSizeUnlimited':
		'max-message-size 0: 이쪽은 크기와 관계없이 데이터 채널 메시지를 받습니다.',
	'sdp.attr.sctpmap': 'RFC 8841 이전 방식으로 쓴 SCTP 포트: {port}.',
	'sdp.field.sctpPort': 'SCTP 포트입니다.',
	'sdp.attr.crypto':
		'SDES 키 {tag}, suite {suite}: SRTP 키를 SDP에 그대로 담아 보냅니다. 이 SDP를 본 사람은 누구나 미디어를 복호화할 수 있어서, WebRTC는 대신 DTLS를 씁니다.',
	'sdp.field.cryptoTag': 'tag: 이 키 제안의 번호로, answer는 고른 tag를 다시 씁니다.',
	'sdp.field.cryptoSuiteAesCm': '{suite}: AES counter mode에 HMAC-SHA1 인증 태그를 붙입니다.',
	'sdp.field.cryptoSuiteGcm': '{suite}: AES-GCM 인증 암호화입니다(RFC 7714).',
	'sdp.field.cryptoKey':
		'master key와 salt를 base64로 쓴 값입니다. 비밀이니 공유하기 전에 가리세요.',
	'sdp.field.cryptoLifetime': '이 키로 보호할 수 있는 패킷 수입니다.',
	'sdp.field.cryptoMki': 'master key identifier와 그 길이(바이트)입니다.',
	'sdp.attr.extmap-allow-mixed':
		'extmap-allow-mixed: 한 스트림에서 one-byte와 two-byte 헤더 확장을 섞어 쓸 수 있어서, 14보다 큰 ID도 쓸 수 있습니다.',

	// 방향과 기타 속성
	'sdp.attr.sendrecv': 'sendrecv: 이쪽은 이 섹션에서 보내고 받습니다.',
	'sdp.attr.sendonly': 'sendonly: 이쪽은 이 섹션에서 보내기만 합니다.',
	'sdp.attr.recvonly': 'recvonly: 이쪽은 이 섹션에서 받기만 합니다.',
	'sdp.attr.inactive': 'inactive: 어느 방향으로도 미디어가 없지만 섹션은 유지합니다.',
	'sdp.attr.x-google-flag':
		'x-google-flag:{value}: Chrome 전용 플래그입니다(화면 공유의 conference 모드).',
	'sdp.attr.label': '레이블: {value}.',
	'sdp.attr.content': '이 미디어의 내용: {value} (main, slides, speaker, sl, alt).',
	'sdp.attr.identity': 'DTLS fingerprint에 대한 신원 증명입니다(WebRTC identity).',
	'sdp.attr.tool': '이 description을 만든 도구: {value}.',
	'sdp.attr.framerate': '최대 비디오 프레임레이트: 초당 {value}프레임.',
	'sdp.attr.sdplang': 'description 텍스트의 언어: {value}.',
	'sdp.attr.lang': '세션 또는 미디어의 언어: {value}.',
	'sdp.attr.charset': '텍스트 필드의 문자 집합: {value}.',
	'sdp.attr.silenceSupp': '묵음 억제 설정: {value}.',

	// 입력 전체의 문제
	'sdp.problem.notText': '텍스트가 아닙니다({type}). SDP는 텍스트입니다.',
	'sdp.problem.tooLarge':
		'입력이 {length}자로, 인스펙터가 읽는 최대 {limit}자를 넘습니다. 실제 description은 훨씬 작으니 붙여 넣은 내용을 확인하세요.',
	'sdp.problem.empty': '입력이 비어 있습니다. v=0으로 시작하는 SDP를 붙여 넣으세요.',
	'sdp.problem.binary':
		'SDP 텍스트가 아니라 바이너리 데이터로 보입니다: {line}번째 줄 {column}번째 글자 {character}.',
	'sdp.problem.internal': '이 입력에서 인스펙터가 실패했습니다({message}). 제보해 주세요.',
	'sdp.problem.mixedLineEndings':
		'줄바꿈이 섞여 있습니다. 앞쪽 줄은 {first}, 이 줄은 {found:로} 끝납니다. 그대로 읽지만, SDP는 CRLF를 씁니다.',
	'sdp.problem.lineEndingLf':
		'줄이 LF로만 끝납니다. 브라우저처럼 그대로 읽지만, RFC 8866은 CRLF를 요구합니다.',
	'sdp.problem.lineEndingCr':
		'줄이 CR로만 끝납니다. 여기서는 읽지만 브라우저는 받아들이지 않을 수 있습니다. SDP는 CRLF를 씁니다.',
	'sdp.problem.noFinalLineEnding':
		'마지막 줄에 줄바꿈이 없습니다. 그대로 읽지만, 마지막 줄도 CRLF로 끝나야 합니다.',

	// 줄의 문제
	'sdp.problem.strayWhitespace': '줄 앞이나 뒤에 공백이 있습니다. 무시하고 읽습니다.',
	'sdp.problem.strayCharacter':
		'{column}번째 글자에 제어 문자({character})가 있습니다. 실제 엔드포인트는 이런 문자를 쓰지 않으니, 복사하다 깨진 흔적일 가능성이 큽니다.',
	'sdp.problem.blankLine': '빈 줄입니다. SDP에는 빈 줄이 없으며, 무시합니다.',
	'sdp.problem.notSdpLine': 'SDP 줄이 아닙니다. 모든 줄은 소문자 한 글자, "=", 값 순서입니다.',
	'sdp.problem.unknownType':
		'알 수 없는 줄 타입 "{type}="입니다. RFC 8866 §5는 이해하지 못하는 타입 글자가 있으면 파서가 description 전체를 무시하거나 거부해야 한다고 합니다(모르는 a= 속성만 그냥 건너뜁니다). 그래서 다른 엔드포인트는 이 SDP를 거부할 수 있습니다. 인스펙터는 계속 읽고 이 줄도 보존합니다.',
	'sdp.problem.missingVersion': 'description은 v=0으로 시작해야 합니다.',
	'sdp.problem.versionNotFirst': 'v=는 첫 줄이어야 합니다.',
	'sdp.problem.outOfOrder':
		'{type}= 순서가 잘못되었습니다. {after}=보다 앞에 와야 합니다(RFC 8866 §5).',
	'sdp.problem.notInMedia': '{type}=는 세션 부분, 즉 첫 m= 줄보다 앞에 와야 합니다.',
	'sdp.problem.duplicateLine': '{type}=는 세션 부분에 한 번만 올 수 있습니다.',
	'sdp.problem.missingLine': '필수인 {type}= 줄이 없습니다. 이 자리에 와야 합니다(RFC 8866 §5).',
	'sdp.problem.malformed': '이 줄은 문법에 맞지 않습니다. 예상한 형식: {expected}',
	'sdp.problem.emptySessionName': '세션 이름이 비어 있습니다. 이름이 없으면 "s=-"로 쓰세요.',
	'sdp.problem.badProfileLevelId': 'profile-level-id "{value}"가 16진수 3바이트가 아닙니다.',
	'sdp.problem.aptUnknown': 'apt={apt:가} 가리키는 payload type이 이 섹션에 없습니다.',
	'sdp.problem.iceCredentialLength':
		'{name:이} {length}자입니다. RFC 8839 §5.4는 {min}–{max}자를 허용합니다.',
	'sdp.problem.iceCredentialChars':
		'{name}에 ICE가 허용하지 않는 문자가 있습니다(영문자, 숫자, "+", "/"만 허용).',
	'sdp.problem.mediaAttributeInSession':
		'a={attribute:는} 세션 부분이 아니라 m-section 안에 있어야 합니다.',
	'sdp.problem.payloadTypeNotInFormats':
		'payload type {payloadType:이} 이 섹션의 m= 줄에 없습니다.',
	'sdp.problem.formatWithoutRtpmap':
		'payload type {payloadType:이} m= 줄에 있지만 a=rtpmap 줄이 없습니다. 동적 payload type에는 rtpmap이 있어야 합니다.',
	'sdp.problem.duplicateMid':
		'mid "{mid}"는 {first}번째 줄의 섹션이 이미 쓰고 있습니다. mid는 겹치면 안 됩니다.',
	'sdp.problem.groupUnknownMid': '{semantics} 그룹에 mid "{mid}"가 있지만, 그런 섹션이 없습니다.',

	// 협상
	'sdp.negotiation.sectionCount':
		'offer의 m-section은 {offered}개, answer는 {answered}개입니다. answer는 m-section 수가 offer와 같아야 합니다(RFC 3264 §6).',
	'sdp.negotiation.kindMismatch':
		'이 자리에 offer는 {offered}, answer는 {answered} 섹션이 있습니다.',
	'sdp.negotiation.midMismatch': '이 자리에 offer는 mid {offered}, answer는 mid {answered}입니다.',
	'sdp.negotiation.acceptedStopped':
		'offer가 섹션 {mid:를} 중지했는데(포트 0), answer가 거절하지 않았습니다.',
	'sdp.negotiation.directionIncompatible':
		'offer의 {offered}에 answer가 {answered:로} 답했습니다. RFC 3264 §6.1에서 허용하지 않는 조합입니다.',
	'sdp.negotiation.codecNotOffered':
		'answer에 offer가 제안한 적 없는 payload type {payloadType} ({codec})이 있습니다.',
	'sdp.negotiation.payloadTypeChanged':
		'{codec:을} offer는 payload type {offered:로}, answer는 {answered:로} 썼습니다. JSEP answer는 offer의 번호를 그대로 씁니다.',
	'sdp.negotiation.noCommonCodec':
		'offer와 answer 양쪽에 있는 {kind} 코덱이 없어서 이 섹션으로는 미디어를 보낼 수 없습니다.',
	'sdp.negotiation.answerActpass':
		'answer가 setup:actpass입니다. actpass는 offer만 쓸 수 있고, answer는 active나 passive를 골라야 합니다.',
	'sdp.negotiation.setupMissing': 'answer에 a=setup 줄이 없어서 DTLS 역할이 정해지지 않았습니다.',
	'sdp.negotiation.setupConflict':
		'양쪽 모두 setup:{role}입니다. 한쪽은 active, 다른 쪽은 passive여야 합니다.',
	'sdp.negotiation.extensionNotOffered': 'answer가 offer에 없던 헤더 확장 {uri:를} 씁니다.',
	'sdp.negotiation.simulcastDeclined':
		'offer는 섹션 {mid}에서 simulcast로 보내려 했지만 answer에 a=simulcast가 없습니다. 레이어 하나만 보냅니다.',
	'sdp.negotiation.bundleNotOffered':
		'answer의 BUNDLE 그룹에 offer가 묶지 않은 mid {mid:가} 있습니다.',

	// 비교
	'sdp.diff.versionBumped':
		'세션 버전 {from} → {to}: description이 바뀌어 {bump}만큼 올라갔습니다.',
	'sdp.diff.versionBumpedNoChange': '세션 버전 {from} → {to}. 다른 내용은 바뀌지 않았습니다.',
	'sdp.diff.versionSame': '세션 버전은 둘 다 {from}이고, 바뀐 내용도 없습니다.',
	'sdp.diff.versionNotBumped':
		'내용이 바뀌었는데 세션 버전은 {from} 그대로입니다. RFC 3264 §8은 버전을 올리라고 합니다.',
	'sdp.diff.versionDecreased':
		'세션 버전이 {from} → {to:로} 내려갔습니다. 버전은 올라가기만 해야 합니다.',
	'sdp.diff.otherSession':
		'o= 세션 ID가 다릅니다. 한 세션의 두 버전이 아니라 서로 다른 세션입니다.',
	'sdp.diff.versionUnknown': '세션 버전을 비교할 수 없습니다(o= 줄이 없거나 형식이 잘못됨).',
	'sdp.field.payloadTypeReserved':
		'payload type {payloadType}: 정적 범위에 있지만 RFC 3551 §6이 예약했거나 비워 둔 번호(1, 2, 19–24, 27, 29, 30)라서, 의미는 이 rtpmap 줄로만 정해집니다.'
} as const satisfies Record<SdpMessageKey, string>;
