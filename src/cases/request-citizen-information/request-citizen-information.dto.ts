import type { Channel } from '../../contracts';
import { ChannelField, RequiredText } from '../shared/dto-fields';

export class RequestCitizenInformationDto {
  @RequiredText(10_000, { description: 'What the citizen is asked (sealed: personal data).' })
  question: string;

  @ChannelField('How the citizen is asked.')
  channel: Channel;
}
