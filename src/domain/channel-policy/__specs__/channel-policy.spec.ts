import type { ChannelPolicySet } from '../../../contracts';
import { stateFrom } from '../../shared/decider';
import { spec } from '../../testing/decider-spec';
import { acceptedKindsAt, channelPolicyDecider, type SetChannelPolicy } from '../channel-policy';

const given = spec(channelPolicyDecider).given;
const AT = '2026-03-02T09:00:00.000Z';

const set = (over: Partial<SetChannelPolicy> = {}): SetChannelPolicy => ({
  type: 'SetChannelPolicy',
  channel: 'facebook',
  acceptedKinds: ['information_request', 'report'],
  actor: { id: 'usr-adm', role: 'admin' },
  at: AT,
  ...over,
});
const facebookTakesReports: ChannelPolicySet = {
  type: 'ChannelPolicySet',
  data: { channel: 'facebook', acceptedKinds: ['report', 'information_request'], setAt: AT },
};

describe('The channel policy', () => {
  it('by default refuses complaints and reports on social networks and chats (seed 000), and takes everything elsewhere', () => {
    const none = channelPolicyDecider.initialState();
    for (const channel of ['facebook', 'instagram', 'x', 'youtube', 'whatsapp', 'telegram', 'web_chat'] as const) {
      expect(acceptedKindsAt(none, channel, AT)).toEqual(['suggestion', 'appreciation', 'information_request', 'civic_access']);
    }
    expect(acceptedKindsAt(none, 'email', AT)).toEqual(['report', 'complaint', 'suggestion', 'appreciation', 'information_request', 'civic_access']);
  });

  it('an admin lets Facebook take reports (Gubbio, seed 001)', () => {
    given([]).when(set()).then([facebookTakesReports]);
  });

  it('saying again what holds records nothing', () => {
    given([facebookTakesReports]).when(set({ at: '2026-04-01T09:00:00.000Z' })).thenNothing();
    given([]).when(set({ channel: 'email', acceptedKinds: ['report', 'complaint', 'suggestion', 'appreciation', 'information_request', 'civic_access'] })).thenNothing();
  });

  it('refuses an unknown channel or kind, and anyone but an admin', () => {
    given([]).when(set({ channel: 'pigeon' as never })).thenThrows('INVALID_VALUE');
    given([]).when(set({ acceptedKinds: ['gossip' as never] })).thenThrows('INVALID_VALUE');
    given([]).when(set({ actor: { id: 'usr-op', role: 'operator' } })).thenThrows('ROLE_NOT_ALLOWED');
  });

  it('answers for an instant: what held before a decision stays what held then', () => {
    const policy = stateFrom(channelPolicyDecider, [facebookTakesReports]);
    expect(acceptedKindsAt(policy, 'facebook', '2026-03-01T23:00:00.000Z')).not.toContain('report');
    expect(acceptedKindsAt(policy, 'facebook', AT)).toContain('report');
  });
});
