import type { Channel } from '../../contracts';
import { ChannelField, RequiredText } from '../shared/dto-fields';

export class SendFinalReplyDto {
  @RequiredText(10_000, { description: 'The final reply (sealed: personal data).' })
  text: string;

  @ChannelField('How the reply reaches the citizen.')
  channel: Channel;
}
