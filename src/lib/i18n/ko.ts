import type { MessageKey } from './en';

/**
 * 한국어 카탈로그. 용어는 glossary.ts의 용어집을 따르고(후보, 피어, 시그널링, 트랙 …), API 이름과
 * offer/answer 같은 API 낱말은 코드에 쓰인 대로 둔다.
 */
export const ko = {
	'app.name': 'Peerscope',
	'app.tagline': '실제 WebRTC 통화를 한 단계씩 보여 주고 설명합니다.',
	'nav.home': '처음으로',
	'nav.walkthrough': '단계별 실습',
	'nav.skip': '본문으로 건너뛰기',
	'lang.label': '언어',
	'inspector.title': 'SDP 인스펙터',
	'inspector.intro':
		'어떤 SDP든 붙여 넣거나, 끌어다 놓거나, 파일로 여세요. 이 실습, 다른 브라우저, SIP 장치, 미디어 서버, 로그 파일 어디서 온 것이든 됩니다. 모든 줄을 보존하고 설명하며, 내용은 이 페이지 밖으로 나가지 않습니다.',
	'inspector.input': 'SDP 텍스트',
	'inspector.inputB': '두 번째 SDP (answer, 또는 비교할 다른 버전)',
	'inspector.open': '파일 열기',
	'inspector.drop': '또는 여기에 파일을 끌어다 놓기',
	'inspector.clear': '지우기',
	'inspector.example': '예제 불러오기',
	'inspector.fileTooLarge':
		'{name} 파일은 {size}바이트입니다. 인스펙터는 최대 {limit}바이트까지 읽습니다.',
	'inspector.fileUnreadable': '{name} 파일을 읽지 못했습니다: {error}',
	'inspector.tabLines': '줄별 설명',
	'inspector.tabStructure': '구조',
	'inspector.tabNegotiation': '협상 결과',
	'inspector.tabDiff': '비교',
	'inspector.views': '보기',
	'inspector.mask': '주소, ICE 자격 증명, fingerprint 가리기',
	'inspector.copySdp': 'SDP 복사',
	'inspector.copyJson': '파싱한 JSON 복사',
	'inspector.copied': '복사했습니다.',
	'inspector.copyFailed': '복사하지 못했습니다: {error}',
	'inspector.lineCount': '{lines}줄, 줄바꿈 {ending}',
	'inspector.problems': '문제',
	'inspector.noProblems': '문제가 없습니다.',
	'inspector.line': '{n}번째 줄',
	'inspector.wholeInput': '입력 전체',
	'inspector.selectLine': '줄을 선택하면 의미가 보입니다.',
	'inspector.reference': '정의',
	'inspector.fields': '필드',
	'inspector.field': '필드',
	'inspector.value': '값',
	'inspector.meaning': '의미',
	'inspector.session': '세션',
	'inspector.media': '미디어 섹션',
	'inspector.codecs': '코덱',
	'inspector.extensions': '헤더 확장',
	'inspector.ssrcs': 'SSRC',
	'inspector.candidates': '후보',
	'inspector.rejected': '거절됨 (포트 0)',
	'inspector.col.codec': '코덱',
	'inspector.col.clock': '클럭 속도',
	'inspector.col.channels': '채널 수',
	'inspector.bundled': 'BUNDLE됨',
	'inspector.notBundled': 'BUNDLE 안 됨',
	'inspector.empty': '위에 SDP를 붙여 넣으면 분석합니다.',
	'inspector.needTwo': '두 번째 SDP를 붙여 넣으면 협상 결과와 비교를 볼 수 있습니다.',
	'inspector.openInspector': '분석',
	'inspector.openLabel': '피어 {peer}의 {which} 분석',
	'inspector.close': '닫기',
	'inspector.offer': 'offer',
	'inspector.answer': 'answer',
	'inspector.before': '이전',
	'inspector.after': '이후',
	'inspector.kept': '유지',
	'inspector.direction': '방향',
	'inspector.dtls': 'DTLS 역할',
	'inspector.result': '결과',
	'inspector.remoteSource': 'remote description',
	'inspector.remoteReceived': '시그널링으로 받은 그대로',
	'inspector.remoteReported': '이 브라우저가 보고하는 그대로 (pc.remoteDescription)',
	'inspector.remoteSame': '두 사본의 줄이 같습니다.',
	'inspector.remoteDiffers': '브라우저의 사본은 시그널링으로 받은 것과 {lines}줄이 다릅니다.',
	'inspector.remoteWhy':
		'브라우저는 받은 텍스트를 그대로 간직하지 않습니다. pc.remoteDescription은 브라우저가 적용한 description을 자기 방식으로 다시 직렬화한 것이며, 나중에 trickle로 도착한 후보도 더해집니다. Chromium은 Firefox offer의 o= 줄을 자기 것으로 바꿔 쓰고, Firefox는 Chromium의 AV1 a=fmtp 줄을 바꿔 씁니다(level-idx=5;profile=0;tier=0이 profile=5;tier=0이 됩니다). 협상 결과는 실제로 주고받은 것, 즉 시그널링으로 받은 사본으로 판단합니다.',
	'inspector.remoteShowDiff': '브라우저가 바꾼 부분 보기',
	'nav.sdp': 'SDP 인스펙터',

	'landing.title': 'WebRTC가 하는 일을 한 단계씩 살펴보기',
	'landing.intro':
		'Peerscope는 이 페이지 안의 두 피어(peer) 사이에서 실제 WebRTC 통화를 진행하고, API 호출이 끝날 때마다 멈춰서 무슨 일이 왜 일어났는지 보여 줍니다. 흉내 낸 것은 없습니다. offer, answer, ICE 후보(candidate), 영상 모두 여러분의 브라우저가 직접 만든 것입니다.',
	'landing.start': '단계별 실습 시작하기',
	'landing.whatTitle': 'WebRTC란?',
	'landing.what':
		'Web Real-Time Communications는 별도의 소프트웨어 없이 음성, 영상, 텍스트, 파일 등의 데이터를 브라우저끼리 직접 주고받을 수 있게 만든 기술입니다. P2P 통신에 최적화되어 있으며 주요 API는 세 가지입니다.',
	'landing.api.mediaStream':
		'MediaStream: 오디오와 비디오 트랙(track)을 담는 스트림(stream)입니다. 카메라와 마이크를 요청하는 것은 getUserMedia()이고, 그 결과로 MediaStream을 받습니다.',
	'landing.api.peerConnection':
		'RTCPeerConnection: 연결 자체를 담당합니다. 암호화, 대역폭 관리, 오디오/비디오 전송을 맡습니다.',
	'landing.api.dataChannel':
		'RTCDataChannel: 그 밖의 데이터를 텍스트든 바이너리든(문자열, ArrayBuffer, Blob) 같은 연결로 주고받습니다.',
	'landing.phasesTitle': '통화의 네 단계',
	'landing.noCamera':
		'교실에 카메라가 없나요? 합성 소스를 고르세요. 페이지에서 만든 움직이는 그림과 소리가 실제 통화를 거쳐 전달됩니다.',
	'landing.keyboard': '키보드: → 다음 단계, R 모두 실행, Esc 초기화',

	'phase.fetching.title': '가져오기',
	'phase.fetching.summary':
		'피어에게 보낼 나의 음성, 영상 데이터를 수집합니다. getUserMedia로 카메라와 마이크를 요청합니다.',
	'phase.signaling.title': '시그널링',
	'phase.signaling.summary':
		'두 피어가 스스로 고른 채널로 세션 description(SDP, Session Description Protocol: offer와 answer)을 주고받아, 각자 상대가 무엇을 보내고 받을 수 있는지 알게 됩니다. 이 교환을 시그널링(signaling)이라고 합니다.',
	'phase.connection.title': '연결',
	'phase.connection.summary':
		'ICE(Interactive Connectivity Establishment)가 네트워크 주소(후보)의 쌍(pair)을 동작하는 쌍이 나올 때까지 시험하고, 그다음 DTLS가 암호화 키를 정합니다. 이제 채널이 열립니다.',
	'phase.communication.title': '통신',
	'phase.communication.summary':
		'열린 연결을 통해 미디어와 데이터를 주고받습니다. 상대 영상이 재생되고 데이터 채널 메시지가 도착합니다.',
	'phase.iceFailed.title': 'ICE 실패',

	'step.getUserMedia.title': '로컬 미디어 가져오기',
	'step.getUserMedia.what':
		'브라우저에 카메라와 마이크 스트림을 요청합니다. 브라우저는 사용자에게 허락을 구할 수 있습니다. 성공하면 promise가 MediaStream을 돌려주고, 실패하면 NotAllowedError처럼 이름이 있는 오류(error)로 끝납니다.',
	'step.getUserMedia.done':
		'로컬 스트림이 준비되었습니다. 이 트랙들이 피어 A에 추가되고, 화면은 피어 A 영역에 나타납니다.',
	'step.createPeerConnections.title': '두 개의 피어 연결 만들기',
	'step.createPeerConnections.what':
		'피어마다 RTCPeerConnection을 만듭니다. loopback 통화에는 STUN(Session Traversal Utilities for NAT)이나 TURN(Traversal Using Relays around NAT) 서버가 필요 없으므로 설정에 ICE 서버가 없습니다.',
	'step.createPeerConnections.done':
		'두 연결이 만들어졌습니다. 아직 협상(negotiation)한 것이 없어 signalingState는 "stable"입니다.',
	'step.addTrack.title': '피어 A에 트랙 추가하기',
	'step.addTrack.what':
		'로컬 트랙을 하나씩 피어 A에 붙입니다. addTrack은 같은 종류이면서 한 번도 보내는 데 쓰이지 않은 transceiver가 있으면 그것을 다시 쓰고, 없으면 새로 만듭니다(RTP sender와 receiver 한 쌍, webrtc-pc §5.1). offer는 transceiver마다 m= 섹션 하나로 설명합니다.',
	'step.addTrack.done':
		'피어 A에 트랙마다 transceiver가 생겼습니다. 아직 합의한 것이 없어 전송은 시작되지 않았습니다.',
	'step.createDataChannel.title': '데이터 채널 만들기',
	'step.createDataChannel.what':
		'피어 A에 "chat"이라는 데이터 채널(data channel)을 엽니다. 첫 데이터 채널이 다음 offer에 application m= 섹션(DTLS 위의 SCTP)을 추가하고, 그 뒤의 채널은 같은 SCTP association을 함께 쓰므로 다시 협상할 필요가 없습니다. 연결이 맺어지면 채널이 열립니다.',
	'step.createDataChannel.done': '채널이 readyState "connecting" 상태로 만들어졌습니다.',
	'step.createOffer.title': 'offer 만들기',
	'step.createOffer.what':
		'피어 A가 offer를 작성합니다. 미디어 섹션, 코덱(codec), ICE 자격 증명(credentials), 곧 ufrag와 pwd, DTLS fingerprint가 담긴 SDP 텍스트입니다.',
	'step.createOffer.done':
		'offer가 만들어졌지만 아직 바뀐 것은 없습니다. local description으로 설정해야 효력이 생깁니다.',
	'step.setLocalOffer.title': 'offer를 로컬에 적용하기',
	'step.setLocalOffer.what':
		'피어 A가 자신의 offer를 적용합니다. signalingState가 "have-local-offer"가 되고 ICE 후보 수집이 시작됩니다.',
	'step.setLocalOffer.done':
		'피어 A가 ICE 후보를 수집하고 있습니다. 후보는 찾는 즉시 피어 B에게 보내지고(trickle ICE) 시그널링 레인에서 기다립니다.',
	'step.sendOffer.title': 'offer 보내기',
	'step.sendOffer.what':
		'offer가 시그널링 채널을 통해 전달됩니다. WebRTC는 이 채널을 정하지 않습니다. 여기서는 페이지 안에서 전달하지만, 두 기기라면 WebSocket 서버나 복사-붙여넣기도 쓸 수 있습니다.',
	'step.sendOffer.done': 'offer가 피어 B에 도착해 레인에서 기다립니다.',
	'step.setRemoteOffer.title': '피어 B가 offer 적용하기',
	'step.setRemoteOffer.what':
		'피어 B가 setRemoteDescription()으로 피어 A의 제안을 받아들입니다. signalingState가 "have-remote-offer"가 되고, 이제 피어 A의 ICE 후보를 받을 수 있습니다.',
	'step.setRemoteOffer.done':
		'피어 B가 피어 A의 미디어, 코덱, ICE 자격 증명을 알게 되었습니다. 트랙 이벤트가 발생해 피어 B가 오디오와 비디오를 받게 됩니다.',
	'step.createAnswer.title': 'answer 만들기',
	'step.createAnswer.what':
		'피어 B가 createAnswer()로 answer SDP를 만듭니다. offer의 m= 섹션마다 양쪽이 지원하는 코덱, 자신의 방향, ICE 자격 증명, DTLS 역할을 고릅니다.',
	'step.createAnswer.done':
		'answer가 만들어졌습니다. 피어 B의 local description으로 설정해야 효력이 생깁니다.',
	'step.setLocalAnswer.title': '피어 B가 자신의 answer 적용하기',
	'step.setLocalAnswer.what':
		'피어 B가 answer를 적용하고 "stable"로 돌아갑니다. 자신의 후보를 수집하기 시작하고, 이미 받은 후보와 쌍을 만들어 확인합니다.',
	'step.setLocalAnswer.done':
		'피어 B가 후보를 수집하고 있으며, 이 후보는 레인을 거쳐 피어 A로 갑니다. 이제 피어 B의 transceiver에 currentDirection이 채워졌습니다. direction은 애플리케이션이 요청한 방향이고, currentDirection은 이번 offer/answer 교환으로 정해진 방향이며 교환 전에는 null입니다(webrtc-pc §5.4). 피어 A의 값은 answer를 적용할 때 채워집니다.',
	'step.sendAnswer.title': 'answer 보내기',
	'step.sendAnswer.what': 'answer가 시그널링 채널을 통해 피어 A에게 돌아갑니다.',
	'step.sendAnswer.done': 'answer가 피어 A에 도착했습니다.',
	'step.setRemoteAnswer.title': '피어 A가 answer 적용하기',
	'step.setRemoteAnswer.what':
		'피어 A가 피어 B의 선택을 알게 됩니다. 두 피어 모두 "stable"이 되어 offer/answer 교환이 끝납니다.',
	'step.setRemoteAnswer.done':
		'협상이 끝났습니다. 남은 것은 네트워크입니다. ICE가 동작하는 후보 쌍을 찾아야 합니다.',
	'step.connect.title': '연결: ICE 확인과 DTLS',
	'step.connect.what':
		'각 피어가 자신의 후보와 상대 후보로 쌍을 만들고 STUN 연결 확인(connectivity check)을 보냅니다. 동작하는 쌍이 생기면 그 위에서 DTLS가 키를 교환합니다. 단계 모드에서는 레인에 기다리는 후보를 전달하세요.',
	'step.connect.done': '두 피어 모두 connectionState "connected"를 알립니다.',
	'step.communicate.title': '통신하기',
	'step.communicate.what':
		'미디어가 흐릅니다. 피어 B가 피어 A의 영상을 재생합니다. 데이터 채널이 열렸으니 한쪽에서 메시지를 입력하면 다른 쪽에 나타납니다.',
	'step.communicate.done': '통화가 연결되었습니다.',

	'walk.title': '단계별 실습',
	'walk.controls': '실습 조작',
	'walk.next': '다음 단계',
	'walk.runAll': '모두 실행',
	'walk.stepMode': '단계 모드',
	'walk.reset': '초기화',
	'walk.hangUp': '통화 끊기',
	'walk.modeStep': '단계 모드: 클릭 한 번에 호출 하나.',
	'walk.modeRun': '자동 실행 모드: 남은 단계가 알아서 진행됩니다.',
	'walk.nextCall': '다음 호출',
	'walk.inFlight': '실행 중',
	'walk.waiting': '브라우저를 기다리는 중',
	'walk.lastStep': '방금 일어난 일',
	'walk.changed': '바뀐 값',
	'walk.nothingChanged': '바뀐 상태 값이 없습니다.',
	'walk.shortcuts': '키보드: → 다음 단계 · R 모두 실행 · Esc 초기화',
	'walk.phases': '단계',
	'walk.established': '통화가 연결되었습니다.',
	'walk.deliverHint':
		'ICE에는 적어도 한쪽의 후보가 필요합니다. 시그널링 레인에서 기다리는 후보를 “전달” 또는 “모두 전달”로 넘겨 주세요. 한 방향이면 충분합니다. 그러면 다른 피어는 도착하는 연결 확인에서 상대 주소를 peer-reflexive 후보로 배우기 때문입니다(RFC 8445 §7.3.1.3).',

	'peer.A': '피어 A (발신)',
	'peer.B': '피어 B (수신)',
	'peer.localVideo': '피어 A의 로컬 영상',
	'peer.remoteVideo': '피어 B가 받은 원격 영상',
	'peer.noVideo': '아직 영상이 없습니다',
	'peer.notCreated':
		'아직 만들어지지 않았습니다. new RTCPeerConnection()은 시그널링 단계에서 호출됩니다.',
	'peer.states': '상태 값',
	'peer.localDescription': 'local description',
	'peer.remoteDescription': 'remote description',
	'peer.transceivers': 'transceiver',
	'peer.none': '없음',
	'peer.dataChannel': '데이터 채널',

	'source.title': '미디어 소스',
	'source.devices': '카메라와 마이크',
	'source.synthetic': '합성 소스 (움직이는 그림과 소리)',
	'source.camera': '카메라',
	'source.microphone': '마이크',
	'source.default': '기본 장치',
	'source.refresh': '장치 목록 새로 고침',
	'source.unnamed': '장치 {n}',
	'source.labelsHidden': '권한을 허용하면 장치 이름이 보입니다.',

	'lane.title': '시그널링 레인',
	'lane.explain':
		'피어 사이를 오가는 메시지입니다. 단계 모드에서는 ICE 후보가 여기서 전달을 기다립니다. 피어는 setRemoteDescription 이후에만 후보를 받을 수 있습니다.',
	'lane.empty': '전달 중인 메시지가 없습니다.',
	'lane.deliver': '전달',
	'lane.deliverLabel': '메시지 {id:를} 피어 {peer}에게 전달',
	'lane.deliverAll': '모두 전달',
	'lane.waitRemote': '대기: 피어 {peer}에 아직 remote description이 없습니다',
	'lane.endOfCandidates': '후보 수집 끝 (end-of-candidates)',
	'lane.inTransit': '전송 중',
	'lane.arrived': '도착',
	'lane.applying': '적용 중',
	'lane.sdpLines': 'SDP {n}줄',

	'chat.title': '데이터 채널 채팅',
	'chat.label': '피어 {peer}의 메시지',
	'chat.send': '보내기',
	'chat.empty': '아직 메시지가 없습니다.',
	'chat.notOpen': '데이터 채널은 통신 단계에서 열립니다.',
	'chat.from': '피어 {peer}',

	'timeline.title': '타임라인',
	'timeline.explain': '모든 호출, 이벤트, 시그널링 메시지를 시작 후 경과 시간과 함께 기록합니다.',
	'timeline.empty': '아직 기록된 것이 없습니다.',
	'timeline.payload': '내용',
	'timeline.statesAt': '이 순간의 상태 값',
	'timeline.select': '항목을 선택하면 내용이 보입니다.',
	'timeline.noPayload': '내용 없음',

	'timeline.peer': '피어 {peer}',
	'log.call.start': '{name}() 시작',
	'log.call.success': '{name}() 성공',
	'log.call.error': '{name}() 오류: {error}',
	'log.call.errorBare': '{name}() 오류',
	'log.event': 'on{name} 이벤트',
	'log.signal.sent': '{message} 보냄 {from} → {to}',
	'log.signal.received': '{message} 받음 {from} → {to}',
	'log.signal.applied': '{message} 적용 {from} → {to}',
	'log.message.offer': 'offer',
	'log.message.answer': 'answer',
	'log.message.candidate': '후보',
	'log.candidateEnd': '수집 끝',
	'log.sdpNote': '(SDP {length}자, 아래에 표시)',
	'sequence.arrow': '{message} {detail}: {from} → {to}, {time}',

	'sequence.title': '시퀀스 다이어그램',
	'sequence.explain':
		'타임라인으로 그린 그림입니다. 화살표 하나가 시그널링 채널로 보내거나 채널에서 전달된 메시지 하나입니다. 화살표를 선택하면 내용이 보입니다.',
	'sequence.signaling': '시그널링',
	'sequence.empty': '아직 시그널링 메시지가 없습니다.',

	'states.title': '브라우저 자체의 상태 머신',
	'states.explain':
		'이 RTCPeerConnection이 알려 주는 값을 W3C webrtc-pc가 정의한 상태 머신으로 그렸습니다. 현재 상태가 표시되고, 마지막 변화가 지난 전이와 다음에 일어날 수 있는 일이 함께 나옵니다.',
	'states.current': '현재',
	'states.last': '마지막 전이: {from} → {to}, 원인: {via}.',
	'states.lastNone': '아직 전이가 없습니다. 첫 상태 그대로입니다.',
	'states.unlisted': '이 표에 없는 변화',
	'states.next': '여기서 갈 수 있는 곳:',
	'states.nextNone': '없음. closed는 마지막 상태입니다.',
	'states.cause.checking': '상대 후보가 도착해 연결 확인이 시작됨',
	'states.cause.pairWorks': '후보 쌍 하나가 연결 확인에 응답함',
	'states.cause.allPairsFailed': '모든 쌍이 실패했고 더 올 후보도 없음',
	'states.cause.completed': '연결 확인이 끝났고 후보 수집도 끝남',
	'states.cause.consentLost': '몇 초 동안 아무것도 오지 않음: consent 확인(RFC 7675)에 응답이 없음',
	'states.cause.recovered': '선택된 쌍으로 패킷이 다시 도착함',
	'states.cause.gaveUp': 'consent가 만료되었거나(30초, RFC 7675) 동작하는 쌍이 더 없음',
	'states.cause.connecting': 'ICE가 연결 확인 중이거나 DTLS가 핸드셰이크 중',
	'states.cause.dtlsConnected': 'ICE가 쌍을 찾았고 그 위에서 DTLS 핸드셰이크가 끝남',
	'states.cause.connectingFailed': 'ICE나 DTLS 핸드셰이크가 실패함',
	'states.note.signalingState':
		'signalingState는 offer/answer 교환만 따라갑니다(webrtc-pc §4.3.1). 두 description을 모두 설정하고 "stable"로 돌아와도 네트워크에 대해서는 아무것도 알려 주지 않습니다. 미디어가 흐를 수 있는지는 아래 두 상태 머신에 나타납니다.',
	'states.note.iceConnectionState':
		'iceConnectionState는 ICE만의 상태로, 후보 쌍이 연결 확인에 응답하는지를 나타냅니다(webrtc-pc §4.3.3). 한 피어는 "controlling", 다른 피어는 "controlled"입니다. 두 쪽 모두 full ICE이면 시작한 쪽, 곧 offer를 만든 쪽(여기서는 피어 A)이 제어합니다(RFC 8445 §6.1.1). 그 피어의 연결 확인에는 ICE-CONTROLLING이 붙고, USE-CANDIDATE를 붙인 연결 확인으로 쌍을 지명(nominate)해 쓸 쌍을 고릅니다(§8.1.1). controlled 피어는 지명된 쌍을 씁니다. 연결된 뒤에도 양쪽은 5초쯤마다 STUN Binding 요청으로 계속 동의(consent)를 구합니다(consent freshness, RFC 7675 §5.1). 몇 초 동안 응답이 없으면 "disconnected"로 보이고, 30초가 지나면 동의가 만료되어 전송을 멈춥니다("failed").',
	'states.note.connectionState':
		'connectionState는 ICE 위에 DTLS를 더한 상태입니다(webrtc-pc §4.3.3). ICE가 동작하는 쌍을 찾고 그 쌍 위의 DTLS 핸드셰이크까지 끝나야 "connected"가 되므로, iceConnectionState가 먼저 connected가 됩니다. DTLS 역할은 a=setup으로 정해집니다. offer는 actpass라고 쓰고 브라우저는 active로 응답하므로, answer를 만든 쪽(여기서는 피어 B)이 DTLS 클라이언트가 되어 핸드셰이크를 시작합니다(RFC 5763 §5). 양쪽은 받은 인증서의 해시가 시그널링으로 받은 a=fingerprint와 같을 때만 그 인증서를 받아들이고(RFC 8122 §5), 그다음 핸드셰이크에서 SRTP 키를 만들어 냅니다(RFC 5764 §4.2). 미디어 키는 SDP에 전혀 나오지 않습니다.',

	'misconception.title': '흔한 오해',
	'misconception.sdpIsMedia.claim': '“SDP는 스트리밍 미디어 포맷이다.”',
	'misconception.sdpIsMedia.truth':
		'SDP는 세션을 설명하는 텍스트입니다. 미디어 섹션, 코덱, ICE 자격 증명, DTLS fingerprint가 담깁니다. 이 offer를 열어 보면 오디오나 비디오는 전혀 들어 있지 않습니다. 미디어는 나중에 ICE가 찾은 경로로 SRTP 패킷이 되어 오갑니다(RFC 8866 §1, RFC 3711).',
	'misconception.gatheringBeforeOffer.claim': '“ICE 후보는 createOffer 전에 교환한다.”',
	'misconception.gatheringBeforeOffer.truth':
		'후보 수집은 offer를 setLocalDescription으로 적용할 때 시작됩니다. 이 단계 전까지 피어 A에는 후보가 없었고, offer도 후보 없이 만들어졌습니다. 이제 후보는 찾는 즉시 하나씩 상대 피어에게 갑니다(trickle ICE). 더 일찍 수집하는 것은 iceCandidatePoolSize뿐입니다(webrtc-pc, setLocalDescription; RFC 9429 §3.5.4).',
	'misconception.onIceCandidateMethod.claim':
		'“onIceCandidate()는 내 후보를 얻으려고 호출하는 메서드다.”',
	'misconception.onIceCandidateMethod.truth':
		"icecandidate는 브라우저가 일으키는 이벤트입니다. 페이지는 pc.onicecandidate를 정하고(또는 addEventListener('icecandidate', …)) event.candidate를 하나씩 상대 피어에게 보냅니다. event.candidate가 null인 마지막 이벤트가 수집이 끝났다는 뜻입니다. 호출하는 메서드는 받는 쪽의 addIceCandidate()입니다(webrtc-pc, RTCPeerConnectionIceEvent).",
	'misconception.connectedAfterRemoteDescription.claim':
		'“양쪽이 setRemoteDescription을 호출하면 연결이 성공한다.”',
	'misconception.connectedAfterRemoteDescription.truth':
		'두 피어 모두 "stable"로 돌아와 협상은 끝났지만, 아직 아무것도 연결되지 않았습니다. connectionState는 여전히 "new"나 "connecting"입니다. ICE가 동작하는 후보 쌍을 찾고 그 위에서 DTLS 핸드셰이크가 끝나야 하며, 연결되었다고 알려 주는 것은 connectionState "connected"뿐입니다(webrtc-pc, RTCPeerConnectionState).',
	'misconception.stunReachability.claim': '“STUN은 내가 접근 가능한지 알려 준다.”',
	'misconception.stunReachability.truth':
		'STUN Binding 응답이 알려 주는 것은 하나입니다. 서버가 본 요청의 출발 주소와 포트, 곧 server-reflexive 주소입니다(XOR-MAPPED-ADDRESS, RFC 8489 §14.2). 상대 피어가 그 주소에 닿을 수 있는지는 알려 주지 않습니다. 그것은 두 피어가 서로 보내는 연결 확인, 곧 이 단계가 하는 일만 알려 줍니다(RFC 8445 §7).',
	'misconception.mediaStreamIsDeviceAccess.claim':
		'“MediaStream은 카메라와 마이크에 접근하는 API다.”',
	'misconception.mediaStreamIsDeviceAccess.truth':
		'장치를 요청하고 사용자에게 허락을 구하는 것은 getUserMedia()입니다. 그 결과로 받은 MediaStream은 트랙을 담는 그릇일 뿐이고, 여기서는 장치마다 트랙이 하나씩 있으며 피어 A 영역에 지금 보입니다. 스트림은 합성 소스처럼 canvas에서 오기도 하고, ontrack으로 상대 피어에게서 오기도 합니다(W3C mediacapture-streams, MediaStream과 getUserMedia; webrtc-pc, RTCTrackEvent).',
	'misconception.dataChannelTextOnly.claim': '“RTCDataChannel은 JSON이나 텍스트를 주고받는다.”',
	'misconception.dataChannelTextOnly.truth':
		'send()는 문자열, Blob, ArrayBuffer, ArrayBufferView를 받습니다. 문자열은 텍스트로, 나머지는 바이너리로 도착합니다(webrtc-pc, RTCDataChannel send()). JSON은 애플리케이션이 텍스트로 쓰기로 한 것일 뿐입니다. 파일도 통화 페이지처럼 바이너리 조각으로 이렇게 보냅니다. 채널마다 순서를 지키지 않거나 잃어버린 메시지를 포기하게 할 수도 있으며(ordered, maxRetransmits), DTLS 위의 SCTP로 전달됩니다(RFC 8831).',

	'diagram.title': '생명주기 상태 머신',
	'diagram.explain':
		'이 페이지를 움직이는 상태 머신을 그 정의에서 그대로 그린 그림입니다. 상태들과 그 사이의 전이, 전이를 일으키는 이벤트, 실패로 가는 전이가 보입니다. 상태를 선택하면 그 상태가 하는 일을 읽을 수 있습니다.',
	'diagram.failed': '실패',
	'diagram.closed': '종료',
	'diagram.current': '현재',
	'diagram.iceFailed': 'ICE 실패',
	'diagram.running': '진행 중',
	'diagram.lane': '후보 레인 ∥',
	'diagram.laneExplain': '후보 레인: 피어마다 하나씩, 단계들과 병렬로 도는 자식 머신',
	'diagram.enteredBy': '어느 상태에서든 다음 이벤트로 처음부터 다시 시작합니다: {events}',
	'diagram.lastTransition': '마지막 전이: {from} → {to}, 이벤트: {events}',
	'diagram.passed': '(지난 갱신 뒤로 전이 {n}개가 더 일어났으며 진하게 표시됩니다.)',
	'diagram.noTransition': '아직 일어난 전이가 없습니다.',
	'diagram.transitions': '이 상태에서 나가는 전이',
	'diagram.inner': '내부 상태',
	'diagram.anyState': '진행 중인 모든 상태에서',
	'diagram.select': '{state}: 이 상태가 하는 일 보기',
	'diagram.legend': '범례',
	'diagram.legend.flow': '다음 단계',
	'diagram.legend.failure': '실패',
	'diagram.legend.renegotiation': '다시 협상(ICE 재시작, 새 offer)',
	'diagram.legend.recovery': '복구',
	'diagram.state.iceFailed':
		'두 기기 사이의 통화에서 ICE가 실패했습니다. 통화는 실패로 표시되지만 피어 연결은 열린 채로 남습니다. 발신자는 ICE를 재시작할 수 있고(새 ICE 자격 증명을 담은 새 offer), 수신자는 여기서 새 offer를 받습니다.',
	'diagram.state.failed':
		'호출이 거부되었거나, 메시지가 제시간에 도착하지 않았거나, 연결이 실패했습니다. 머신은 호출과 오류를 보여 주며 재설정할 때까지(getUserMedia 실패 뒤에는 합성 소스를 고를 때까지) 여기에 머뭅니다.',
	'diagram.state.closed': '통화 종료: 이 페이지가 실행하는 모든 피어 연결을 pc.close()로 닫습니다.',
	'diagram.state.lane.idle':
		'한 피어에게 가는 후보들을 담아 둡니다. 그 피어에 remote description이 생기기 전에는 닫혀 있고, 그 뒤에는 요청에 따라 하나, 고른 것 하나, 또는 모두를 전달하며, 자동 실행 모드에서는 도착하는 대로 전달합니다.',
	'diagram.state.lane.applying':
		'받는 피어에서 후보 하나로 addIceCandidate를 호출한 뒤 다시 기다립니다.',
	'diagram.state.lane.failed':
		'addIceCandidate가 거부되었습니다. 레인이 단계별 실습 머신에 알리고(call.failed), 머신은 실패 상태로 갑니다.',

	'failure.title': '통화에 실패했습니다',
	'failure.call': '호출',
	'failure.error': '오류',
	'failure.cause': '예상 원인',
	'failure.useSynthetic': '대신 합성 소스 사용하기',
	'closed.title': '통화 종료',
	'closed.text':
		'pc.close()로 두 피어 연결을 닫고 트랙을 멈췄습니다. 다시 시작하려면 초기화하세요.',

	'cause.media.notAllowed':
		'카메라나 마이크 사용 권한이 거부되었습니다(NotAllowedError). 사용자, 브라우저 설정, 사이트 정책 중 하나가 막았습니다. 주소창에서 허용하거나 합성 소스를 사용하세요.',
	'cause.media.notFound':
		'요청에 맞는 카메라나 마이크가 없습니다(NotFoundError). 연결된 장치가 없거나 고른 장치가 분리되었습니다. 합성 소스를 사용하세요.',
	'cause.media.notReadable':
		'장치는 있지만 시작할 수 없습니다(NotReadableError). 다른 프로그램이 사용 중이거나 운영체제가 막고 있을 수 있습니다.',
	'cause.media.overconstrained':
		'조건을 만족하는 장치가 없습니다(OverconstrainedError). 예: 더 이상 없는 deviceId.',
	'cause.media.typeError': '오디오도 비디오도 요청하지 않았습니다(TypeError).',
	'cause.invalidState':
		'잘못된 상태에서 호출했습니다(InvalidStateError). 예: 로컬 offer 없이 setRemoteDescription(answer)을 호출하거나 닫힌 연결에 호출한 경우.',
	'cause.invalidAccess':
		'description이 현재 협상과 맞지 않습니다(InvalidAccessError). 예: m= 섹션이 offer와 다른 answer.',
	'cause.operation':
		'브라우저가 description을 적용하지 못했습니다(OperationError). SDP 형식이 잘못되었거나 이 브라우저가 할 수 없는 것을 요구합니다.',
	'cause.candidate.operation':
		'후보를 추가하지 못했습니다(OperationError). 형식이 잘못되었거나 다른 세션의 것일 수 있습니다(ufrag 불일치).',
	'cause.typeError': '인자의 타입이 틀렸거나 빠졌습니다(TypeError).',
	'cause.connection.failed':
		'ICE가 동작하는 후보 쌍을 찾지 못했거나 그 뒤 DTLS가 실패했습니다. 후보가 전달되지 않았거나, 방화벽이 UDP를 막거나, TURN 서버가 필요합니다.',
	'cause.connection.timeout':
		'제한 시간 안에 연결되지 않았습니다. 후보를 모두 전달했나요? 제한된 네트워크에서는 TURN 서버가 필요합니다.',
	'cause.signaling.timeout':
		'시그널링 채널로 보낸 메시지가 도착하지 않았습니다. 채널이 끊겼거나 상대가 떠났습니다.',
	'cause.unknown': '알려진 원인이 없는 오류입니다. 이름과 메시지는 위에 표시됩니다.'
} as const satisfies Record<MessageKey, string>;
