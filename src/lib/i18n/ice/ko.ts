import type { IceMessageKey } from './en';

/** ICE 실습의 한국어 카탈로그. 용어는 glossary.ts를 따른다. */
export const iceKo = {
	'ice.nav': 'ICE 실습',
	'ice.home.title': 'ICE 실습: host, srflx, prflx, relay를 나란히 비교',
	'ice.home.summary':
		'후보가 수집되고 짝지어지는 과정을 보고, STUN과 TURN을 설정하고, 같은 통화를 relay(실제 coturn)를 거칠 때와 거치지 않을 때로 비교합니다.',
	'ice.title': 'ICE 실습',
	'ice.intro':
		'ICE(RFC 8445)는 두 피어 사이의 경로를 찾습니다. 각 피어가 후보 주소를 모으고 서로 교환한 뒤, 둘이 함께 후보 쌍을 하나씩 확인해 통하는 쌍을 찾습니다. 이 페이지에서는 선택한 설정으로 실제 loopback 통화가 진행됩니다.',

	'ice.turn.heading': '이 서버의 TURN',
	'ice.turn.embedded':
		'Peerscope가 띄운 coturn이 {url}에서 STUN과 TURN에 응답합니다. 짧은 수명의 자격 증명은 서버가 발급하며(사용자 이름 {username}), {time}에 만료됩니다.',
	'ice.turn.external':
		'서버가 외부 TURN 서버 {url:을} 가리킵니다. 짧은 수명의 자격 증명(사용자 이름 {username})은 {time}에 만료됩니다.',
	'ice.turn.notInstalled':
		'relay 후보를 쓸 수 없습니다. Peerscope를 실행하는 컴퓨터에 coturn이 설치되어 있지 않습니다. 설치(sudo apt-get install coturn)한 뒤 Peerscope를 다시 시작하거나, TURN_URLS와 TURN_SECRET으로 다른 TURN 서버를 지정하세요. 나머지 기능은 coturn 없이도 동작합니다.',
	'ice.turn.disabled':
		'relay 후보를 쓸 수 없습니다. 내장 TURN 서버가 꺼져 있습니다({detail}). TURN_URLS와 TURN_SECRET을 설정하거나, TURN_EMBEDDED=off 없이 Peerscope를 시작하세요.',
	'ice.turn.failed':
		'relay 후보를 쓸 수 없습니다. TURN 서버를 시작하거나 설정하지 못했습니다({detail}).',
	'ice.turn.loading': '서버에 TURN 자격 증명을 요청하는 중…',
	'ice.turn.fetchFailed': '서버에서 TURN 자격 증명을 받지 못했습니다: {error}',

	'ice.config.heading': 'RTCConfiguration',
	'ice.config.help':
		'host가 아닌 후보는 ICE 서버에서 옵니다. STUN 서버는 피어에게 공인 주소(srflx)를 알려 주고, TURN 서버는 relay 주소(relay)를 빌려 줍니다.',
	'ice.config.server': 'ICE 서버 {n}',
	'ice.config.urls': 'URL, 한 줄에 하나 (stun:, stuns:, turn:, turns:, ?transport=udp|tcp)',
	'ice.config.username': 'username',
	'ice.config.credential': 'credential',
	'ice.config.add': '서버 추가',
	'ice.config.remove': '서버 {n} 삭제',
	'ice.config.useLocal': '이 서버의 STUN과 TURN 사용',
	'ice.config.clear': '서버 없음 (host 후보만)',
	'ice.config.policy': 'iceTransportPolicy',
	'ice.config.policyAll': 'all: 모든 후보 종류',
	'ice.config.policyRelay': 'relay: relay 후보만 사용하므로 모든 패킷이 TURN을 거칩니다',
	'ice.config.pool': 'iceCandidatePoolSize',
	'ice.config.poolHelp':
		'setLocalDescription 전에 미리 모아 둘 후보 세트의 수(0~10)입니다. 미리 모으면 첫 offer가 빨라지지만, 쓰이지 않을 수도 있는 소켓과 TURN 할당을 차지합니다.',
	'ice.config.poolRange': 'iceCandidatePoolSize는 0에서 10 사이의 정수여야 합니다.',
	'ice.config.ok': '유효합니다: URL {count}개.',
	'ice.config.invalid': '먼저 설정을 고치세요: 문제 {count}개.',

	'ice.url.empty': 'URL이 비어 있습니다.',
	'ice.url.noScheme':
		'scheme이 없습니다. URL은 stun:, stuns:, turn:, turns: 중 하나로 시작해야 합니다.',
	'ice.url.unknownScheme':
		'"{text}"는 ICE 서버 scheme이 아닙니다. stun:, stuns:(RFC 7064), turn:, turns:(RFC 7065)를 쓰세요.',
	'ice.url.slashes':
		'{position}번째 문자: 이 URI에는 "//"가 없습니다. stun://host:port가 아니라 stun:host:port로 쓰세요.',
	'ice.url.noHost': '{position}번째 문자: host가 없습니다.',
	'ice.url.badIpv6':
		'{position}번째 문자: "{text}"는 [2001:db8::1]처럼 대괄호로 감싼 올바른 IPv6 주소가 아닙니다.',
	'ice.url.badIpv4': '{position}번째 문자: "{text}"는 올바른 IPv4 주소가 아닙니다.',
	'ice.url.badHost':
		'{position}번째 문자: "{text}"는 올바른 호스트 이름이 아닙니다(영문자, 숫자, 하이픈, 점만 쓸 수 있습니다).',
	'ice.url.badPort': '{position}번째 문자: 포트 "{text}"가 숫자가 아닙니다.',
	'ice.url.portRange': '{position}번째 문자: 포트 {text:는} 범위(1~65535)를 벗어났습니다.',
	'ice.url.queryOnStun':
		'{position}번째 문자: stun:과 stuns: URI에는 query가 없습니다. ?transport=는 turn:과 turns:에만 씁니다.',
	'ice.url.badQuery':
		'{position}번째 문자: "{text}"를 이해할 수 없습니다. 쓸 수 있는 매개변수는 ?transport=udp 또는 ?transport=tcp뿐입니다.',
	'ice.url.badTransport':
		'{position}번째 문자: transport "{text}"는 지원되지 않습니다. 브라우저는 udp와 tcp만 받습니다.',
	'ice.url.trailing': '{position}번째 문자: 주소 뒤에 예상하지 못한 "{text}"가 있습니다.',
	'ice.server.noUrls': '서버 {n}에 URL이 없습니다.',
	'ice.server.turnNeedsCredentials':
		'서버 {n}에 turn: URL이 있으므로 username과 credential이 필요합니다(없으면 브라우저가 InvalidAccessError를 던집니다).',
	'ice.server.urlProblem': '서버 {n}, {url}: {problem}',

	'ice.live.heading': '실시간 통화',
	'ice.live.help':
		'이 페이지 안의 피어 A와 피어 B가 위 설정으로 데이터 채널을 엽니다. 후보는 수집되는 즉시 상대에게 전달됩니다(trickle ICE).',
	'ice.live.start': '통화 시작',
	'ice.live.stop': '통화 종료',
	'ice.live.refused': '브라우저가 이 설정을 거부했습니다: {error}',
	'ice.live.failedCall': '호출이 실패했습니다: {error}',
	'ice.live.states':
		'피어 {peer}: iceGatheringState {gathering}, iceConnectionState {ice}, connectionState {connection}',
	'ice.live.noCandidates':
		'피어 {peer:가} 후보를 하나도 모으지 못한 채 수집을 마쳤습니다. 확인할 쌍이 없으므로 통화는 연결될 수 없습니다. 아래 후보 오류를 보세요.',

	'ice.candidates.heading': '수집되는 후보',
	'ice.candidates.none': '아직 후보가 없습니다. 통화를 시작하세요.',
	'ice.candidates.peer': '피어',
	'ice.candidates.time': '수집 시작 후',
	'ice.candidates.type': '종류',
	'ice.candidates.protocol': '프로토콜',
	'ice.candidates.address': '주소',
	'ice.candidates.port': '포트',
	'ice.candidates.related': '관련 주소',
	'ice.candidates.tcpType': 'tcptype',
	'ice.candidates.server': '서버',
	'ice.candidates.priority': 'priority',
	'ice.candidates.end': 'end-of-candidates: 피어 {peer:가} 수집을 모두 마쳤습니다',
	'ice.candidates.at': '+{ms} ms',
	'ice.candidates.explain': '설명',
	'ice.candidates.malformed': '{column}번째 문자: {field} "{token}"가 문법에 맞지 않습니다',
	'ice.candidates.fromServer': '{url}에서',
	'ice.candidates.mdns':
		'{address:는} 주소가 아니라 mDNS 이름(RFC 6762)입니다. 페이지에 카메라나 마이크 권한이 없으면 브라우저는 host 후보의 실제 IP 주소를 임의의 name.local 뒤에 숨깁니다. 그래서 페이지는 연결을 만드는 것만으로 로컬 주소를 알아낼 수 없습니다. 상대 피어는 같은 네트워크에서 multicast DNS로 이름을 풀고, 풀지 못하면 peer-reflexive 후보를 통해 쌍이 동작할 수도 있습니다.',

	'ice.type.host': 'host: 이 컴퓨터의 네트워크 인터페이스 주소입니다.',
	'ice.type.srflx':
		'srflx(server-reflexive): STUN 서버가 본 요청의 출발 주소, 곧 NAT 바깥쪽 주소입니다.',
	'ice.type.prflx':
		'prflx(peer-reflexive): 시그널링이 아니라 연결 확인(connectivity check) 자체에서 알게 된 주소입니다.',
	'ice.type.relay': 'relay: 모든 패킷을 전달해 주는 TURN 서버의 주소입니다.',

	'ice.priority.heading': '이 후보의 priority (RFC 8445 §5.1.2.1)',
	'ice.priority.formula': '{priority} = 2^24 × {type} + 2^8 × {local} + (256 − {component})',
	'ice.priority.type':
		'type preference {type}: RFC 8445 §5.1.2.2는 host에 126, prflx에 110, srflx에 100, relay에 0을 권장합니다. Chrome은 UDP에는 이 값을 쓰고, TCP에는 따로 더 낮은 값(host TCP 90, prflx TCP 80)을 주며, relay에는 TURN 서버에 닿는 방식(UDP, TCP, TLS)에 따라 2, 1, 0을 줍니다. Firefox는 다른 낮은 값을 씁니다. 클수록 먼저 확인합니다.',
	'ice.priority.local':
		'local preference {local}: 이 컴퓨터에서 같은 종류의 후보 사이의 순서로, 인터페이스와 주소 체계로 정합니다(예: IPv4보다 IPv6, RFC 8421). 주소가 하나뿐인 컴퓨터는 65535를 씁니다.',
	'ice.priority.component': 'component {component}: 1은 RTP입니다(rtcp-mux면 모든 트래픽).',
	'ice.priority.pairHeading': '쌍의 priority (RFC 8445 §6.1.2.3)',
	'ice.priority.pair':
		'이 후보와 피어 {other}의 가장 좋은 {otherType} 후보({otherPriority})의 쌍: 피어 A가 controlling이므로 G = {g}, D = {d}이고 2^32 × min(G, D) + 2 × max(G, D) + (G > D ? 1 : 0) = {pair}입니다. 두 피어가 같은 값을 계산하므로 같은 순서로 쌍을 확인합니다.',

	'ice.pairs.heading': '피어 {peer}의 후보 쌍 (getStats)',
	'ice.pairs.choosePeer': '누구의 쌍',
	'ice.pairs.states': '쌍 상태의 의미: {states}',
	'ice.pairs.peer': '피어 {peer}',
	'ice.pairs.help':
		'행은 피어 {peer}의 로컬 후보, 열은 이 피어가 아는 원격 후보입니다. 각 쌍은 STUN Binding 요청으로 확인되고, ICE가 nominate한 쌍으로 통화가 흐릅니다. 1초에 두 번 갱신됩니다.',
	'ice.pairs.none': '아직 후보 쌍이 없습니다.',
	'ice.pairs.noPair': '쌍 없음',
	'ice.pairs.nominated': 'nominated',
	'ice.pairs.selected': 'selected',
	'ice.pairs.rtt': 'RTT {ms} ms',
	'ice.pairs.checks': '요청 {sent} / 응답 {received}',
	'ice.pairs.bytes': '보낸 바이트 {sent} / 받은 바이트 {received}',
	'ice.pairs.local': '로컬 {type} {address}:{port}',
	'ice.pairs.remote': '원격 {type} {address}:{port}',
	'ice.pairs.selectedSummary': '선택된 쌍: 로컬 {local} ↔ 원격 {remote}, {protocol}. {relay}',
	'ice.pairs.relayVia': '피어 {peer:는} {protocol:로} TURN 서버에 닿습니다.',
	'ice.pairs.prflx':
		'peer-reflexive(prflx) 후보가 나타났습니다. 알려 준 적 없는 주소에서 연결 확인이 도착해서, 피어가 그 확인으로부터 주소를 배운 것입니다(RFC 8445 §7.3.1.3). loopback에서는 trickle로 보낸 후보보다 확인이 먼저 도착하거나, 상대의 host 후보가 mDNS 이름일 때 생깁니다.',
	'ice.pairState.frozen': 'frozen: 같은 foundation의 다른 쌍이 먼저 끝나기를 기다립니다',
	'ice.pairState.waiting': 'waiting: 확인할 준비가 되었습니다',
	'ice.pairState.in-progress': 'in-progress: 확인을 보냈고 아직 응답이 없습니다',
	'ice.pairState.succeeded': 'succeeded: 확인과 응답이 모두 오갔습니다',
	'ice.pairState.failed': 'failed: 재전송 후에도 응답이 없습니다',

	'ice.errors.heading': '후보 오류 (icecandidateerror)',
	'ice.errors.none': '아직 없습니다.',
	'ice.errors.repeated': '({count}회: 브라우저가 주소와 재시도마다 알립니다)',
	'ice.errors.line': '피어 {peer}, {url}: {code} {text}',
	'ice.error.tryAlternate': '300 Try Alternate: 서버가 다른 서버로 안내합니다.',
	'ice.error.badRequest': '400 Bad Request: 서버가 요청을 해석하지 못했습니다.',
	'ice.error.unauthorized':
		'401 Unauthorized: TURN 서버가 자격 증명을 거부했습니다. username이나 credential이 틀렸거나, 짧은 수명의 자격 증명이 만료되었습니다(만료 시각이 username에 들어 있습니다).',
	'ice.error.forbidden': '403 Forbidden: 서버가 이 요청을 허용하지 않습니다.',
	'ice.error.unknownAttribute': '420 Unknown Attribute: 서버가 필수 속성을 이해하지 못했습니다.',
	'ice.error.allocationMismatch':
		'437 Allocation Mismatch: 이 주소에 이미 할당이 있거나, 반대로 할당이 없습니다.',
	'ice.error.staleNonce':
		'438 Stale Nonce: nonce가 만료되었습니다. 브라우저가 새 nonce로 다시 시도합니다.',
	'ice.error.addressFamily':
		'440 Address Family not Supported: 서버가 요청한 IPv4나 IPv6로 relay할 수 없습니다.',
	'ice.error.wrongCredentials':
		'441 Wrong Credentials: 할당을 만들 때와 다른 자격 증명을 썼습니다.',
	'ice.error.unsupportedTransport':
		'442 Unsupported Transport Protocol: 서버가 그 전송 프로토콜을 relay하지 않습니다.',
	'ice.error.peerAddressFamily':
		'443 Peer Address Family Mismatch: 상대 주소가 relay 주소와 다른 주소 체계입니다.',
	'ice.error.quotaReached': '486 Allocation Quota Reached: 이 사용자의 할당이 너무 많습니다.',
	'ice.error.serverError': '500 Server Error: 서버에 일시적인 오류가 났습니다.',
	'ice.error.insufficientCapacity': '508 Insufficient Capacity: 서버에 남은 relay 포트가 없습니다.',
	'ice.error.unreachable':
		'701: 브라우저가 어느 host 후보에서도 이 URL의 서버에 닿지 못했습니다. 서버가 꺼져 있거나, 포트나 호스트가 틀렸거나, 방화벽이 패킷을 버립니다. 이 코드는 STUN이 아니라 WebRTC가 정의한 것입니다.',
	'ice.error.otherRedirect': '{code}: STUN 리디렉션(3xx)입니다.',
	'ice.error.otherClient': '{code}: 서버가 요청을 거부했습니다(4xx STUN 오류).',
	'ice.error.otherServer': '{code}: 서버에 오류가 났습니다(5xx 또는 6xx STUN 오류).',
	'ice.error.unknown': '{code}: STUN 오류 코드가 아닙니다.',

	'ice.walk.title': '이 통화의 ICE 서버',
	'ice.walk.none': '없음, host 후보만 (loopback에는 이것으로 충분)',
	'ice.walk.some': 'URL {count}개, iceTransportPolicy {policy}',
	'ice.walk.help':
		'피어 연결을 만들 때 쓰입니다. 이 서버의 STUN과 TURN을 추가하면 srflx나 relay 후보가 시그널링 레인을 지나가는 것을 볼 수 있습니다. 자세한 내용은',

	'ice.lab.heading': '후보 종류 실험',
	'ice.lab.help':
		'같은 loopback 통화를 설정마다 차례로 실행합니다. 시간은 new RTCPeerConnection부터 잽니다. 여러 번 반복하면 각 행에 중앙값이 나오고, 실행 순서는 회마다 돌아갑니다. 후보 수는 두 피어를 합한 것입니다.',
	'ice.lab.run': '실험 실행',
	'ice.lab.running': '{rounds}회 중 {round}회째 실행 중: {config}…',
	'ice.lab.rounds': '반복 횟수',
	'ice.lab.medianOf': '{runs}회의 중앙값',
	'ice.lab.configuration': '설정',
	'ice.lab.gathering': '수집 시간',
	'ice.lab.connected': '연결까지',
	'ice.lab.selected': '선택된 쌍',
	'ice.lab.rtt': 'RTT',
	'ice.lab.notRun': '아직 실행하지 않음',
	'ice.lab.ms': '{ms} ms',
	'ice.lab.pairTypes': '{local} ↔ {remote}',
	'ice.lab.viaRelay': '{local} ↔ {remote} ({protocol:로} TURN 연결)',
	'ice.lab.config.host': '서버 없음 (host만)',
	'ice.lab.config.stun': 'STUN',
	'ice.lab.config.turnUdp': 'UDP로 TURN, relay만',
	'ice.lab.config.turnTcp': 'TCP로 TURN, relay만',
	'ice.lab.needsTurn': 'TURN 서버가 필요하지만 여기서는 쓸 수 없습니다(위 참고)',
	'ice.lab.failure.timeout': '{seconds}초 안에 연결되지 않았습니다',
	'ice.lab.failure.failed': 'ICE 실패: 통하는 쌍이 없습니다',
	'ice.lab.failure.noCandidates': '후보를 하나도 모으지 못했습니다',
	'ice.lab.failure.error': '호출이 거부되었습니다',
	'ice.lab.empty.noStunServer': '없음: STUN 서버를 설정하지 않았습니다',
	'ice.lab.empty.noTurnServer': '없음: TURN 서버를 설정하지 않았습니다',
	'ice.lab.empty.srflxSameAsHost':
		'없음: NAT가 없으면 STUN 서버에 host 주소가 그대로 보이고, host와 같은 srflx 후보는 중복이라 버려집니다(RFC 8445 §5.1.3)',
	'ice.lab.empty.relayPolicy': '없음: iceTransportPolicy relay는 relay 후보만 남깁니다',
	'ice.lab.empty.prflxFromChecks':
		'수집되지 않음: prflx 후보는 수집되는 것이 아니라 확인 중에 알게 됩니다(쌍 표 참고)',
	'ice.lab.overhead':
		'여기서는 {relay:으로} 중계한 연결이 host만 쓸 때보다 {ratio}배 오래 걸렸습니다. 중계된 연결 확인이 통하기 전에 TURN 서버에서 할당(인증을 포함한 왕복 두 번)을 받고 상대 주소마다 CreatePermission을 해야 하며(RFC 8656 §9), 그 뒤 모든 패킷이 서버를 거쳐 돌아가기 때문입니다.',
	'ice.lab.errors': '후보 오류 {count}개: {codes}',

	'ice.learn.heading': 'NAT, STUN, TURN',
	'ice.learn.nat':
		'NAT(Network Address Translation): 대부분의 기기는 공인 주소 하나를 여러 사설 주소(10.x, 192.168.x)가 나눠 쓰는 라우터 뒤에 있습니다. 라우터는 나가는 패킷의 주소와 포트(port)를 바꾸고 그 응답만 들여보내므로, host 후보에 보이는 사설 주소로는 피어에 닿을 수 없습니다.',
	'ice.learn.stun':
		'STUN(RFC 8489): 피어가 서버에 "내 주소가 어떻게 보이나요?"라고 묻습니다. 답은 NAT 바깥쪽 주소, 곧 srflx 후보입니다. 이 loopback 통화에는 NAT가 없어서 답이 host 주소와 같고, 브라우저는 중복을 버립니다. 그래서 STUN 행의 srflx 칸이 비어 있습니다.',
	'ice.learn.symmetric':
		'Symmetric NAT(RFC 4787의 용어로는 address- and port-dependent mapping, §4.1): NAT가 목적지마다 새 공인 포트를 고르므로, STUN 서버가 본 포트는 상대 피어가 보게 될 포트와 다르고 그 srflx 후보는 상대에게 쓸모가 없습니다. 그래도 직접 경로가 생길 수 있습니다. symmetric 쪽의 연결 확인이 새 포트에서 상대 피어에 도착하면, 상대는 그 주소를 peer-reflexive 후보로 배우고(RFC 8445 §7.3.1.3) 그리로 응답합니다. 이것이 통하는지는 필터링, 곧 상대 쪽 NAT가 무엇을 들여보내는지에 달려 있습니다(RFC 4787 §5). 상대가 공인 주소에 있거나 주소로만 거르는 NAT 뒤에 있으면 직접 연결됩니다. 양쪽이 모두 symmetric이거나, 한쪽이 symmetric이고 다른 쪽이 주소와 포트로 거르는(port-restricted) 경우에만 중계(relay)만 통합니다.',
	'ice.learn.turn':
		'TURN(RFC 8656): 직접 통하는 쌍이 없으면 피어는 TURN 서버에서 relay 주소를 할당받고 모든 패킷을 그 서버로 보냅니다. 서버에 닿기만 하면 relay는 항상 통하므로, relay 전용 통화는 symmetric NAT나 엄격한 방화벽(443 포트의 TCP나 TLS로 TURN) 뒤에서도 연결됩니다.',
	'ice.learn.cost':
		'relay가 비싼 이유: 첫 확인 전에 할당을 위한 왕복이 더 필요하고, 모든 패킷이 서버를 돌아가므로 지연이 늘며, 통화의 모든 대역폭을 서버가 부담합니다. 그래서 TURN에는 자격 증명이 필요합니다. 이 페이지는 짧은 수명의 자격 증명(TURN REST API 방식)을 나눠 주므로 비밀 키는 브라우저에 가지 않습니다.',
	'ice.priority.tcp':
		'TCP 후보입니다. type preference {type:은} UDP {candidateType} 후보가 받는 {udp}보다 낮아서, 같은 종류의 UDP 쌍이 모두 더 높은 순위입니다. 그래도 TCP 쌍은 그 낮은 우선순위로 병렬로 확인됩니다. Chrome은 local preference를 UDP 후보와 같게 둡니다. RFC 6544 §4.2는 대신 여기에 TCP 방향을 넣어 local preference = 2^13 × direction-pref + other-pref로 씁니다. 그렇게 읽으면 이 값은 2^13 × {direction} + {other}입니다.'
} satisfies Record<IceMessageKey, string>;
